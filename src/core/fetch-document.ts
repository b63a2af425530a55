import { DataError } from './data-error.js';
import { within } from './deadline.js';
import { requestDocument, requestKey, takeEarly, type Answer } from './prefetch.js';

export interface FetchedDocument {
  /** The final URL, after redirects: relative links in the document resolve against it. */
  url: string;
  contentType: string;
  body: string;
}

export interface FetchOptions {
  accept: string;
  /** Milliseconds this caller waits for the answer (see `within`); the shared request itself is not limited. */
  timeout: number;
}

/** A request shared by every widget that reads its URL, and how many of them still wait for it. */
interface SharedRequest {
  promise: Promise<FetchedDocument>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}

// One request per distinct URL (and Accept) per page: every widget that reads it shares the answer.
const documents = new Map<string, SharedRequest>();

/** Reads the answer of a request: `started` when the loader had already sent it (see prefetch.ts). */
async function request(url: string, accept: string, signal: AbortSignal, started?: Promise<Answer>): Promise<FetchedDocument> {
  try {
    const { response, body } = await (started ?? requestDocument(url, accept, signal));
    if (!response.ok) throw new DataError('http', `HTTP ${response.status} for ${url}`, response.status);
    return { url: response.url || url, contentType: response.headers.get('content-type') ?? '', body };
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw new DataError('network', `Could not reach ${url}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function forget(key: string, shared: SharedRequest): void {
  if (documents.get(key) === shared) documents.delete(key);
}

/** One widget's wait, with its own time-out: the request goes on for the others, and is cancelled when none waits. */
async function waitFor(key: string, shared: SharedRequest, url: string, timeout: number, signal?: AbortSignal): Promise<FetchedDocument> {
  shared.waiting += 1;
  try {
    return await within(shared.promise, timeout, () => new DataError('timeout', `No answer from ${url} within ${timeout} ms`), signal);
  } finally {
    shared.waiting -= 1;
    if (shared.waiting === 0 && !shared.settled) {
      // Nobody waits for this answer any more: a retry or a later widget asks again rather than joining a stalled request.
      forget(key, shared);
      shared.controller.abort();
    }
  }
}

/**
 * Fetches a document once per page. Failed requests are forgotten, so a retry asks again. Each widget waits with its
 * own time-out (and `signal`): one that gives up leaves the shared request running for the others.
 */
export function fetchDocument(url: string, options: FetchOptions, signal?: AbortSignal): Promise<FetchedDocument> {
  const key = requestKey(options.accept, url);
  let shared = documents.get(key);
  if (!shared) {
    const early = takeEarly(key);
    const controller = early?.controller ?? new AbortController();
    const entry: SharedRequest = {
      promise: request(url, options.accept, controller.signal, early?.answer),
      controller,
      waiting: 0,
      settled: false,
    };
    entry.promise.then(
      () => (entry.settled = true),
      () => {
        entry.settled = true;
        forget(key, entry);
      },
    );
    documents.set(key, entry);
    shared = entry;
  }
  return waitFor(key, shared, url, options.timeout, signal);
}

/** Forgets every fetched document (tests, or a page that knows its data changed). */
export function clearDocumentCache(): void {
  documents.clear();
}

/**
 * Parses a JSON body, telling an HTML page or a truncated file apart for the editor. The body decides, not the
 * Content-Type: PHP serves everything as `text/html` unless told otherwise, and valid JSON is JSON.
 */
export function parseJson(doc: FetchedDocument): unknown {
  const htmlPage = () => new DataError('parse', `${doc.url} answered with an HTML page, not JSON`, undefined, 'html');
  if (doc.body.trimStart().startsWith('<')) throw htmlPage();
  try {
    return JSON.parse(doc.body);
  } catch (error) {
    if (/\bhtml\b/i.test(doc.contentType)) throw htmlPage();
    throw new DataError('parse', `${doc.url} is not valid JSON: ${(error as Error).message}`);
  }
}
