// The template of one news item: title, image, dates, type, author, summary (text or sanitized rich HTML) and themes.
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { formatDay } from '../../core/dates.js';
import { markLang, type Lang } from '../../core/localization.js';
import { searchKey } from '../../core/text.js';
import { safeUrl } from '../../core/urls.js';
import type { NewsItem } from '../../schemas/news.js';
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
  /** The key of the theme the visitor filters by. */
  chosen: string;
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

/** « 26 février 2021 », once per item and language; the update only when it falls on another day. */
function formatDates(entry: Entry, lang: string) {
  if (entry.text?.lang !== lang) {
    const published = formatDay(entry.published, lang, false);
    const updated = entry.updated ? formatDay(entry.updated, lang, false) : undefined;
    entry.text = { lang, published, updated: updated !== published ? updated : undefined };
  }
  return entry.text;
}

const richSummaries = new WeakMap<NewsItem, HTMLElement>();

/** The summary's HTML, sanitized once per item. */
function richSummaryNode(item: NewsItem, base: string, sanitizer: Sanitizer | undefined): HTMLElement | undefined {
  if (!sanitizer || !item.summaryHtml) return undefined;
  let node = richSummaries.get(item);
  if (!node) {
    node = document.createElement('div');
    node.setAttribute('part', 'summary');
    node.className = 'summary summary--rich';
    node.append(sanitizer.sanitizeHtml(item.summaryHtml, base));
    richSummaries.set(item, node);
  }
  return node;
}

function renderThemes(entry: Entry, context: ItemContext, lang: string | undefined) {
  const { labels, onTheme } = context;
  const themes = entry.item.themes!;
  const keys = onTheme ? themeKeysOf(entry.item) : [];
  return html`<ul part="themes" class="themes" aria-label=${labels.themes} lang=${lang ?? nothing}>
    ${themes.map((theme, i) =>
      onTheme
        ? html`<li>
            <button
              type="button"
              part="theme"
              class="irev-tag theme"
              data-key=${keys[i]}
              aria-pressed=${context.chosen === keys[i] ? 'true' : 'false'}
              @click=${() => onTheme(theme, entry)}
            >
              <span class="visually-hidden">${labels.filter} </span>${theme}
            </button>
          </li>`
        : html`<li part="theme" class="irev-tag theme">${theme}</li>`,
    )}
  </ul>`;
}

/** One news item, as an `<article>`. */
export function renderNewsItem(entry: Entry, context: ItemContext) {
  const { item, base } = entry;
  const { compact, labels } = context;
  const url = safeUrl(item.url, base);
  const dates = formatDates(entry, context.lang);
  const image = compact || !item.image ? undefined : safeUrl(item.image.src, base);
  const imageSrc = image && /^https?:/.test(image) ? image : undefined;
  const rich = compact ? undefined : richSummaryNode(item, base, context.sanitizer);
  // The item's texts in their own language, the labels around them in the widget's (RGAA 8.7).
  const lang = markLang(item.lang, context.lang);
  if (rich && lang) rich.lang = lang;
  else rich?.removeAttribute('lang');
  return html`<article part="item" class="irev-item item${imageSrc ? ' has-image' : ''}">
    <div part="title" class="title" role="heading" aria-level=${context.level} lang=${lang ?? nothing}>
      ${url ? html`<a href=${url}>${item.title}</a>` : item.title}
    </div>
    ${
      imageSrc
        ? html`<img
            part="image"
            class="image"
            src=${imageSrc}
            alt=${item.image!.alt}
            width=${item.image!.width ?? nothing}
            height=${item.image!.height ?? nothing}
            loading="lazy"
            decoding="async"
          />`
        : nothing
    }
    <p part="meta" class="meta">
      ${item.type ? html`<span part="type" class="type" lang=${lang ?? nothing}>${item.type}</span>` : nothing}
      <span part="dates" class="dates"
        >${labels.published} <time datetime=${item.published}>${dates.published}</time>${
          dates.updated ? html`, ${labels.updated} <time datetime=${item.updated!}>${dates.updated}</time>` : nothing
        }</span
      >
      ${item.author && !compact ? html`<span class="author">${labels.by} ${item.author}</span>` : nothing}
    </p>
    ${compact ? nothing : (rich ?? (item.summary ? html`<p part="summary" class="summary" lang=${lang ?? nothing}>${item.summary}</p>` : nothing))}
    ${!compact && item.themes?.length ? renderThemes(entry, context, lang) : nothing}
  </article>`;
}
