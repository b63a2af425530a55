import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type * as z from 'zod/mini';
import type { IrevElement } from './base-element.js';
import { collectionOf, type LoadContext, type RawPage } from './collection.js';
import { DataError, describeError, isRetryable, toDataError } from './data-error.js';
import { reportError, reportInvalid } from './data-report.js';
import { fetchDocument, parseJson } from './fetch-document.js';
import { placeFocusAfterRetry } from './retry-focus.js';
import { TIMEOUT, wholeNumber } from './hints.js';
import { newTrail, nextPage, readPage, type PageTrail } from './paging.js';
import { validateItems, validateWhenIdle, type InvalidItem } from './validate.js';
import { ACCEPT } from './prefetch.js';

export type { LoadContext, RawPage } from './collection.js';
export { reportError, reportInvalid } from './data-report.js';

/** Items left unchecked at first below which the whole list is validated before anything is shown. */
const DEFERRED_AT_LEAST = 500;

export interface LoadedPage<T> {
  items: T[];
  invalid: InvalidItem[];
  next?: string;
  base: string;
  /** The items read but not checked yet (see `shownFirst`): `items` holds only those shown first until they are. */
  unchecked?: readonly unknown[];
}

/** The element a data source serves: `src` or a `.data` value, and a request time-out. */
export interface DataHost extends IrevElement {
  src: string;
  data?: unknown;
  timeout: number;
}

/** What an element shows of the pages read: at least how many items; the element adds what its render needs. */
export interface SourceView {
  /** Items shown now: 0 is the empty state, and `irev-load` reports it. */
  shown: number;
  /** The view has room for more items than the pages read hold: read the next page on its own (see `follow`). */
  wantsMore?: boolean;
}

/** One reading of a source: what it was asked with, where it stands, its page or its error, and how to stop it. */
interface Reading<P> {
  args: readonly unknown[];
  status: 'pending' | 'complete' | 'error';
  value?: P;
  error?: unknown;
  abort: AbortController;
}

export interface DataSourceOptions<T, V extends SourceView> {
  /** The zod/mini schema every item must pass. */
  schema: z.ZodMiniType<T>;
  /** Key of the list in the project's JSON file (`{"cites": [...]}`); a bare array is read as well. */
  collection: string;
  /** What the element shows of the pages read, computed once per update, after the element's `willUpdate`. */
  view: (pages: readonly LoadedPage<T>[]) => V;
  /** Reads a source URL (a first or a further page); defaults to the project's JSON format. */
  load?: (url: string, context: LoadContext) => Promise<RawPage>;
  /** Reads a `.data` value; defaults to the project's JSON format. */
  fromData?: (data: unknown) => RawPage | Promise<RawPage>;
  /** Further values the load depends on (a format, a filter sent to the server). */
  args?: () => readonly unknown[];
  /** Further pages read on their own while the view wants more, before the visitor is asked to go on (0). */
  follow?: number;
  /**
   * Indexes of the raw items the element shows first, found by reading only what it sorts and filters by: those are
   * validated and shown, the others validated in idle time, after which `irev-load` and the console report go out.
   */
  shownFirst?: (raw: readonly unknown[]) => number[] | undefined;
  /** How many items the loading state keeps room for (`limit`), so that the page does not jump when they come. */
  skeleton?: () => number;
}

/**
 * Reads, validates and pages through the data of a widget, and owns its state: loading, error, empty (nothing shown)
 * or ready, as custom states and as UI, and the `irev-load` / `irev-error` events. The element tells it what it
 * shows through `view`. One request per distinct `src` per page: widgets that read the same file share it.
 */
export class DataSourceController<T, V extends SourceView = SourceView> implements ReactiveController {
  /** The reading of the first page: what it was asked with (`src`, `.data`, the element's `args`) and where it stands. */
  private reading?: Reading<LoadedPage<T>>;
  /** What the element shows now, as computed at the last update (undefined until the data is read). */
  view?: V;

