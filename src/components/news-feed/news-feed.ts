import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { localized, msg, str } from '@lit/localize';
import { IrevElement } from '../../core/base-element.js';
import { loadNewsPage, type NewsAdapter } from '../../core/adapters/index.js';
import { parseFieldMapping, type JsonApiFields } from '../../core/adapters/jsonapi-fields.js';
import { newsJsonAdapter } from '../../core/adapters/news-json.js';
import { loadModule } from '../../core/load-module.js';
import { newTrail, nextPage, readPage } from '../../core/paging.js';
import type { DataError } from '../../core/data-error.js';
import { DataSourceController, renderError, renderLoading, reportError, reportInvalid, type LoadedPage } from '../../core/data-source.js';
import { formatDay, parseEventDate } from '../../core/dates.js';
import { checkedValue, commonSettings, HEADING_LEVEL, renderHints, unknownValueHint, wholeNumber } from '../../core/hints.js';
import { baseStyles } from '../../core/styles.js';
import { parseList, searchKey } from '../../core/text.js';
import { safeUrl } from '../../core/urls.js';
import { newsItem, type NewsItem } from '../../schemas/news.js';
import { newsFeedStyles } from './news-feed.styles.js';

export const newsFormats = ['irev', 'jsonapi', 'rss'] as const;
export type NewsFormat = (typeof newsFormats)[number];
export const newsLayouts = ['list', 'cards', 'compact'] as const;

/** Pages fetched on their own to fill a filtered view, before the visitor is asked to go on. */
const AUTO_PAGES = 5;
/** `limit`: items shown at first and added by each « more ». */
const LIMIT = { min: 1, fallback: 5 };

/** A news item as prepared once per page: its instant for sorting, its dates as text per language. */
interface Entry {
  item: NewsItem;
  base: string;
  published: Date;
  updated?: Date;
  /** Formatted dates, for the language they were formatted in. */
  text?: { lang: string; published: string; updated?: string };
}

/** Every label an item needs, looked up once per render rather than once per item. */
type Labels = ReturnType<IrevNewsFeed['labels']>;

/** The sanitizer module, loaded on demand. */
type Sanitizer = typeof import('../../core/adapters/sanitize.js');

/** Keys of a comma-separated filter attribute, case and accents ignored. */
const filterKeys = (value: string) => new Set(parseList(value, ',').map(searchKey));

const themeKeys = new WeakMap<NewsItem, string[]>();
function themeKeysOf(item: NewsItem): string[] {
  let keys = themeKeys.get(item);
  if (!keys) themeKeys.set(item, (keys = (item.themes ?? []).map(searchKey)));
  return keys;
}

/**
 * @summary News from the project's JSON, Drupal JSON:API or RSS: newest first, with dates, type, themes, summary, image and more.
 * @tag irev-news-feed
 *
 * @csspart hint - Notes for the site editor about a mistyped attribute.
 * @csspart items - The list of news items.
 * @csspart item - One news item (`<article>`).
 * @csspart title - The title of an item (a heading holding its link).
 * @csspart image - The image of an item.
 * @csspart meta - The line with the type, the dates and the author.
 * @csspart type - The type of an item (« Actu de l'IREV »).
 * @csspart dates - The publication and update dates.
 * @csspart summary - The summary of an item.
 * @csspart themes - The list of an item's themes.
 * @csspart theme - One theme (a button with `clickable-themes`).
 * @csspart active-filter - The theme the visitor filters by, with the button that removes it.
 * @csspart more-button - The button that shows more items.
 * @csspart status - The loading message.
 * @csspart error - The error message.
 * @csspart retry-button - The button that asks the source again.
 * @csspart empty - The message shown when there is no item to show.
 *
 * @event {CustomEvent<IrevLoadDetail>} irev-load - Items are shown (again after each further page).
 * @event {CustomEvent<IrevErrorDetail>} irev-error - The data, or a further page, could not be read.
 */
@localized()
export class IrevNewsFeed extends IrevElement {
  static override styles = [baseStyles, newsFeedStyles];

