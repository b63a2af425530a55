/**
 * A widget's view (search, filters) kept in the URL hash as `#<prefix>-<name>=value&…`, so a shared link shows
 * the same view. A plain anchor (`#inscription`) belongs to the page and is left alone.
 */
export function readHashState(prefix: string, names: readonly string[]): Record<string, string> {
  const params = new URLSearchParams(location.hash.slice(1));
  return Object.fromEntries(names.map((name) => [name, params.get(`${prefix}-${name}`) ?? '']));
}

export function writeHashState(prefix: string, values: Record<string, string>): void {
  const hash = location.hash.slice(1);
  if (hash && !hash.includes('=')) return;
  const params = new URLSearchParams(hash);
  for (const [name, value] of Object.entries(values)) {
    if (value) params.set(`${prefix}-${name}`, value);
    else params.delete(`${prefix}-${name}`);
  }
  const next = params.toString();
  // replaceState: filtering is not navigation, and the page must not scroll to an anchor.
  history.replaceState(history.state, '', next ? `#${next}` : location.pathname + location.search);
}
