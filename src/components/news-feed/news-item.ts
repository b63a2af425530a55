// One news item, built with DOM calls: as a Lit template a list of 1,000 items cost ~8 template parts an item (the
// profile's importNode, walkers and markers). Same elements, parts, classes, texts and languages as the template had;
// each element is a copy of a shape made once per render (one clone sets its part, class and role at once), and the
// feed keeps each item's node while what it shows stays the same (see `itemKey`).
import { msg } from '@lit/localize';
import { clockVersion, formatDay } from '../../core/dates.js';
import { markLang, type Lang } from '../../core/localization.js';
import { searchKey } from '../../core/text.js';
import { safeUrl } from '../../core/urls.js';
import { themeKeysOf, type Entry } from './news-entries.js';

/** The sanitizer module, loaded on demand. */
export type Sanitizer = typeof import('../../core/adapters/sanitize.js');

/** What every item of one render shares: its labels, looked up once, and the feed's settings. */
export interface ItemSettings {
  level: number;
  lang: Lang;
  compact: boolean;
  /** The sanitizer, once loaded, when the editor asked for rich summaries. */
  sanitizer?: Sanitizer;
  /** Themes as buttons that filter the feed: what pressing one does. */
  onTheme?: (theme: string, entry: Entry) => void;
  /** The key of the theme the visitor filters by. */
  chosen: string;
  labels: ReturnType<typeof itemLabels>;
}

/** The settings of a render, the key of what they make every item show, and the shapes its items are copied from. */
export type ItemContext = ItemSettings & { key: string; shapes: ReturnType<typeof shapesOf> };