  private readonly source = new DataSourceController<NewsItem>(this, {
    schema: newsItem,
    collection: 'news',
    load: async (url, context) => loadNewsPage(await this.adapter(), url, context),
    fromData: async (data) => (await this.adapter()).fromData(data, document.baseURI),
    args: () => [this.formatName, this.fields],
  });
  private readonly entries = new WeakMap<LoadedPage<NewsItem>, Entry[]>();
  private readonly richSummaries = new WeakMap<NewsItem, HTMLElement>();
  private adapterCache?: { format: NewsFormat; fields: unknown; adapter: NewsAdapter };

  /** The first page the further pages below belong to: a new source starts over. */
  private firstPage?: LoadedPage<NewsItem>;
  /** The pages and item ids read from this source, so that a `next` pointing back ends the paging and no item shows twice. */
  private trail = newTrail();
  @state() private furtherPages: LoadedPage<NewsItem>[] = [];
  @state() private loadingMore = false;
  @state() private moreError?: DataError;
  private moreAbort?: AbortController;
  private autoPages = 0;
  /** How many `limit`s of items the visitor asked to see. */
  @state() private pagesShown = 1;
  @state() private chosenTheme = '';
  /** What the live region says: how many items are shown after the visitor changed them. */
  private announcement = '';
  @state() private sanitizer?: Sanitizer;
  private sanitizerRequest?: Promise<void>;
  /** Where focus goes once rendered: the first item « more » brought, or the theme button just pressed. */
  private focusRequest?: { index: number; themeKey?: string };
  /** The visitor changed what is shown: tell screen readers how many items are there once it is rendered. */
  private announcePending = false;
  /** What the last render showed, so `updated()` knows whether to fetch further. */
  private view?: { matches: number; wanted: number };

  /** URL of the news: the project's JSON, a Drupal JSON:API collection or an RSS feed. */
  @property() src = '';

  /** The news as a value, instead of `src`: a project JSON object, a JSON:API document, or RSS as text. */
  @property({ attribute: false }) data?: unknown;

  /** Milliseconds before the source is given up. */
  @property({ type: Number }) timeout = 10000;

  /** `irev` (the project's JSON, default), `jsonapi` (Drupal JSON:API) or `rss` (RSS 2.0). */
  @property() format = 'irev';

  /**
   * Drupal field names for `jsonapi`, over Drupal core's: `summary: field_action_summary, themes: field_action_categories`.
   * Parts: title, published, updated, summary, url, themes, type, image, author. As a property, an object works too.
   */
  @property() fields: string | Partial<JsonApiFields> = '';

  /** Only these themes, one or several (comma-separated), case and accents ignored: `Education, Politique de la ville - DSU`. */
  @property() thematique = '';

  /** Only these types, one or several (comma-separated), case and accents ignored: `Actu de l'IREV`. */
  @property() type = '';

  /** Items shown at first, and added by each « more » (5). */
  @property({ type: Number }) limit = LIMIT.fallback;

  /** `list` (default), `cards` or `compact` (titles and dates only). */
  @property({ reflect: true }) layout = 'list';

  /** Level of the item headings (2 by default). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Makes the themes buttons that filter the feed in place. */
  @property({ type: Boolean, attribute: 'clickable-themes' }) clickableThemes = false;

  /** Shows summaries with their basic formatting (paragraphs, emphasis, lists, links), through a strict sanitizer. */
  @property({ type: Boolean, attribute: 'rich-summary' }) richSummary = false;

  /** The format asked for, or `irev` when the value is unknown (a hint tells the editor). */
  private get formatName(): NewsFormat {
    const value = this.format.trim().toLowerCase();
    return (newsFormats as readonly string[]).includes(value) ? (value as NewsFormat) : 'irev';
  }

