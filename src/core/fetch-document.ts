import { DataError } from './data-error.js';
import { parseInert } from './inert.js';

export interface FetchedDocument {
  /** The final URL, after redirects: relative links in the document resolve against it. */
  url: string;
  contentType: string;
  body: string;
}

export interface FetchOptions {
  accept: string;
  /** Milliseconds before the request is given up. */
  timeout: number;
}

// One request per distinct URL (and Accept) per page: every widget that reads it shares the answer.
const documents = new Map<string, Promise<FetchedDocument>>();

async function request(url: string, { accept, timeout }: FetchOptions): Promise<FetchedDocument> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  try {
    const response = await fetch(url, { headers: { Accept: accept }, signal: controller.signal, credentials: 'same-origin' });
    if (!response.ok) throw new DataError('http', `HTTP ${response.status} for ${url}`, response.status);
    const body = await response.text();
    return { url: response.url || url, contentType: response.headers.get('content-type') ?? '', body };
  } catch (error) {
    if (error instanceof DataError) throw error;
    if (timedOut) throw new DataError('timeout', `No answer from ${url} within ${timeout} ms`);
    throw new DataError('network', `Could not reach ${url}: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    clearTimeout(timer);
  }
}

/** Waits for `promise`, or rejects with the signal's reason as soon as the caller stops waiting. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * Fetches a document once per page. Failed requests are forgotten, so a retry asks again;
 * a widget that stops waiting (`signal`) leaves the shared request running for the others.
 */
export function fetchDocument(url: string, options: FetchOptions, signal?: AbortSignal): Promise<FetchedDocument> {
  const key = `${options.accept} ${url}`;
  let pending = documents.get(key);
  if (!pending) {
    pending = request(url, options);
    documents.set(key, pending);
    pending.catch(() => {
      if (documents.get(key) === pending) documents.delete(key);
    });
  }
  return untilAborted(pending, signal);
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

/** Parses an XML body (RSS) with the browser's own parser; as for JSON, the body decides, not the Content-Type. */
export function parseXml(doc: FetchedDocument): XMLDocument {
  const htmlPage = () => new DataError('parse', `${doc.url} answered with an HTML page, not XML`, undefined, 'html');
  if (/^\s*<(?:!doctype html|html[\s>])/i.test(doc.body)) throw htmlPage();
  const xml = parseInert(doc.body, 'application/xml');
  const error = xml.querySelector('parsererror');
  if (error && /\btext\/html\b/i.test(doc.contentType)) throw htmlPage();
  if (error) throw new DataError('parse', `${doc.url} is not well-formed XML: ${error.textContent?.trim() ?? ''}`);
  return xml;
}
