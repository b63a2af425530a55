import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import { IrevElement } from '../../core/base-element.js';
import { loadNewsPage, type NewsAdapter } from '../../core/adapters/index.js';
import { parseFieldMapping, type JsonApiFields } from '../../core/adapters/jsonapi-fields.js';
import { newsJsonAdapter } from '../../core/adapters/news-json.js';
import { loadModule } from '../../core/load-module.js';
import { DataSourceController, type LoadedPage, type SourceView } from '../../core/data-source.js';
import { HEADING_LEVEL, renderHints, wholeNumber } from '../../core/hints.js';
import { baseStyles } from '../../core/styles.js';
import { searchKey } from '../../core/text.js';
import { newsItem, type NewsItem } from '../../schemas/news.js';
import {
  allEntries,
  editorHints,
  filterEntries,
  formatOf,
  LIMIT,
  pageSizeOf,
  rawShownFirst,
  type Entry,
  type NewsFormat,
} from './news-entries.js';
import { chosenKey, el, itemContext, itemKey, itemLabels, newsItemNode, type ItemContext, type Sanitizer } from './news-item.js';
import { newsFeedStyles } from './news-feed.styles.js';

export { newsFormats, newsLayouts, type NewsFormat } from './news-entries.js';

/** Pages read on their own to fill a filtered view, before the visitor is asked to go on. */
const AUTO_PAGES = 5;

/** What the feed shows of the pages read. */
interface NewsView extends SourceView {
  /** Every item read, for the notes about filters. */
  entries: Entry[];
  /** The items the filters let through, and those on screen. */
  matches: Entry[];
  visible: Entry[];
  /** More items to show with « more », read or still to read. */
  hasMore: boolean;
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
 * @event {CustomEvent<IrevLoadDetail>} irev-load - Items are shown: how many, of how many read (again after each further page).
 * @event {CustomEvent<IrevErrorDetail>} irev-error - The data, or a further page, could not be read.
 */
export class IrevNewsFeed extends IrevElement {
  static override styles = [baseStyles, newsFeedStyles];

  /** Lit's reactive properties, declared without decorators (fewer bytes on every page); each is documented at its field. */
  static override properties: PropertyDeclarations = {
    pagesShown: { state: true },
    chosenTheme: { state: true },
    announced: { state: true },
    sanitizer: { state: true },
    src: {},
    data: { attribute: false },
    timeout: { type: Number },
    format: {},
    fields: {},
    thematique: {},
    type: {},
    limit: { type: Number },
    layout: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    clickableThemes: { type: Boolean, attribute: 'clickable-themes' },
    richSummary: { type: Boolean, attribute: 'rich-summary' },
  };

  private readonly source = new DataSourceController<NewsItem, NewsView>(this, {
    schema: newsItem,
    collection: 'news',
    load: async (url, context) => loadNewsPage(await this.adapter(), url, context),
    fromData: async (data) => (await this.adapter()).fromData(data, document.baseURI),
    args: () => [formatOf(this.format), this.fields],
    view: (pages) => this.select(pages),
    // The visitor's chosen theme is theirs to change later: only the editor's filters choose what is checked first.
    shownFirst: (raw) => (this.chosenTheme ? undefined : rawShownFirst(raw, this, this.pagesShown * this.limitOrDefault)),
    follow: AUTO_PAGES,
    skeleton: () => this.limitOrDefault,
  });
  private adapterCache?: { format: NewsFormat; fields: unknown; adapter: NewsAdapter };

  /** How many `limit`s of items the visitor asked to see. */
  private pagesShown = 1;
  private chosenTheme = '';
  /** The visitor changed what is shown: the live region says how many items are there. */
  private announced = false;
  private sanitizer?: Sanitizer;
  private sanitizerRequest?: Promise<void>;
  /** Where focus goes once rendered: the first item « more » brought, or the theme button just pressed. */
  private focusRequest?: { index: number; themeKey?: string };
  /** Each item's node as last built, with what it showed: kept while that stays the same. */
  private itemNodes = new WeakMap<Entry, { key: string; node: HTMLElement }>();
  /** The list of items, kept across renders so that only items that come or go touch the DOM. */
  private itemList?: HTMLElement;

  /** URL of the news: the project's JSON, a Drupal JSON:API collection or an RSS feed. */
  src = '';

  /** The news as a value, instead of `src`: a project JSON object, a JSON:API document, or RSS as text. */
  data?: unknown;