  /** The reader of the format: the Drupal and RSS readers load from beside the script only for the feeds that use them. */
  private async adapter(): Promise<NewsAdapter> {
    const format = this.formatName;
    const cached = this.adapterCache;
    if (cached && cached.format === format && cached.fields === this.fields) return cached.adapter;
    const adapter =
      format === 'rss'
        ? (await loadModule('rss', () => import('../../core/adapters/rss.js'), this.source.timeout)).rssAdapter
        : format === 'jsonapi'
          ? (await loadModule('jsonapi', () => import('../../core/adapters/jsonapi.js'), this.source.timeout)).jsonApiAdapter(
              parseFieldMapping(this.fields).fields,
            )
          : newsJsonAdapter;
    this.adapterCache = { format, fields: this.fields, adapter };
    return adapter;
  }

  private get pageSize(): number {
    return wholeNumber(this, 'limit', this.limit, LIMIT);
  }

  private get nextUrl(): string | undefined {
    return nextPage(this.trail, (this.furtherPages.at(-1) ?? this.firstPage)?.next);
  }

  /** What the editor wrote wrong, in their words. */
  private editorHints(entries: readonly Entry[] | undefined, complete: boolean): string[] {
    const { hints } = commonSettings(this);
    if (!(newsFormats as readonly string[]).includes(this.format.trim().toLowerCase())) {
      hints.push(unknownValueHint('format', this.format, newsFormats));
    }
    checkedValue('layout', this.layout, newsLayouts, hints);
    wholeNumber(this, 'limit', this.limit, LIMIT, hints);
    if (this.fields && this.formatName === 'jsonapi') {
      const unknown = parseFieldMapping(this.fields).unknown.join(', ');
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
      const check = (asked: string, values: (entry: Entry) => readonly string[] | undefined, attribute: string) => {
        if (!asked.trim()) return;
        // One spelling per value (« Éducation » and « education » are « Education »).
        const present = new Map<string, string>();
        for (const value of entries.flatMap((entry) => values(entry) ?? [])) {
          const key = searchKey(value);
          if (!present.has(key)) present.set(key, value);
        }
        const missing = parseList(asked, ',').filter((value) => !present.has(searchKey(value)));
        if (missing.length === 0) return;
        const names = missing.join(', ');
        const possible = [...present.values()].join(', ') || '—';
        hints.push(
          msg(str`Attribut ${attribute} : aucune actualité pour « ${names} ». Valeurs présentes : ${possible}.`, {
            id: 'news.hint.filter',
          }),
        );
      };
      check(this.thematique, (entry) => entry.item.themes, 'thematique');
      check(this.type, (entry) => (entry.item.type ? [entry.item.type] : undefined), 'type');
    }
    return hints;
  }

  /** The items of a page, newest first, prepared once. */
  private entriesOf(page: LoadedPage<NewsItem>): Entry[] {
    let entries = this.entries.get(page);
    if (!entries) {
      entries = page.items.map((item) => ({
        item,
        base: page.base,
        published: parseEventDate(item.published).date,
        updated: item.updated ? parseEventDate(item.updated).date : undefined,
      }));
      entries.sort((a, b) => b.published.getTime() - a.published.getTime());
      this.entries.set(page, entries);
    }
    return entries;
  }

  /** Every item read so far: each page newest first, pages in the server's order, so shown items never move. */
  private allEntries(first: LoadedPage<NewsItem>): Entry[] {
    const entries = this.entriesOf(first);
    return this.furtherPages.length === 0 ? entries : entries.concat(...this.furtherPages.map((page) => this.entriesOf(page)));
  }

  private filterEntries(entries: Entry[]): Entry[] {
    const themes = filterKeys(this.thematique);
    const types = filterKeys(this.type);
    const chosen = this.chosenTheme ? searchKey(this.chosenTheme) : '';
    if (themes.size === 0 && types.size === 0 && !chosen) return entries;
    return entries.filter(({ item }) => {
      if (types.size > 0 && !(item.type && types.has(searchKey(item.type)))) return false;
      if (themes.size === 0 && !chosen) return true;
      const keys = themeKeysOf(item);
      return (themes.size === 0 || keys.some((key) => themes.has(key))) && (!chosen || keys.includes(chosen));
    });
  }