  /** The first page the further pages belong to: a new one starts the paging over. */
  private first?: LoadedPage<T>;
  /** The page the reading gave, that `first` comes from (`first` is its checked successor once every item is validated). */
  private readingPage?: LoadedPage<T>;
  private checking?: AbortController;
  private further: LoadedPage<T>[] = [];
  /** The pages and item ids read, so that a `next` pointing back ends the paging and no item shows twice. */
  private trail: PageTrail = newTrail();
  private moreAbort?: AbortController;
  private followed = 0;
  /** A page arrived: `irev-load` goes once it is rendered. */
  private loadPending = false;
  /** The next page is being read. */
  moreLoading = false;
  /** Why the next page could not be read. */
  moreError?: DataError;
  /** The live region is in the DOM: from the next render on, its text may change and be announced (RGAA 7.5). */
  private statusReady = false;
  /** A retry button was pressed (the whole source, or the next page): focus follows until the answer is shown. */
  private retried?: 'source' | 'more';

  constructor(
    private readonly host: DataHost,
    private readonly options: DataSourceOptions<T, V>,
  ) {
    host.addController(this);
  }

  /** What the first page is read with: another value of any of them reads it again. */
  private args(): readonly unknown[] {
    return [this.host.src, this.host.data, ...(this.options.args?.() ?? [])];
  }

  /**
   * Reads the first page with `args`: a reading still under way is aborted, and only the latest one's answer is kept,
   * reported (invalid items, or the error) and shown.
   */
  private readFirst(args: readonly unknown[]): void {
    this.reading?.abort.abort();
    const abort = new AbortController();
    const reading: Reading<LoadedPage<T>> = { args, status: 'pending', abort };
    this.reading = reading;
    this.load(args[0] as string, args[1], abort.signal).then(
      (page) => {
        if (this.reading !== reading) return;
        Object.assign(reading, { status: 'complete', value: page });
        this.host.requestUpdate();
        if (!page.unchecked) reportInvalid(this.reportedAs, page.invalid);
      },
      (error: unknown) => {
        if (this.reading !== reading) return;
        Object.assign(reading, { status: 'error', error });
        this.host.requestUpdate();
        reportError(this.host, error);
      },
    );
  }

  private async load(src: string, data: unknown, signal: AbortSignal): Promise<LoadedPage<T>> {
    let page: RawPage;
    if (data !== undefined && data !== null) {
      page = await (this.options.fromData ?? ((d) => collectionOf(d, this.options.collection, document.baseURI)))(data);
    } else if (src && src.trim()) {
      page = await this.read(new URL(src.trim(), document.baseURI).href, signal);
    } else {
      throw new DataError('config', 'Neither a src attribute nor a .data property was given');
    }
    return this.validate(page, true);
  }

  private read(url: string, signal: AbortSignal): Promise<RawPage> {
    return (this.options.load ?? this.loadJson)(url, { signal, timeout: this.timeout });
  }

  private loadJson = async (url: string, { signal, timeout }: LoadContext): Promise<RawPage> => {
    const doc = await fetchDocument(url, { accept: ACCEPT.irev, timeout }, signal);
    return collectionOf(parseJson(doc), this.options.collection, doc.url);
  };

  private validate(page: RawPage, first = false): LoadedPage<T> {
    // Only a document without further pages is shown before it is all checked: pages share their ids.
    const shown = first && !page.next ? this.options.shownFirst?.(page.items) : undefined;
    // Checking a few hundred items costs less than putting the rest off: only long lists are shown before.
    if (shown && page.items.length - shown.length >= DEFERRED_AT_LEAST) {
      const { items } = validateItems(
        this.options.schema,
        page.items,
        [...shown].sort((a, b) => a - b),
      );
      return { items, invalid: [], base: page.base, unchecked: page.items };
    }
    const { items, invalid } = validateItems(this.options.schema, page.items);
    return { items, invalid, next: page.next, base: page.base };
  }

  /** Validates the whole of a page shown from its first items, then shows and reports it as any other. */
  private async checkRest(page: LoadedPage<T>): Promise<void> {
    const checking = new AbortController();
    this.checking = checking;
    try {
      const { items, invalid } = await validateWhenIdle(this.options.schema, page.unchecked!, checking.signal);
      if (this.readingPage !== page) return;
      this.first = { items, invalid, base: page.base };
      reportInvalid(this.reportedAs, invalid);
      this.host.requestUpdate();
    } catch (error) {
      if (!checking.signal.aborted) reportError(this.host, error);
    }
  }

  /** Milliseconds before a request is given up: the host's `timeout`, or the default when it is not a usable number. */
  get timeout(): number {
    return wholeNumber(this.host, 'timeout', this.host.timeout, TIMEOUT);
  }

