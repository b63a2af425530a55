/**
 * A widget's view (search, filters) kept in the URL hash as `#<prefix>-<name>=value&…`, so a shared link shows
 * the same view. The hash belongs to the page first: a route (`#/agenda?tab=2`, `#!/x`) or an anchor
 * (`#inscription`) is neither read nor rewritten, and the page's own `key=value` pairs are kept byte for byte.
 */

/** One `key=value` pair; a key holding `/`, `?`, `#` or starting with `!` is a route, not a pair. */
const PAIR = /^[^&=/?#!][^&=/?#]*=[^&]*$/;

/** The pairs of the hash, or undefined when the hash is something else (a route, an anchor). */
function hashPairs(): string[] | undefined {
  const pairs = location.hash.slice(1).split('&').filter(Boolean);
  return pairs.every((pair) => PAIR.test(pair)) ? pairs : undefined;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return '';
  }
}

/** The name of one of our values that a pair holds (`cites-q=lens` → `q`), if it is ours. */
function ownName(pair: string, prefix: string, names: readonly string[]): string | undefined {
  const key = decode(pair.slice(0, pair.indexOf('=')));
  const name = key.startsWith(`${prefix}-`) ? key.slice(prefix.length + 1) : undefined;
  return name !== undefined && names.includes(name) ? name : undefined;
}

/** Our values in the hash, as written there (the widget validates them); an empty string for each one absent. */
export function readHashState<N extends string>(prefix: string, names: readonly N[]): Record<N, string> {
  const values = Object.fromEntries(names.map((name) => [name, ''])) as Record<N, string>;
  for (const pair of hashPairs() ?? []) {
    const name = ownName(pair, prefix, names) as N | undefined;
    if (name !== undefined) values[name] = decode(pair.slice(pair.indexOf('=') + 1));
  }
  return values;
}

/** Writes our values to the hash (an empty value removes its pair), when the hash is empty or made of pairs only. */
export function writeHashState<N extends string>(prefix: string, values: Record<N, string>): void {
  const pairs = hashPairs();
  if (!pairs) return;
  const names = Object.keys(values) as N[];
  const pairOf = (name: N) => (values[name] ? `${encodeURIComponent(`${prefix}-${name}`)}=${encodeURIComponent(values[name])}` : '');
  const written = new Set<N>();
  const next: string[] = [];
  for (const pair of pairs) {
    const name = ownName(pair, prefix, names) as N | undefined;
    if (name === undefined) next.push(pair);
    else if (!written.has(name)) {
      written.add(name);
      next.push(pairOf(name));
    }
  }
  for (const name of names) if (!written.has(name)) next.push(pairOf(name));
  const hash = next.filter(Boolean).join('&');
  if (hash === location.hash.slice(1)) return;
  // replaceState: filtering is not navigation, and the page must not scroll to an anchor.
  history.replaceState(history.state, '', hash ? `#${hash}` : location.pathname + location.search);
}
