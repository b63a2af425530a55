import '../src/define-all.js';
import { defineAll } from '../src/define-all.js';
import { runDataWidgetSuite } from './shared/data-widget-suite.js';

defineAll();

runDataWidgetSuite({
  tag: 'irev-cites-list',
  good: { file: 'demo/data/cites.json', count: 21, readyText: 'Valenciennes-Anzin' },
  empty: 'test/fixtures/cites/empty.json',
  mixed: { file: 'test/fixtures/cites/mixed.json', count: 3, invalid: 3 },
  hostile: 'test/fixtures/cites/hostile.json',
});