/** The context of a render's items. */
export function itemContext(settings: ItemSettings): ItemContext {
  const { level, lang, compact, onTheme, chosen, labels } = settings;
  // The chosen theme changes only the buttons' pressed state, and only where themes are buttons.
  const key = [level, lang, clockVersion, compact, onTheme && `+${chosen}`, ...Object.values(labels)].join('\0');
  return { ...settings, key, shapes: shapesOf(settings) };
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

/** What an item shows besides its entry: the same key, the same node. Only an item with HTML changes with the sanitizer. */
export const itemKey = ({ item }: Entry, { key, sanitizer }: ItemContext): string => (sanitizer && item.summaryHtml ? `${key}\0rich` : key);

/** « 26 février 2021 », once per item and language (and way of reading Paris's clock); the update only when it falls on another day. */
function formatDates(entry: Entry, lang: string) {
  const key = `${lang}${clockVersion}`;
  if (entry.text?.key !== key) {
    const published = formatDay(entry.published, lang, false);
    const updated = entry.updated ? formatDay(entry.updated, lang, false) : undefined;
    entry.text = { key, published, updated: updated !== published ? updated : undefined };
  }
  return entry.text;
}

type Child = Node | string | false | undefined;

/**
 * An element (a new `tag`, or a copy of a shape: one clone copies all its attributes) with its attributes (those given a
 * value; own keys only: a polluted Object.prototype adds none) and children. Two elements side by side get a space
 * between them, as the template's line breaks gave (as the event cards do): copied or read as text, an item says
 * « …Cités éducatives Actu de l'IREV Publié le… », not « …Cités éducativesActu de l'IREV… ».
 */
export function el(tag: string | Node, attributes: Record<string, string | number | undefined>, ...children: Child[]): HTMLElement {
  const node = (typeof tag === 'string' ? document.createElement(tag) : tag.cloneNode(true)) as HTMLElement;
  // `for…in`, not an array of entries: a thousand items make ten thousand of these.
  for (const name in attributes)
    if (Object.hasOwn(attributes, name) && attributes[name] !== undefined) node.setAttribute(name, `${attributes[name]}`);
  // One text in an empty element (most of an item's): `textContent` is the cheapest way in. A shape may hold a label.
  if (children.length === 1 && typeof children[0] === 'string' && !node.firstChild) {
    node.textContent = children[0];
    return node;
  }
  let previous = false;
  for (const child of children) {
    if (!child) continue;
    const element = child instanceof Element;
    if (element && previous) node.append(' ', child);
    else node.append(child);
    previous = element;
  }
  return node;
}

/** The elements every item of a render starts from, with what they always carry: built once per render, copied per item. */
function shapesOf({ level, labels }: ItemSettings) {
  const theme = { part: 'theme', class: 'irev-tag theme' };
  return {
    article: el('article', { part: 'item', class: 'irev-item item' }),
    title: el('div', { part: 'title', class: 'title', role: 'heading', 'aria-level': level }),
    image: el('img', { part: 'image', class: 'image', loading: 'lazy', decoding: 'async' }),
    meta: el('p', { part: 'meta', class: 'meta' }),
    type: el('span', { part: 'type', class: 'type' }),
    dates: el('span', { part: 'dates', class: 'dates' }, `${labels.published} `),
    author: el('span', { class: 'author' }),
    summary: el('p', { part: 'summary', class: 'summary' }),
    rich: el('div', { part: 'summary', class: 'summary summary--rich' }),
    themes: el('ul', { part: 'themes', class: 'themes', 'aria-label': labels.themes }),
    theme: el('li', theme),
    button: el('button', { type: 'button', ...theme }, el('span', { class: 'visually-hidden' }, `${labels.filter} `)),
  };
}

function themesList(entry: Entry, { onTheme, chosen, shapes }: ItemContext, lang: string | undefined): HTMLElement {
  const keys = onTheme ? themeKeysOf(entry.item) : [];
  const themes = entry.item.themes!.map((theme, i) => {
    if (!onTheme) return el(shapes.theme, {}, theme);
    const button = el(shapes.button, { 'data-key': keys[i], 'aria-pressed': `${chosen === keys[i]}` }, theme);
    button.addEventListener('click', () => onTheme(theme, entry));
    return el('li', {}, button);
  });
  return el(shapes.themes, { lang }, ...themes);
}

/** The summary: its HTML through the sanitizer when the editor asked for it and it is loaded, else its text. */
function summary({ item, base }: Entry, { sanitizer, shapes }: ItemContext, lang: string | undefined): Child {
  if (sanitizer && item.summaryHtml) return el(shapes.rich, { lang }, sanitizer.sanitizeHtml(item.summaryHtml, base));
  return item.summary && el(shapes.summary, { lang }, item.summary);
}

/** One news item, as an `<article>`. */
export function newsItemNode(entry: Entry, context: ItemContext): HTMLElement {
  const { item, base } = entry;
  const { compact, labels, shapes } = context;
  const url = safeUrl(item.url, base);
  const dates = formatDates(entry, context.lang);
  const image = compact || !item.image ? undefined : safeUrl(item.image.src, base);
  const imageSrc = image && /^https?:/.test(image) ? image : undefined;
  // The item's texts in their own language, the labels around them in the widget's (RGAA 8.7).
  const lang = markLang(item.lang, context.lang);
  const title = el(shapes.title, { lang }, url ? el('a', { href: url }, item.title) : item.title);
  const img = imageSrc && el(shapes.image, { src: imageSrc, alt: item.image!.alt, width: item.image!.width, height: item.image!.height });
  const when = el(
    shapes.dates,
    {},
    el('time', { datetime: item.published }, dates.published),
    dates.updated && `, ${labels.updated} `,
    dates.updated && el('time', { datetime: item.updated }, dates.updated),
  );
  const type = item.type && el(shapes.type, { lang }, item.type);
  const author = item.author && !compact && el(shapes.author, {}, `${labels.by} ${item.author}`);
  // Spaces between the meta's parts, as the template's line breaks gave.
  const meta = el(shapes.meta, {}, type, type && ' ', when, author && ' ', author);
  return el(
    shapes.article,
    { class: imageSrc && 'irev-item item has-image' },
    title,
    img,
    meta,
    !compact && summary(entry, context, lang),
    !compact && !!item.themes?.length && themesList(entry, context, lang),
  );
}
