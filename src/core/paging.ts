// Reading a paginated source (JSON:API `links.next`) safely: a server whose `next` points back to a page already read
// (itself, or two pages pointing at each other) would otherwise be read forever, its items shown again and again.

/** What the pages read so far hold: their URLs and the ids of their items. */
export interface PageTrail {
  readonly pages: Set<string>;
  readonly ids: Set<string>;
}

export function newTrail(): PageTrail {
  return { pages: new Set(), ids: new Set() };
}

/**
 * Records a page read from `urls` (the URL asked for and the one answered, after redirects) and returns its items
 * whose `id` no earlier page had: items shift between pages when news is published while a visitor reads.
 */
export function readPage<T>(trail: PageTrail, urls: readonly string[], items: readonly T[]): T[] {
  urls.forEach((url) => trail.pages.add(url));
  return items.filter((item) => {
    const id = (item as { id?: unknown }).id;
    if (typeof id !== 'string') return true;
    if (trail.ids.has(id)) return false;
    trail.ids.add(id);
    return true;
  });
}

/** The next page to read, unless the trail already holds it: a loop ends the paging. */
export function nextPage(trail: PageTrail, next: string | undefined): string | undefined {
  return next && !trail.pages.has(next) ? next : undefined;
}
