// How the token list of src/core/tokens.ts reads in the docs: the Storybook tokens page and the README table.
import { tokens, type Token } from '../src/core/tokens.js';

export { tokens, type Token };

/** The default as a reader needs it: the value, its light and dark colours, or the token it follows. */
export function defaultText(token: Token, write = (value: string) => value): string {
  const value = token.default;
  if (typeof value === 'string') return write(value);
  return 'token' in value ? `follows ${write(value.token)}` : `${write(value.light)} / dark ${write(value.dark)}`;
}

/** The default as a colour or size a control can show: a followed token is looked up. */
export function resolvedDefault(token: Token): string {
  if (typeof token.default === 'string') return token.default;
  if (!('token' in token.default)) return token.default.light;
  const followed = token.default.token;
  return resolvedDefault(tokens.find((other) => other.name === followed)!);
}

/** Which elements read a token. */
export function readBy(token: Token, write = (tag: string) => `<${tag}>`): string {
  return token.elements ? token.elements.map(write).join(', ') : 'every element';
}

/** README markers: `npm run tokens` rewrites what is between them, a stale table fails `npm run lint`. */
export const tableMarkers = ['<!-- tokens:start (generated from src/core/tokens.ts by npm run tokens) -->', '<!-- tokens:end -->'] as const;

const code = (text: string) => `\`${text}\``;

/** The README's token table, in Markdown. */
export function tokensTable(): string {
  const rows = tokens.map((token) => {
    return `| ${code(token.name)} | ${defaultText(token, code)} | ${token.use} | ${readBy(token, (tag) => code(`<${tag}>`))} |`;
  });
  return ['| token | default | used for | read by |', '|---|---|---|---|', ...rows].join('\n');
}

/** The README text with its token table regenerated. */
export function withTokensTable(readme: string): string {
  const [start, end] = tableMarkers;
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md has no ${start} … ${end} markers.`);
  return `${readme.slice(0, from + start.length)}\n${tokensTable()}\n${readme.slice(to)}`;
}
