#!/usr/bin/env node
// `npm run tokens` writes what src/core/tokens.ts gives: the `:host` defaults the widgets ship
// (src/generated/token-defaults.ts, so the bundle carries no token descriptions) and the README's token table.
// `--check` (part of `npm run lint`) fails when either is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';

const load = async (path) => (await runnerImport(path, { configFile: false, logLevel: 'error' })).module;
const { hostRules, tokens } = await load('./src/core/tokens.ts');
const { withTokensTable } = await load('./stories/tokens.ts');

// The bundle builds hostRules()'s text from one line per token (`name=value`): every name written once, not four times.
const [scheme, ...rest] = tokens;
if (scheme.kind !== 'scheme' || rest.some((token) => token.kind === 'scheme'))
  throw new Error('--irev-color-scheme must come first, alone');
const short = (name) => name.slice('--irev-'.length);
const entry = ({ name, default: value }) =>
  `${short(name)}=${typeof value === 'string' ? value : 'token' in value ? `@${short(value.token)}` : `${value.light}/${value.dark}`}`;
const table = rest.map(entry);
if (table.some((line) => !/^[a-z-]+=(@[a-z-]+|[^\s=/@]+(\/[^\s=/@]+)?)$/.test(line)))
  throw new Error(`a token default the table cannot hold: ${table}`);

const defaults = `// Do not modify this file by hand: \`npm run tokens\` writes it from src/core/tokens.ts (its hostRules(), built here from
// one entry per token: \`name=value\`, \`name=light/dark\` for a colour pair, \`name=@token\` for the token it follows).

const defaults = '${table.join(' ')}'.split(' ').map((line) => line.split('='));

/** A token resolved into its private property, with its default. */
const declare = (name: string, value: string) => \`--_irev-\${name}: var(--irev-\${name}, \${value});\`;

/** Every token resolved once into its private property: the \`:host\` rules of the base styles. */
export const tokenRules = \`:host { color-scheme: var(--irev-color-scheme); \${defaults
  .map(([name, value]) => declare(name, value[0] === '@' ? \`var(--_irev-\${value.slice(1)})\` : value.split('/')[0]))
  .join(' ')} } @supports (color: light-dark(#000, #fff)) { :host { \${defaults
  .filter(([, value]) => value.includes('/'))
  .map(([name, value]) => declare(name, \`light-dark(\${value.replace('/', ', ')})\`))
  .join(' ')} } }\`;
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
// The table must give back hostRules() to the character: the look and the tokens tests read that text.
if (!check && (await load('./src/generated/token-defaults.ts')).tokenRules !== hostRules()) {
  console.error('src/generated/token-defaults.ts does not give back hostRules(): fix scripts/tokens.mjs.');
  stale += 1;
}
process.exit(stale === 0 ? 0 : 1);
