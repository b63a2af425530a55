#!/usr/bin/env node
// Fails when a French message has no English translation, or when the committed locale module is stale.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const before = readFileSync('src/generated/locales/en.ts', 'utf8');
execFileSync('npx', ['lit-localize', 'extract'], { stdio: 'ignore' });
execFileSync('npx', ['lit-localize', 'build'], { stdio: 'ignore' });
const xliff = readFileSync('xliff/en.xlf', 'utf8');
const missing = [...xliff.matchAll(/<trans-unit id="([^"]+)">((?:(?!<\/trans-unit>)[\s\S])*)<\/trans-unit>/g)]
  .filter(([, , body]) => !body.includes('<target>'))
  .map(([, id]) => id);
let failed = false;
if (missing.length > 0) {
  console.error(`Untranslated messages in xliff/en.xlf (add a <target>): ${missing.join(', ')}`);
  failed = true;
}
if (readFileSync('src/generated/locales/en.ts', 'utf8') !== before) {
  console.error('src/generated/locales/en.ts was out of date: run `npm run localize` and commit the result.');
  failed = true;
}
if (!failed) console.log('Translations complete and up to date.');
process.exit(failed ? 1 : 0);
