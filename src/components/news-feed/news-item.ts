// One news item, built with DOM calls: as a Lit template a list of 1,000 items cost ~8 template parts an item (the
// profile's importNode, walkers and markers). Same elements, parts, classes, texts and languages as the template had;
// the feed keeps each item's node while what it shows stays the same (see `itemKey`).
import { msg } from '@lit/localize';
import { formatDay } from '../../core/dates.js';
import { markLang, type Lang } from '../../core/localization.js';
import { searchKey } from '../../core/text.js';
import { safeUrl } from '../../core/urls.js';
import { themeKeysOf, type Entry } from './news-entries.js';

/** The sanitizer module, loaded on demand. */
export type Sanitizer = typeof import('../../core/adapters/sanitize.js');

/** What every item of one render shares: its labels, looked up once, and the feed's settings. */
export interface ItemContext {
  level: number;
  lang: Lang;
  compact: boolean;
  /** The sanitizer, once loaded, when the editor asked for rich summaries. */
  sanitizer?: Sanitizer;
  /** Themes as buttons that filter the feed: what pressing one does. */
  onTheme?: (theme: string, entry: Entry) => void;
  labels: ReturnType<typeof itemLabels>;
}

/** Every label an item needs, looked up once per render rather than once per item. */
export function itemLabels() {
  return {
    published: msg('Publié le', { id: 'news.published' }),
    updated: msg('modifié le', { id: 'news.updated' }),
    by: msg('Par', { id: 'news.author' }),
    themes: msg('Thématiques', { id: 'news.themes' }),
    filter: msg('Filtrer par thématique :', { id: 'news.theme.filter' }),
  };
}

/** The key a chosen theme is compared by. */
export const chosenKey = (theme: string) => (theme ? searchKey(theme) : '');

/** What every item of a render depends on besides its entry and the sanitizer: computed once per render. */
export function contextKey({ level, lang, compact, onTheme, labels }: ItemContext): string {
  return [level, lang, compact, !!onTheme, ...Object.values(labels)].join('\0');
}

/** What an item shows besides its entry: the same key, the same node. Only an item with HTML changes with the sanitizer. */
export const itemKey = (entry: Entry, context: ItemContext, shared: string): string =>
  context.sanitizer && entry.item.summaryHtml ? `${shared}\0rich` : shared;

/** « 26 février 2021 », once per item and language; the update only when it falls on another day. */
function formatDates(entry: Entry, lang: string) {
  if (entry.text?.lang !== lang) {
    const published = formatDay(entry.published, lang, false);
    const updated = entry.updated ? formatDay(entry.updated, lang, false) : undefined;
    entry.text = { lang, published, updated: updated !== published ? updated : undefined };
  }
  return entry.text;
}

type Child = Node | string | false | undefined;

/** An element with its attributes (those given a value; own keys only: a polluted Object.prototype adds none) and children. */
export function el(tag: string, attributes: Record<string, string | number | undefined>, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) node.setAttribute(name, value as string);
  for (const child of children) if (child) node.append(child);
  return node;
}

function themesList(entry: Entry, context: ItemContext, lang: string | undefined): HTMLElement {
  const { labels, onTheme } = context;
  const keys = onTheme ? themeKeysOf(entry.item) : [];
  const themes = entry.item.themes!.map((theme, i) => {
    if (!onTheme) return el('li', { part: 'theme', class: 'irev-tag theme' }, theme);
    const attributes = { type: 'button', part: 'theme', class: 'irev-tag theme', 'data-key': keys[i] };
    const button = el('button', attributes, el('span', { class: 'visually-hidden' }, `${labels.filter} `), theme);
    button.addEventListener('click', () => onTheme(theme, entry));
    return el('li', {}, button);
  });
  return el('ul', { part: 'themes', class: 'themes', 'aria-label': labels.themes, lang }, ...themes);
}

/** The summary: its HTML through the sanitizer when the editor asked for it and it is loaded, else its text. */
function summary({ item, base }: Entry, { sanitizer }: ItemContext, lang: string | undefined): Child {
  if (sanitizer && item.summaryHtml) {
    return el('div', { part: 'summary', class: 'summary summary--rich', lang }, sanitizer.sanitizeHtml(item.summaryHtml, base));
  }
  return item.summary && el('p', { part: 'summary', class: 'summary', lang }, item.summary);
}

/** One news item, as an `<article>`; themes as buttons carry `data-key`, and `aria-pressed` from `setPressedTheme`. */
export function newsItemNode(entry: Entry, context: ItemContext): HTMLElement {
  const { item, base } = entry;
  const { compact, labels } = context;
  const url = safeUrl(item.url, base);
  const dates = formatDates(entry, context.lang);
  const image = compact || !item.image ? undefined : safeUrl(item.image.src, base);
  const imageSrc = image && /^https?:/.test(image) ? image : undefined;
  // The item's texts in their own language, the labels around them in the widget's (RGAA 8.7).
  const lang = markLang(item.lang, context.lang);
  const title = el(
    'div',
    { part: 'title', class: 'title', role: 'heading', 'aria-level': context.level, lang },
    url ? el('a', { href: url }, item.title) : item.title,
  );
  const img =
    imageSrc &&
    el('img', {
      part: 'image',
      class: 'image',
      src: imageSrc,
      alt: item.image!.alt,
      width: item.image!.width,
      height: item.image!.height,
      loading: 'lazy',
      decoding: 'async',
    });
  const when = el(
    'span',
    { part: 'dates', class: 'dates' },
    `${labels.published} `,
    el('time', { datetime: item.published }, dates.published),
    dates.updated && `, ${labels.updated} `,
    dates.updated && el('time', { datetime: item.updated }, dates.updated),
  );
  const type = item.type && el('span', { part: 'type', class: 'type', lang }, item.type);
  const author = item.author && !compact && el('span', { class: 'author' }, `${labels.by} ${item.author}`);
  // Spaces between the meta's parts, as the template's line breaks gave.
  const meta = el('p', { part: 'meta', class: 'meta' }, type, type && ' ', when, author && ' ', author);
  return el(
    'article',
    { part: 'item', class: imageSrc ? 'irev-item item has-image' : 'irev-item item' },
    title,
    img,
    meta,
    !compact && summary(entry, context, lang),
    !compact && !!item.themes?.length && themesList(entry, context, lang),
  );
}

/** Marks the theme buttons of an item as pressed or not, for the theme the visitor filters by (its key, or ''). */
export function setPressedTheme(article: HTMLElement, chosen: string): void {
  for (const button of article.querySelectorAll<HTMLElement>('button[data-key]')) {
    button.setAttribute('aria-pressed', button.dataset.key === chosen ? 'true' : 'false');
  }
}