  /** Starts over when the source changed: further pages belonged to the previous one. */
  private resetPages(first: LoadedPage<NewsItem> | undefined): void {
    this.firstPage = first;
    this.trail = newTrail();
    if (first) {
      const asked = this.data == null && this.src.trim() ? [new URL(this.src.trim(), document.baseURI).href] : [];
      readPage(this.trail, [...asked, first.base], first.items);
    }
    this.moreAbort?.abort();
    this.furtherPages = [];
    this.loadingMore = false;
    this.moreError = undefined;
    this.autoPages = 0;
    this.pagesShown = 1;
  }

  private async fetchNextPage(): Promise<void> {
    const first = this.firstPage;
    const url = this.nextUrl;
    if (!first || !url || this.loadingMore || !this.isConnected) return;
    const abort = new AbortController();
    this.moreAbort = abort;
    this.loadingMore = true;
    this.moreError = undefined;
    try {
      const page = this.source.validate(
        await loadNewsPage(await this.adapter(), url, { signal: abort.signal, timeout: this.source.timeout }),
      );
      if (abort.signal.aborted) return;
      reportInvalid(url, page.invalid);
      this.furtherPages = [...this.furtherPages, { ...page, items: readPage(this.trail, [url, page.base], page.items) }];
      const pages = [first, ...this.furtherPages];
      this.emit('irev-load', {
        count: pages.reduce((sum, p) => sum + p.items.length, 0),
        invalid: pages.reduce((sum, p) => sum + p.invalid.length, 0),
      });
    } catch (error) {
      if (abort.signal.aborted) return;
      this.moreError = reportError(this, error);
    } finally {
      if (!abort.signal.aborted) this.loadingMore = false;
    }
  }

  private showMore(): void {
    if (this.loadingMore) return;
    this.focusRequest = { index: this.pagesShown * this.pageSize };
    this.pagesShown += 1;
    this.autoPages = 0;
    this.moreError = undefined;
    this.announcePending = true;
  }

  private retryMore(): void {
    this.autoPages = 0;
    void this.fetchNextPage();
  }

  private toggleTheme(theme: string, entry: Entry): void {
    const themeKey = searchKey(theme);
    this.chosenTheme = this.chosenTheme && searchKey(this.chosenTheme) === themeKey ? '' : theme;
    // The pressed button keeps the focus: its item stays shown, wherever the new list puts it.
    const index = this.firstPage ? this.filterEntries(this.allEntries(this.firstPage)).indexOf(entry) : -1;
    this.pagesShown = Math.max(1, Math.ceil((index + 1) / this.pageSize));
    this.focusRequest = index >= 0 ? { index, themeKey } : undefined;
    this.autoPages = 0;
    this.announcePending = true;
  }

  private clearTheme(): void {
    this.chosenTheme = '';
    this.pagesShown = 1;
    this.focusRequest = { index: 0 };
    this.announcePending = true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page: go on reading the pages it still needs.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Off the page: stop reading further pages.
    this.moreAbort?.abort();
    this.loadingMore = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.source.value !== this.firstPage) this.resetPages(this.source.value);
    if (changed.has('thematique') || changed.has('type') || changed.has('limit')) {
      this.pagesShown = 1;
      this.autoPages = 0;
    }
    if (this.richSummary && !this.sanitizerRequest) {
      // Only editors who ask for rich summaries load the sanitizer; until it is there, or if it cannot load, summaries stay text.
      this.sanitizerRequest = loadModule('sanitize', () => import('../../core/adapters/sanitize.js'), this.source.timeout).then(
        (module) => void (this.sanitizer = module),
        (error: unknown) => console.error(`irev-widgets <${this.localName}>: the sanitizer could not load`, error),
      );
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const view = this.view;
    // Too few items to fill the view (a filter, a short page): read the next page, a few at most on their own.
    const wantsMore = view && view.matches < view.wanted && this.nextUrl && this.isConnected;
    if (wantsMore && !this.loadingMore && !this.moreError && this.autoPages < AUTO_PAGES) {
      this.autoPages += 1;
      // Once this update is over, not inside it.
      void Promise.resolve().then(() => this.fetchNextPage());
      return;
    }
    if (this.loadingMore) return;
    if (this.focusRequest) this.moveFocus(this.focusRequest);
    this.focusRequest = undefined;
  }

