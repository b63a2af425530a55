import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import type * as z from 'zod/mini';
import type { IrevElement } from './base-element.js';
import { DataError, describeError, editorHint, isRetryable, toDataError } from './data-error.js';
import { fetchDocument, parseJson } from './fetch-document.js';
import { TIMEOUT, wholeNumber } from './hints.js';
import { validateItems, type InvalidItem } from './validate.js';

/** A list of raw items read from a document, before validation. */
export interface RawPage {
  items: unknown[];
  /** URL of the next page, when the source is paginated (JSON:API `links.next`). */
  next?: string;
  /** URL that relative links in the items resolve against. */
  base: string;
}

export interface LoadedPage<T> {
  items: T[];
  invalid: InvalidItem[];
  next?: string;
  base: string;
}

export interface LoadContext {
  signal: AbortSignal;
  timeout: number;
}

/** The element a data source serves: `src` or a `.data` value, and a request time-out. */
export interface DataHost extends IrevElement {
  src: string;
  data?: unknown;
  timeout: number;
}

export interface DataSourceOptions<T> {
  /** The zod/mini schema every item must pass. */
  schema: z.ZodMiniType<T>;
  /** Key of the list in the project's JSON file (`{"cites": [...]}`); a bare array is read as well. */
  collection: string;
  /** Reads a source URL; defaults to the project's JSON format. */
  load?: (url: string, context: LoadContext) => Promise<RawPage>;
  /** Reads a `.data` value; defaults to the project's JSON format. */
  fromData?: (data: unknown) => RawPage | Promise<RawPage>;
  /** Further values the load depends on (a format, a filter sent to the server). */
  args?: () => readonly unknown[];
}

/** Finds the list in a project JSON document: a bare array or `{ [collection]: [...] }`. */
export function collectionOf(document: unknown, collection: string, base: string): RawPage {
  const list = Array.isArray(document) ? document : (document as Record<string, unknown> | null)?.[collection];
  if (!Array.isArray(list)) {
    throw new DataError('schema', `Expected an array or an object with a "${collection}" array`);
  }
  return { items: list, base };
}

const reportedSources = new Set<string>();

/** Tells the site editor once per source, in the console, which items were left out and why. */
export function reportInvalid(source: string, invalid: readonly InvalidItem[]): void {
  if (invalid.length === 0 || reportedSources.has(source)) return;
  reportedSources.add(source);
  const count = invalid.length;
  const lines = invalid.map((item) => `  [${item.index}] ${item.path}: ${item.reason}`).join('\n');
  console.warn(
    `irev-widgets: ${msg(str`${count} élément(s) ignoré(s) car invalide(s) dans ${source}`, { id: 'console.invalid-items' })}\n${lines}`,
  );
}

/**
 * Tells the console and the page (`irev-error`) that a widget's data could not be read: the visitor's message, and for
 * the site editor what to check; gives the error as a DataError.
 */
export function reportError(host: IrevElement, error: unknown): DataError {
  const dataError = toDataError(error);
  const hint = editorHint(dataError);
  // A bug keeps its stack for whoever reports it; the rest is one line the editor can act on.
  const cause = dataError.kind === 'unexpected' && error instanceof Error ? [error] : [];
  console.error(`irev-widgets <${host.localName}>: ${hint} (${dataError.message})`, ...cause);
  host.emit('irev-error', { kind: dataError.kind, status: dataError.status, message: describeError(dataError), hint });
  return dataError;
}

/**
 * Reads, validates and tracks the data of a widget, through the four states
 * (loading, error, empty, ready) shown as custom states, as UI and as `irev-load` / `irev-error` events.
 * One request per distinct `src` per page: widgets that read the same file share it.
 */
export class DataSourceController<T> implements ReactiveController {
  readonly task: Task<readonly unknown[], LoadedPage<T>>;

  constructor(
    private readonly host: DataHost,
    private readonly options: DataSourceOptions<T>,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      args: () => [host.src, host.data, ...(options.args?.() ?? [])] as const,
      task: ([src, data], { signal }) => this.load(src as string, data, signal),
      onComplete: (page) => {
        reportInvalid(this.host.src || '.data', page.invalid);
        this.host.emit('irev-load', { count: page.items.length, invalid: page.invalid.length });
      },
      onError: (error) => reportError(this.host, error),
    });
  }

  private async load(src: string, data: unknown, signal: AbortSignal): Promise<LoadedPage<T>> {
    let page: RawPage;
    if (data !== undefined && data !== null) {
      page = await (this.options.fromData ?? ((d) => collectionOf(d, this.options.collection, document.baseURI)))(data);
    } else if (src && src.trim()) {
      const url = new URL(src.trim(), document.baseURI).href;
      page = await (this.options.load ?? this.loadJson)(url, { signal, timeout: this.timeout });
    } else {
      throw new DataError('config', 'Neither a src attribute nor a .data property was given');
    }
    return this.validate(page);
  }

  private loadJson = async (url: string, { signal, timeout }: LoadContext): Promise<RawPage> => {
    const doc = await fetchDocument(url, { accept: 'application/json', timeout }, signal);
    return collectionOf(parseJson(doc), this.options.collection, doc.url);
  };

  /** Validates a raw page with the element's schema. */
  validate(page: RawPage): LoadedPage<T> {
    const { items, invalid } = validateItems(this.options.schema, page.items);
    return { items, invalid, next: page.next, base: page.base };
  }

  /** Milliseconds before a request is given up: the host's `timeout`, or the default when it is not a usable number. */
  get timeout(): number {
    return wholeNumber(this.host, 'timeout', this.host.timeout, TIMEOUT);
  }

  /** The state the widget is in, for custom states and styling. */
  get state(): 'loading' | 'error' | 'empty' | 'ready' {
    switch (this.task.status) {
      case TaskStatus.ERROR:
        return 'error';
      case TaskStatus.COMPLETE:
        return this.task.value!.items.length === 0 ? 'empty' : 'ready';
      default:
        return 'loading';
    }
  }

  get value(): LoadedPage<T> | undefined {
    return this.task.value;
  }

  /** Asks the source again (the retry button). */
  retry(): void {
    void this.task.run();
  }

  hostUpdate(): void {
    this.host.setState(this.state);
  }

  /** The loading, error and empty UI; `ready` renders the data. */
  render(renderers: { ready: (page: LoadedPage<T>) => unknown; empty: () => unknown }): unknown {
    switch (this.state) {
      case 'loading':
        return renderLoading();
      case 'error': {
        const error = toDataError(this.task.error);
        return renderError(error, () => this.retry());
      }
      case 'empty':
        return renderers.empty();
      case 'ready':
        return renderers.ready(this.task.value!);
    }
  }
}

/** The loading message (a polite status with a spinner), for a whole source or a further page of it. */
export function renderLoading(): TemplateResult {
  return html`<div part="status" class="irev-state irev-loading" role="status">
    <span class="irev-spinner" aria-hidden="true"></span>${msg('Chargement…', { id: 'state.loading' })}
  </div>`;
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
