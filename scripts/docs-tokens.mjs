#!/usr/bin/env node
// `npm run docs:tokens` rewrites the README's token table from src/core/tokens.ts; `--check` fails when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';

const { module } = await runnerImport('./stories/tokens.ts', { configFile: false, logLevel: 'error' });
const readme = readFileSync('README.md', 'utf8');
const fresh = module.withTokensTable(readme);

if (process.argv.includes('--check')) {
  if (fresh !== readme) {
    console.error('README.md: the token table is not what src/core/tokens.ts gives. Run `npm run docs:tokens`.');
    process.exit(1);
  }
} else if (fresh !== readme) {
  writeFileSync('README.md', fresh);
  console.log('README.md: token table rewritten.');
}
