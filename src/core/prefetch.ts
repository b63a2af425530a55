// The data request a widget will make, started by the loader (irev-widgets.js) as soon as it sees the widget, while the
// widget's files download: on a phone that is one or two round trips and the file's download saved before the first
// item shows. The widget's own request (fetch-document.ts) then takes it over instead of asking again. A
// `<link rel="preload" as="fetch">` would say the same to the browser, but WebKit requests such a file a second time.
// No import here: the loader gets a copy of this file of its own (vite.config.ts); the two copies meet on `document`.

/** `Accept` of each source format's request (`irev`, the project's JSON, for every widget; RSS and JSON:API for news). */
export const ACCEPT = {
  irev: 'application/json',
  rss: 'application/rss+xml, application/xml;q=0.9, text/xml;q=0.8',
  jsonapi: 'application/vnd.api+json',
} as const;

/** A document's answer with its body read: `response.ok`, `url` and headers are the widget's to look at. */
export interface Answer {
  response: Response;
  body: string;
}

/** A request started early, until a widget takes it over. */
interface EarlyRequest {
  answer: Promise<Answer>;
  controller: AbortController;
  taken: boolean;
}

/** How long an early request waits to be taken over before it is cancelled (a widget removed before it loaded). */
const UNCLAIMED_MS = 60_000;

/** The page's early requests, by `Accept` and absolute URL: the loader's copy of this file writes, the widgets' reads. */
const KEY = Symbol.for('irev-widgets.early-requests');

function earlyRequests(): Map<string, EarlyRequest> {
  const holder = document as unknown as Record<symbol, unknown>;
  if (!(holder[KEY] instanceof Map)) holder[KEY] = new Map();
  return holder[KEY] as Map<string, EarlyRequest>;
}

/** One request per `Accept` and URL: the key of fetch-document's shared requests as of the early ones. */
export const requestKey = (accept: string, url: string): string => `${accept} ${url}`;

/**
 * The fetch every JSON, RSS or JSON:API document is read with (fetch-document.ts), here so that both send the same.
 * The body is read as it arrives: left unread while the widget's files download and run, a large file waits in the
 * network's buffer, and the last of it only comes once the widget asks for it (600 KB of events: ~100 ms later).
 */
export const requestDocument = (url: string, accept: string, signal: AbortSignal): Promise<Answer> =>
  fetch(url, { headers: { Accept: accept }, signal, credentials: 'same-origin' }).then((response) =>
    response.text().then((body) => ({ response, body })),
  );

/**
 * Starts the request of a widget the loader has just seen, when it will read a document: `src` (or a mount point's
 * `data-src`) on http(s), no `.data` set on it already. `read(name)` gives the value of one of its attributes.
 */
export function requestEarly(element: Element, widget: string, read: (name: string) => string | null): void {
  const src = read('src')?.trim();
  if (!src || Object.hasOwn(element, 'data')) return;
  let url: URL;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    return;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return;
  const format = widget === 'news-feed' ? (read('format') ?? '').trim().toLowerCase() : 'irev';
  const accept = Object.hasOwn(ACCEPT, format) ? ACCEPT[format as keyof typeof ACCEPT] : ACCEPT.irev;
  const key = requestKey(accept, url.href);
  const requests = earlyRequests();
  if (requests.has(key)) return;
  const controller = new AbortController();
  const answer = requestDocument(url.href, accept, controller.signal);
  // Its failure is the widget's to report, when it takes the request over; unclaimed, it is nobody's.
  answer.catch(() => {});
  const early: EarlyRequest = { answer, controller, taken: false };
  requests.set(key, early);
  setTimeout(() => {
    if (early.taken) return;
    requests.delete(key);
    controller.abort();
  }, UNCLAIMED_MS);
}

/** The early request for `key`, once: the widget that takes it over owns its answer and its cancelling. */
export function takeEarly(key: string): { answer: Promise<Answer>; controller: AbortController } | undefined {
  const early = earlyRequests().get(key);
  if (!early || early.taken || !(early.controller instanceof AbortController)) return undefined;
  early.taken = true;
  return early;
}
