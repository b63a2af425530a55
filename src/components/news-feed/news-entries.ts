// What the news feed shows of the pages read, without rendering: items prepared once, the editor's and the visitor's
// filters, and the notes for the editor about attributes.
import { msg, str } from '@lit/localize';
import type { LoadedPage } from '../../core/data-source.js';
import { parseFieldMapping, type JsonApiFields } from '../../core/adapters/jsonapi-fields.js';
import { parseEventDate } from '../../core/dates.js';
import { checkedValue, commonSettings, unknownValueHint, wholeNumber } from '../../core/hints.js';
import { parseList, searchKey } from '../../core/text.js';
import type { NewsItem } from '../../schemas/news.js';

export const newsFormats = ['irev', 'jsonapi', 'rss'] as const;
export type NewsFormat = (typeof newsFormats)[number];
export const newsLayouts = ['list', 'cards', 'compact'] as const;

/** `limit`: items shown at first and added by each « more ». */
export const LIMIT = { min: 1, fallback: 5 };

/** A news item as prepared once per page: its instant for sorting, its dates as text per language. */
export interface Entry {
  item: NewsItem;
  base: string;
  published: Date;
  updated?: Date;
  /** Formatted dates, with the language (and reading of Paris's clock, `clockVersion`) they were formatted for. */
  text?: { key: string; published: string; updated?: string };
}

/** The attributes of the feed that its view and its notes depend on. */
export interface NewsSettings extends HTMLElement {
  format: string;
  fields: string | Partial<JsonApiFields>;
  thematique: string;
  type: string;
  limit: number;
  layout: string;
  timeout: number;
  headingLevel: number;
}

/** The format asked for, or `irev` when the value is unknown (a hint tells the editor). */
export function formatOf(value: string): NewsFormat {
  const format = value.trim().toLowerCase();
  return (newsFormats as readonly string[]).includes(format) ? (format as NewsFormat) : 'irev';
}

const entriesOfPage = new WeakMap<LoadedPage<NewsItem>, Entry[]>();

/** The items of a page, newest first, prepared once. */
function entriesOf(page: LoadedPage<NewsItem>): Entry[] {
  let entries = entriesOfPage.get(page);
  if (!entries) {
    entries = page.items.map((item) => ({
      item,
      base: page.base,
      published: parseEventDate(item.published).date,
      updated: item.updated ? parseEventDate(item.updated).date : undefined,
    }));
    entries.sort((a, b) => b.published.getTime() - a.published.getTime());
    entriesOfPage.set(page, entries);
  }
  return entries;
}

/** Every item read so far: each page newest first, pages in the server's order, so shown items never move. */
export function allEntries(pages: readonly LoadedPage<NewsItem>[]): Entry[] {
  return pages.length === 1 ? entriesOf(pages[0]) : pages.flatMap(entriesOf);
}

const themeKeys = new WeakMap<NewsItem, string[]>();
/** The item's themes as search keys, case and accents ignored. */
export function themeKeysOf(item: NewsItem): string[] {
  let keys = themeKeys.get(item);
  if (!keys) themeKeys.set(item, (keys = (item.themes ?? []).map(searchKey)));
  return keys;
}

/** Keys of a comma-separated filter attribute, case and accents ignored. */
const filterKeys = (value: string) => new Set(parseList(value, ',').map(searchKey));

/** The entries the editor's `thematique` and `type` and the visitor's chosen theme let through. */
export function filterEntries(entries: Entry[], feed: NewsSettings, chosenTheme: string): Entry[] {
  const themes = filterKeys(feed.thematique);
  const types = filterKeys(feed.type);
  const chosen = chosenTheme ? searchKey(chosenTheme) : '';
  if (themes.size === 0 && types.size === 0 && !chosen) return entries;
  return entries.filter(({ item }) => {
    if (types.size > 0 && !(item.type && types.has(searchKey(item.type)))) return false;
    if (themes.size === 0 && !chosen) return true;
    const keys = themeKeysOf(item);
    return (themes.size === 0 || keys.some((key) => themes.has(key))) && (!chosen || keys.includes(chosen));
  });
}

/**
 * Indexes of the items not validated yet that the feed would show first (`wanted` of them, newest first, through the
 * editor's filters), reading only their date, type and themes; an item where these cannot be read is left out.
 */
export function rawShownFirst(raw: readonly unknown[], feed: NewsSettings, wanted: number): number[] {
  const themes = filterKeys(feed.thematique);
  const types = filterKeys(feed.type);
  const dated: { index: number; time: number }[] = [];
  raw.forEach((candidate, index) => {
    if (typeof candidate !== 'object' || candidate === null) return;
    const { published, type, themes: own } = candidate as Record<string, unknown>;
    if (typeof published !== 'string') return;
    if (types.size > 0 && !(typeof type === 'string' && types.has(searchKey(type)))) return;
    if (themes.size > 0 && !(Array.isArray(own) && own.some((theme) => typeof theme === 'string' && themes.has(searchKey(theme))))) return;
    const time = parseEventDate(published).date.getTime();
    if (!Number.isNaN(time)) dated.push({ index, time });
  });
  return dated
    .sort((a, b) => b.time - a.time)
    .slice(0, wanted)
    .map(({ index }) => index);
}

/** Items shown at first and added by each « more ». */
export function pageSizeOf(feed: NewsSettings, hints?: string[]): number {
  return wholeNumber(feed, 'limit', feed.limit, LIMIT, hints);
}

/** What the editor wrote wrong, in their words; about filters once every page is read (`complete`). */
export function editorHints(feed: NewsSettings, entries: readonly Entry[] | undefined, complete: boolean): string[] {
  const { hints } = commonSettings(feed);
  if (!(newsFormats as readonly string[]).includes(feed.format.trim().toLowerCase())) {
    hints.push(unknownValueHint('format', feed.format, newsFormats));
  }
  checkedValue('layout', feed.layout, newsLayouts, hints);
  pageSizeOf(feed, hints);
  if (feed.fields && formatOf(feed.format) === 'jsonapi') {
    const unknown = parseFieldMapping(feed.fields).unknown.join(', ');
    if (unknown) {
      hints.push(
        msg(
          str`Attribut fields : champ inconnu « ${unknown} ». Champs possibles : title, published, updated, summary, url, themes, type, image, author.`,
          { id: 'news.hint.fields' },
        ),
      );
    }
  }
  // A theme or type that no item has, once every page is read, is most likely mistyped.
  if (entries && complete) {
    hints.push(...missingValues(feed.thematique, entries, (entry) => entry.item.themes, 'thematique'));
    hints.push(...missingValues(feed.type, entries, (entry) => (entry.item.type ? [entry.item.type] : undefined), 'type'));
  }
  return hints;
}

/** A note naming the values asked for in `attribute` that no item has, with those present. */
function missingValues(
  asked: string,
  entries: readonly Entry[],
  values: (entry: Entry) => readonly string[] | undefined,
  attribute: string,
): string[] {
  if (!asked.trim()) return [];
  // One spelling per value (« Éducation » and « education » are « Education »).
  const present = new Map<string, string>();
  for (const value of entries.flatMap((entry) => values(entry) ?? [])) {
    const key = searchKey(value);
    if (!present.has(key)) present.set(key, value);
  }
  const missing = parseList(asked, ',').filter((value) => !present.has(searchKey(value)));
  if (missing.length === 0) return [];
  const names = missing.join(', ');
  const possible = [...present.values()].join(', ') || '—';
  return [
    msg(str`Attribut ${attribute} : aucune actualité pour « ${names} ». Valeurs présentes : ${possible}.`, { id: 'news.hint.filter' }),
  ];
}