  /** To the item asked for (its theme button, or its title link), or to the retry button when the next page failed. */
  private moveFocus({ index, themeKey }: { index: number; themeKey?: string }): void {
    const retry = this.renderRoot.querySelector<HTMLElement>('.more-error button');
    const target = this.renderRoot.querySelectorAll('article')[index];
    if (this.moreError && retry) retry.focus();
    else if (target) {
      const control =
        target.querySelector<HTMLElement>(themeKey ? `button[data-key="${CSS.escape(themeKey)}"]` : '[part~="title"] a') ??
        target.querySelector<HTMLElement>('[part~="title"] a');
      if (control) control.focus();
      else {
        target.tabIndex = -1;
        target.focus();
      }
    }
  }

  /** « 26 février 2021 », once per item and language; the update only when it falls on another day. */
  private formatDates(entry: Entry, lang: string) {
    if (entry.text?.lang !== lang) {
      const published = formatDay(entry.published, lang, false);
      const updated = entry.updated ? formatDay(entry.updated, lang, false) : undefined;
      entry.text = { lang, published, updated: updated !== published ? updated : undefined };
    }
    return entry.text;
  }

  private richSummaryNode(item: NewsItem, base: string): HTMLElement | undefined {
    if (!this.sanitizer || !item.summaryHtml) return undefined;
    let node = this.richSummaries.get(item);
    if (!node) {
      node = document.createElement('div');
      node.setAttribute('part', 'summary');
      node.className = 'summary summary--rich';
      node.append(this.sanitizer.sanitizeHtml(item.summaryHtml, base));
      this.richSummaries.set(item, node);
    }
    return node;
  }

  private renderThemes(entry: Entry, labels: Labels) {
    const themes = entry.item.themes!;
    const keys = this.clickableThemes ? themeKeysOf(entry.item) : [];
    return html`<ul part="themes" class="themes" aria-label=${labels.themes}>
      ${themes.map((theme, i) =>
        this.clickableThemes
          ? html`<li>
              <button
                type="button"
                part="theme"
                class="irev-tag theme"
                data-key=${keys[i]}
                aria-pressed=${labels.chosen === keys[i] ? 'true' : 'false'}
                @click=${() => this.toggleTheme(theme, entry)}
              >
                <span class="visually-hidden">${labels.filter} </span>${theme}
              </button>
            </li>`
          : html`<li part="theme" class="irev-tag theme">${theme}</li>`,
      )}
    </ul>`;
  }

  private renderItem(entry: Entry, labels: Labels) {
    const { item, base } = entry;
    const compact = this.layout === 'compact';
    const url = safeUrl(item.url, base);
    const dates = this.formatDates(entry, this.resolvedLang);
    const image = compact || !item.image ? undefined : safeUrl(item.image.src, base);
    const imageSrc = image && /^https?:/.test(image) ? image : undefined;
    const rich = compact || !this.richSummary ? undefined : this.richSummaryNode(item, base);
    return html`<article part="item" class="item${imageSrc ? ' has-image' : ''}">
      <div part="title" class="title" role="heading" aria-level=${labels.level}>
        ${url ? html`<a href=${url}>${item.title}</a>` : item.title}
      </div>
      ${
        imageSrc
          ? html`<img
              part="image"
              class="image"
              src=${imageSrc}
              alt=${item.image!.alt}
              width=${ifDefined(item.image!.width)}
              height=${ifDefined(item.image!.height)}
              loading="lazy"
              decoding="async"
            />`
          : nothing
      }
      <p part="meta" class="meta">
        ${item.type ? html`<span part="type" class="type">${item.type}</span>` : nothing}
        <span part="dates" class="dates"
          >${labels.published} <time datetime=${item.published}>${dates.published}</time>${
            dates.updated ? html`, ${labels.updated} <time datetime=${item.updated!}>${dates.updated}</time>` : nothing
          }</span
        >
        ${item.author && !compact ? html`<span class="author">${labels.by} ${item.author}</span>` : nothing}
      </p>
      ${compact ? nothing : (rich ?? (item.summary ? html`<p part="summary" class="summary">${item.summary}</p>` : nothing))}
      ${!compact && item.themes?.length ? this.renderThemes(entry, labels) : nothing}
    </article>`;
  }

