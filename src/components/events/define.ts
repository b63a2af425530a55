// The module the script-tag loader imports when <irev-events> or a `data-irev-widget="events"` mount point appears.
import '../../core/jitless.js';
import { define } from '../../core/base-element.js';
import { IrevEvents } from './events.js';

define('irev-events', IrevEvents);