  /** Every page read from this source so far, the first one first. */
  get pages(): readonly LoadedPage<T>[] {
    return this.first ? [this.first, ...this.further] : [];
  }

  /** The next page to read, unless it was read already (a loop) or there is none. */
  get nextUrl(): string | undefined {
    return nextPage(this.trail, this.pages.at(-1)?.next);
  }

  /** True while a further page is read, or about to be read on its own. */
  get following(): boolean {
    return this.moreLoading || (!!this.view?.wantsMore && !!this.nextUrl && !this.moreError && this.followed < (this.options.follow ?? 0));
  }

  /** The state the widget is in, for custom states and styling. */
  get state(): 'loading' | 'error' | 'empty' | 'ready' {
    switch (this.reading?.status) {
      case 'error':
        return 'error';
      case 'complete':
        if (this.view && this.view.shown > 0) return 'ready';
        return this.following ? 'loading' : 'empty';
      default:
        return 'loading';
    }
  }

  /** Asks the source again (the retry button). */
  retry(): void {
    this.retried = 'source';
    this.readFirst(this.args());
    this.host.requestUpdate();
  }

  /** The visitor asked for more: further pages are read on their own again, up to `follow`. */
  followAgain(): void {
    this.followed = 0;
  }

  /** Reads the next page, if there is one, and adds its items that no earlier page had. */
  async loadMore(): Promise<void> {
    const url = this.nextUrl;
    if (!this.first || !url || this.moreLoading || !this.host.isConnected) return;
    const abort = new AbortController();
    this.moreAbort = abort;
    this.moreLoading = true;
    this.moreError = undefined;
    this.host.requestUpdate();
    try {
      const page = this.validate(await this.read(url, abort.signal));
      if (abort.signal.aborted) return;
      reportInvalid(url, page.invalid);
      this.further = [...this.further, { ...page, items: readPage(this.trail, [url, page.base], page.items) }];
      this.loadPending = true;
    } catch (error) {
      if (abort.signal.aborted) return;
      this.moreError = reportError(this.host, error);
    } finally {
      if (!abort.signal.aborted) {
        this.moreLoading = false;
        this.host.requestUpdate();
      }
    }
  }

  /** Asks again for the next page that failed (its retry button). */
  retryMore = (): void => {
    this.retried = 'more';
    this.followAgain();
    void this.loadMore();
  };

  /** Starts over when the reading gave another first page: further pages belonged to the previous one. */
  private syncPages(): void {
    const first = this.reading?.status === 'complete' ? this.reading.value : undefined;
    if (first === this.readingPage) return;
    this.stopMore();
    this.checking?.abort();
    this.readingPage = first;
    this.first = first;
    if (first?.unchecked) void this.checkRest(first);
    this.further = [];
    this.trail = newTrail();
    this.followed = 0;
    this.moreError = undefined;
    if (first) {
      const asked = this.host.data == null && this.host.src.trim() ? [new URL(this.host.src.trim(), document.baseURI).href] : [];
      readPage(this.trail, [...asked, first.base], first.items);
      this.loadPending = true;
    }
  }

  /** What the console names the source by: its `src`, or the `.data` value itself (an object). */
  private get reportedAs(): string | object {
    const data = this.host.data;
    return data !== undefined && data !== null ? (typeof data === 'object' ? data : '.data') : this.host.src;
  }

  /** False while items read are still being validated in idle time. */
  get checked(): boolean {
    return !this.first?.unchecked;
  }

  private stopMore(): void {
    this.moreAbort?.abort();
    this.moreLoading = false;
  }

  hostConnected(): void {
    // Back on the page: go on reading the pages the view still needs.
    if (this.host.hasUpdated) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    // Off the page: stop reading further pages.
    this.stopMore();
  }

  hostUpdate(): void {
    // Another source (or `.data`, or format…) is read from the start; its state is « loading » from this update on.
    const args = this.args();
    const previous = this.reading?.args;
    if (!previous || previous.length !== args.length || args.some((arg, index) => !Object.is(arg, previous[index]))) this.readFirst(args);
    this.syncPages();
    const pages = this.pages;
    this.view = pages.length > 0 ? this.options.view(pages) : undefined;
    this.host.setState(this.state);
  }

