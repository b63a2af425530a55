#!/usr/bin/env node
// Writes, from custom-elements.json (`npm run analyze`), the HTML the Drupal module's CKEditor 5 plugin produces:
// the `elements:` entry of drupal/irev_widgets/irev_widgets.ckeditor5.yml, `<div data-irev-widget data-…>` with every
// attribute of every widget. Drupal allows exactly these in the text format. `--check` fails when the file is stale.
import { readFileSync, writeFileSync } from 'node:fs';

const FILE = 'drupal/irev_widgets/irev_widgets.ckeditor5.yml';
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const attributes = new Set();
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (!declaration.tagName?.startsWith('irev-')) continue;
    for (const attribute of declaration.attributes ?? []) attributes.add(`data-${attribute.name}`);
  }
}
const line = `      - <div data-irev-widget ${[...attributes].sort().join(' ')}>`;
const text = readFileSync(FILE, 'utf8');
const updated = text.replace(/^ {6}- <div data-irev-widget[^\n]*>$/m, line);
if (process.argv.includes('--check')) {
  if (updated !== text) {
    console.error(`${FILE} does not list the attributes of custom-elements.json: run node scripts/drupal-elements.mjs`);
    process.exit(1);
  }
} else writeFileSync(FILE, updated);