  /** Milliseconds before the source is given up. */
  timeout = 10000;

  /**
   * `irev` (the project's JSON, default), `jsonapi` (Drupal JSON:API) or `rss` (RSS 2.0).
   * @type {'irev' | 'jsonapi' | 'rss'}
   */
  format = 'irev';

  /**
   * Drupal field names for `jsonapi`, over Drupal core's: `summary: field_action_summary, themes: field_action_categories`.
   * Parts: title, published, updated, summary, url, themes, type, image, author. As a property, an object works too.
   */
  fields: string | Partial<JsonApiFields> = '';

  /** Only these themes, one or several (comma-separated), case and accents ignored: `Education, Politique de la ville - DSU`. */
  thematique = '';

  /** Only these types, one or several (comma-separated), case and accents ignored: `Actu de l'IREV`. */
  type = '';

  /**
   * Items shown at first, and added by each « more » (5).
   * @type {number}
   * @default 5
   */
  limit = LIMIT.fallback;

  /**
   * `list` (default), `cards` or `compact` (titles and dates only).
   * @type {'list' | 'cards' | 'compact'}
   */
  layout = 'list';

  /** Level of the item headings (2 by default). */
  headingLevel = 2;

  /** Makes the themes buttons that filter the feed in place. */
  clickableThemes = false;

  /** Shows summaries with their basic formatting (paragraphs, emphasis, lists, links), through a strict sanitizer. */
  richSummary = false;

  /** The reader of the format: the Drupal and RSS readers load from beside the script only for the feeds that use them. */
  private async adapter(): Promise<NewsAdapter> {
    const format = formatOf(this.format);
    const cached = this.adapterCache;
    if (cached && cached.format === format && cached.fields === this.fields) return cached.adapter;
    const adapter =
      format === 'rss'
        ? (await loadModule('rss', this.source.timeout)).rssAdapter
        : format === 'jsonapi'
          ? (await loadModule('jsonapi', this.source.timeout)).jsonApiAdapter(parseFieldMapping(this.fields).fields)
          : newsJsonAdapter;
    this.adapterCache = { format, fields: this.fields, adapter };
    return adapter;
  }

  /** `limit`, or its default when it is no whole number from 1 (the note about it is `editorHints`'). */
  private get limitOrDefault(): number {
    return Number.isInteger(this.limit) && this.limit >= LIMIT.min ? this.limit : LIMIT.fallback;
  }

  /** What the feed shows of the pages read: the matching items up to what the visitor asked for. */
  private select(pages: readonly LoadedPage<NewsItem>[]): NewsView {
    const entries = allEntries(pages);
    const matches = filterEntries(entries, this, this.chosenTheme);
    const wanted = this.pagesShown * pageSizeOf(this);
    const visible = matches.length > wanted ? matches.slice(0, wanted) : matches;
    const hasMore = matches.length > visible.length || !!this.source.nextUrl;
    // Too few items to fill the view (a filter, a short page): the source reads the next page, a few at most on their own.
    return { entries, matches, visible, hasMore, shown: visible.length, wantsMore: matches.length < wanted };
  }

  private showMore(): void {
    if (this.source.moreLoading) return;
    this.focusRequest = { index: this.pagesShown * pageSizeOf(this) };
    this.pagesShown += 1;
    this.source.followAgain();
    this.announced = true;
  }

  private toggleTheme = (theme: string, entry: Entry): void => {
    const themeKey = searchKey(theme);
    this.chosenTheme = chosenKey(this.chosenTheme) === themeKey ? '' : theme;
    // The pressed button keeps the focus: its item stays shown, wherever the new list puts it.
    const index = filterEntries(allEntries(this.source.pages), this, this.chosenTheme).indexOf(entry);
    this.pagesShown = Math.max(1, Math.ceil((index + 1) / pageSizeOf(this)));
    this.focusRequest = index >= 0 ? { index, themeKey } : undefined;
    this.source.followAgain();
    this.announced = true;
  };

