import { DataError } from './data-error.js';

/** A list of raw items read from a document, before validation. */
export interface RawPage {
  items: unknown[];
  /** URL of the next page, when the source is paginated (JSON:API `links.next`). */
  next?: string;
  /** URL that relative links in the items resolve against. */
  base: string;
}

/** Finds the list in a project JSON document: a bare array or `{ [collection]: [...] }`. */
export function collectionOf(document: unknown, collection: string, base: string): RawPage {
  const list = Array.isArray(document) ? document : (document as Record<string, unknown> | null)?.[collection];
  if (!Array.isArray(list)) {
    throw new DataError('schema', `Expected an array or an object with a "${collection}" array`);
  }
  return { items: list, base };
}

/** What reading a page may use: the signal that stops it, and the milliseconds before it is given up. */
export interface LoadContext {
  signal: AbortSignal;
  timeout: number;
}