  hostUpdated(): void {
    if (!this.statusReady) {
      // The empty live region was just inserted: its « Chargement… » comes with the next render, and is announced. That
      // render is asked for once this update is over, not inside it (Lit's change-in-update: a second pass of this one).
      this.statusReady = true;
      if (this.state === 'loading') queueMicrotask(() => this.host.requestUpdate());
    }
    if (this.retried) this.placeFocusAfterRetry(this.retried);
    const view = this.view;
    if (this.loadPending && view && this.checked) {
      // Once per page read, for what is shown after it; the visitor's own filtering has its own events.
      this.loadPending = false;
      const pages = this.pages;
      const total = pages.reduce((sum, page) => sum + page.items.length, 0);
      const invalid = pages.reduce((sum, page) => sum + page.invalid.length, 0);
      this.host.emit('irev-load', { shown: view.shown, total, invalid });
    }
    if (view?.wantsMore && this.following && !this.moreLoading && this.host.isConnected) {
      this.followed += 1;
      // Once this update is over, not inside it.
      queueMicrotask(() => void this.loadMore());
    }
  }

  /** Moves focus after a retry (see retry-focus.ts); done once the answer is shown. */
  private placeFocusAfterRetry(retried: 'source' | 'more'): void {
    const waiting = retried === 'source' ? this.state === 'loading' : this.moreLoading;
    placeFocusAfterRetry(this.host.renderRoot as ShadowRoot, retried, waiting);
    if (!waiting) this.retried = undefined;
  }

  /** The loading and error UI; once the data is read, what the element renders of its view, or of a source with no item. */
  render(renderers: { ready: (view: V, pages: readonly LoadedPage<T>[]) => unknown; empty: () => unknown }): unknown {
    // One live region in every state, present before its text changes, so that « Chargement… » is announced.
    return html`${this.renderContent(renderers)}
      <div role="status" class="irev-status" data-irev-status>
        ${this.statusReady && this.state === 'loading' ? renderLoading() : nothing}
      </div>`;
  }

  private renderContent(renderers: { ready: (view: V, pages: readonly LoadedPage<T>[]) => unknown; empty: () => unknown }): unknown {
    switch (this.reading?.status) {
      case 'complete': {
        const pages = this.pages;
        // Nothing to show yet while further pages are read to fill the view: the loading state, as the custom state says.
        if (!this.view || this.state === 'loading') return renderRoom(this.options.skeleton?.());
        const none = pages.every((page) => page.items.length === 0 && !page.unchecked);
        return none ? renderers.empty() : renderers.ready(this.view, pages);
      }
      case 'error':
        return renderError(toDataError(this.reading!.error), () => this.retry());
      default:
        return renderRoom(this.options.skeleton?.());
    }
  }

  /** The alert for a further page that could not be read, with its retry button. */
  renderMoreError(): unknown {
    return this.moreError ? html`<div class="more-error">${renderError(this.moreError, this.retryMore)}</div>` : nothing;
  }
}

/** The loading message with a spinner, shown inside the source's live region. */
function renderLoading(): TemplateResult {
  return html`<div part="status" class="irev-state irev-loading">
    <span class="irev-spinner" aria-hidden="true"></span>${msg('Chargement…', { id: 'state.loading' })}
  </div>`;
}

/**
 * While a source loads, `room` empty placeholders of an item's height (each element's `.irev-skeleton`) where the
 * items will come, so the page does not jump when they do; hidden from assistive technologies (the live region speaks).
 */
function renderRoom(room = 0): unknown {
  return room > 0
    ? html`<div class="irev-skeletons" aria-hidden="true">
        ${Array.from({ length: Math.min(room, 20) }, () => html`<div class="irev-skeleton"></div>`)}
      </div>`
    : nothing;
}

/** The error alert, in the visitor's words, with a retry button when asking again may help. */
export function renderError(error: DataError, retry?: () => void): TemplateResult {
  return html`<div part="error" class="irev-state irev-error" role="alert">
    <p>${describeError(error)}</p>
    ${
      retry && isRetryable(error)
        ? html`<button part="retry-button" class="irev-button" type="button" @click=${retry}>
            ${msg('Réessayer', { id: 'state.retry' })}
          </button>`
        : nothing
    }
  </div>`;
}
