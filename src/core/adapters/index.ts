import type { LoadContext, RawPage } from '../collection.js';
import { fetchDocument, type FetchedDocument } from '../fetch-document.js';

/**
 * Turns one kind of news source into the same raw items, which `newsItem` then validates one by one.
 * Adapters read, they do not render: text fields stay text, `summaryHtml` keeps the source's HTML
 * for the opt-in rich summaries (sanitized when rendered), URLs stay as found (checked when rendered).
 */
export interface NewsAdapter {
  /** `Accept` header of the request. */
  readonly accept: string;
  /** Reads a fetched document; `doc.url` is the base for the relative URLs inside it. */
  read(doc: FetchedDocument): RawPage;
  /** Reads a value given as `.data`, relative URLs resolving against `base`. */
  fromData(data: unknown, base: string): RawPage;
}

/** Longest summary made from a full text (a Drupal body, an RSS description), in characters. */
export const SUMMARY_MAX = 300;

/** Fetches one page of a source (shared per page and `Accept`, like every document) and reads it. */
export async function loadNewsPage(adapter: NewsAdapter, url: string, { signal, timeout }: LoadContext): Promise<RawPage> {
  const doc = await fetchDocument(url, { accept: adapter.accept, timeout }, signal);
  return adapter.read(doc);
}

/** A source's language (`fr`, `fr-FR`, `en-us`) as the `lang` of an item; « und », « zxx » and « mul » say none. */
export function feedLang(value: string | undefined): string | undefined {
  return value && !/^(?:und|zxx|mul)$/i.test(value) ? value : undefined;
}

/** A non-empty trimmed string, or undefined: empty optional fields are left out rather than failing validation. */
export function nonEmpty(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}