  private clearTheme(): void {
    this.chosenTheme = '';
    this.pagesShown = 1;
    this.focusRequest = { index: 0 };
    this.announced = true;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Another source or selection starts at its first items.
    if (['src', 'data', 'format', 'fields', 'thematique', 'type', 'limit'].some((name) => changed.has(name))) {
      this.pagesShown = 1;
      this.source.followAgain();
    }
    if (this.richSummary && !this.sanitizerRequest) {
      // Only editors who ask for rich summaries load the sanitizer; until it is there, or if it cannot load, summaries stay text.
      this.sanitizerRequest = loadModule('sanitize', this.source.timeout).then(
        (module) => void (this.sanitizer = module),
        (error: unknown) => console.error(`irev-widgets <${this.localName}>: the sanitizer could not load`, error),
      );
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Focus moves once the items it goes to are there.
    if (this.source.following) return;
    if (this.focusRequest) this.moveFocus(this.focusRequest);
    this.focusRequest = undefined;
  }

  /** To the item asked for (its theme button, or its title link), or to the retry button when the next page failed. */
  private moveFocus({ index, themeKey }: { index: number; themeKey?: string }): void {
    const retry = this.renderRoot.querySelector<HTMLElement>('.more-error button');
    const target = this.renderRoot.querySelectorAll('article')[index];
    if (this.source.moreError && retry) retry.focus();
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

  private renderMore({ hasMore }: NewsView) {
    const loading = this.source.moreLoading;
    if (this.source.moreError) return this.source.renderMoreError();
    if (!hasMore && !loading) return nothing;
    // While the next page loads, the button stays where it is (and keeps the focus), saying so.
    return html`<button
      part="more-button"
      class="irev-button irev-button--secondary more"
      type="button"
      aria-disabled=${loading ? 'true' : 'false'}
      @click=${this.showMore}
    >
      ${
        loading
          ? html`<span class="irev-spinner" aria-hidden="true"></span>${msg('Chargement…', { id: 'state.loading' })}`
          : msg("Afficher plus d'actualités", { id: 'news.more' })
      }
    </button>`;
  }

  private renderAnnouncement({ shown }: NewsView) {
    if (!this.announced || this.source.moreLoading) return nothing;
    return shown === 1
      ? msg('1 actualité affichée', { id: 'news.shown.one' })
      : msg(str`${shown} actualités affichées`, { id: 'news.shown.many' });
  }

  /** The node of an item, built again only when what it shows changed. */
  private itemNode(entry: Entry, context: ItemContext): HTMLElement {
    const key = itemKey(entry, context);
    let kept = this.itemNodes.get(entry);
    if (kept?.key !== key) this.itemNodes.set(entry, (kept = { key, node: newsItemNode(entry, context) }));
    return kept.node;
  }

  /** The list holding the items of `visible`, in order: a kept node stays where it is, so focus and state stay. */
  private itemsOf(visible: readonly Entry[]): HTMLElement {
    const context = itemContext({
      level: wholeNumber(this, 'heading-level', this.headingLevel, HEADING_LEVEL),
      lang: this.resolvedLang,
      compact: this.layout === 'compact',
      sanitizer: this.richSummary ? this.sanitizer : undefined,
      onTheme: this.clickableThemes ? this.toggleTheme : undefined,
      chosen: chosenKey(this.chosenTheme),
      labels: itemLabels(),
    });
    const list = (this.itemList ??= el('div', { part: 'items', class: 'items' }));
    const { children } = list;
    visible.forEach((entry, index) => {
      const node = this.itemNode(entry, context);
      // Past the end, children[index] is undefined, which insertBefore takes as null: at the end.
      if (children[index] !== node) list.insertBefore(node, children[index]);
    });
    while (children.length > visible.length) list.lastElementChild!.remove();
    return list;
  }

  private renderReady(view: NewsView) {
    const { visible } = view;
    // Nothing matches in what was read, and no further page will be read on its own.
    const nothingFound = visible.length === 0 && !this.source.following;
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
      <div class="visually-hidden" role="status">${this.renderAnnouncement(view)}</div>
      ${
        nothingFound
          ? html`<p part="empty" class="irev-state empty">
              ${msg('Aucune actualité ne correspond à ces critères.', { id: 'news.empty.filters' })}
            </p>`
          : nothing
      }
      ${visible.length > 0 ? this.itemsOf(visible) : nothing} ${this.renderMore(view)}`;
  }

  protected override render() {
    const view = this.source.state === 'error' ? undefined : this.source.view;
    return html`${renderHints(this, editorHints(this, view?.entries, !this.source.nextUrl && this.source.checked))}${this.source.render({
      ready: (view) => this.renderReady(view),
      empty: () =>
        html`<p part="empty" class="irev-state">${msg('Aucune actualité à afficher pour le moment.', { id: 'news.empty.data' })}</p>`,
    })}`;
  }
}
