#!/usr/bin/env node
// `npm run tokens` writes what src/core/tokens.ts gives: the `:host` defaults the widgets ship
// (src/generated/token-defaults.ts, so the bundle carries no token descriptions) and the README's token table.
// `--check` (part of `npm run lint`) fails when either is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';

const load = async (path) => (await runnerImport(path, { configFile: false, logLevel: 'error' })).module;
const { hostRules } = await load('./src/core/tokens.ts');
const { withTokensTable } = await load('./stories/tokens.ts');

const defaults = `// Do not modify this file by hand: \`npm run tokens\` writes it from src/core/tokens.ts.

/** Every token resolved once into its private property: the \`:host\` rules of the base styles. */
export const tokenRules = ${JSON.stringify(hostRules())};
`;
const readme = readFileSync('README.md', 'utf8');
const files = [
  ['src/generated/token-defaults.ts', defaults],
  ['README.md', withTokensTable(readme)],
];

const check = process.argv.includes('--check');
let stale = 0;
for (const [path, text] of files) {
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    // a missing file is stale
  }
  if (current === text) continue;
  if (check) {
    console.error(`${path} is not what src/core/tokens.ts gives. Run \`npm run tokens\`.`);
    stale += 1;
  } else {
    writeFileSync(path, text);
    console.log(`${path}: written from src/core/tokens.ts.`);
  }
}
process.exit(stale === 0 ? 0 : 1);