  /** Every label an item needs, looked up once per render rather than once per item. */
  private labels() {
    return {
      level: wholeNumber(this, 'heading-level', this.headingLevel, HEADING_LEVEL),
      published: msg('Publié le', { id: 'news.published' }),
      updated: msg('modifié le', { id: 'news.updated' }),
      by: msg('Par', { id: 'news.author' }),
      themes: msg('Thématiques', { id: 'news.themes' }),
      filter: msg('Filtrer par thématique :', { id: 'news.theme.filter' }),
      chosen: this.chosenTheme ? searchKey(this.chosenTheme) : '',
    };
  }

  private renderMore(hasMore: boolean, shown: number) {
    if (this.moreError) return html`<div class="more-error">${renderError(this.moreError, this.retryMore)}</div>`;
    if (this.loadingMore && shown === 0) return renderLoading();
    if (!hasMore && !this.loadingMore) return nothing;
    // While the next page loads, the button stays where it is (and keeps the focus), saying so.
    return html`<button
      part="more-button"
      class="irev-button irev-button--secondary more"
      type="button"
      aria-disabled=${this.loadingMore ? 'true' : 'false'}
      @click=${this.showMore}
    >
      ${
        this.loadingMore
          ? html`<span class="irev-spinner" aria-hidden="true"></span>${msg('Chargement…', { id: 'state.loading' })}`
          : msg("Afficher plus d'actualités", { id: 'news.more' })
      }
    </button>`;
  }

  private renderReady(entries: Entry[]) {
    const matches = this.filterEntries(entries);
    const wanted = this.pagesShown * this.pageSize;
    const visible = matches.length > wanted ? matches.slice(0, wanted) : matches;
    const hasMore = matches.length > visible.length || !!this.nextUrl;
    this.view = { matches: matches.length, wanted };
    if (this.announcePending && !this.loadingMore) {
      this.announcePending = false;
      const count = visible.length;
      this.announcement =
        count === 1
          ? msg('1 actualité affichée', { id: 'news.shown.one' })
          : msg(str`${count} actualités affichées`, { id: 'news.shown.many' });
    }
    const labels = this.labels();
    // Nothing matches in what was read, and no further page will be read on its own.
    const nothingFound = visible.length === 0 && !this.loadingMore && (!this.nextUrl || this.autoPages >= AUTO_PAGES || !!this.moreError);
    return html`${
        this.chosenTheme
          ? html`<p part="active-filter" class="active-filter">
              <span>${msg('Thématique :', { id: 'news.filter.active' })} <strong>${this.chosenTheme}</strong></span>
              <button class="irev-button irev-button--secondary" type="button" @click=${this.clearTheme}>
                ${msg('Voir toutes les actualités', { id: 'news.filter.clear' })}
              </button>
            </p>`
          : nothing
      }
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${
        nothingFound
          ? html`<p part="empty" class="irev-state empty">
              ${msg('Aucune actualité ne correspond à ces critères.', { id: 'news.empty.filters' })}
            </p>`
          : nothing
      }
      ${visible.length > 0 ? html`<div part="items" class="items">${visible.map((entry) => this.renderItem(entry, labels))}</div>` : nothing}
      ${this.renderMore(hasMore, visible.length)}`;
  }

  protected override render() {
    this.view = undefined;
    const first = this.source.state === 'ready' ? this.source.value : undefined;
    const entries = first ? this.allEntries(first) : undefined;
    return html`${renderHints(this, this.editorHints(entries, !this.nextUrl))}${this.source.render({
      ready: () => this.renderReady(entries!),
      empty: () =>
        html`<p part="empty" class="irev-state">${msg('Aucune actualité à afficher pour le moment.', { id: 'news.empty.data' })}</p>`,
    })}`;
  }
}
