import { DataError } from './data-error.js';
import { within } from './deadline.js';

/**
 * The optional parts of the library, each a file beside irev-widgets.js in the built bundle. Their imports are written
 * here, in the module that sets the retry query: in the built files, `import.meta` is the chunk's own.
 */
const optionalParts = {
  rss: () => import('./adapters/rss.js'),
  jsonapi: () => import('./adapters/jsonapi.js'),
  sanitize: () => import('./adapters/sanitize.js'),
  jsonld: () => import('./jsonld.js'),
  transport: () => import('./registration/transport.js'),
  calendar: () => import('../components/event-card/calendar-menu.js'),
};

export type OptionalPart = keyof typeof optionalParts;
type PartModule<K extends OptionalPart> = Awaited<ReturnType<(typeof optionalParts)[K]>>;

interface PartLoad {
  /** The import under way or done, shared by every widget that needs the part. */
  pending?: Promise<unknown>;
  /** How many times it was asked again after a failure: the query that makes its URL new. */
  retries: number;
}

const parts = new Map<OptionalPart, PartLoad>();

/**
 * In the built bundle, every `import("./irev-widgets-….js")` appends `import.meta.irevRetryQuery` to its URL
 * (scripts/vite-host-proof.mjs). The browser keeps a failed or hanging module request for its URL, so a retry
 * only reaches the server under a URL of its own (`?retry=1`); the first load uses the plain URL, which stays cached.
 */
const meta = import.meta as ImportMeta & { irevRetryQuery?: string };

function start<T>(part: PartLoad, load: () => Promise<T>): Promise<T> {
  meta.irevRetryQuery = part.retries > 0 ? `?retry=${part.retries}` : '';
  try {
    return load();
  } finally {
    meta.irevRetryQuery = '';
  }
}

/**
 * Loads an optional part of the library (the RSS and Drupal readers, the sanitizer, the JSON-LD writer, the form's
 * transport) from the files beside irev-widgets.js, waiting at most `timeout` ms like the widget's data (see
 * `within`). A missing file is the webmaster's to fix, so it is said plainly; after a failure or a time-out the next
 * call really asks again.
 */
export async function loadModule<K extends OptionalPart, T = PartModule<K>>(
  name: K,
  timeout: number,
  load: () => Promise<T> = optionalParts[name] as () => Promise<T>,
): Promise<T> {
  let part = parts.get(name);
  if (!part) parts.set(name, (part = { retries: 0 }));
  part.pending ??= start(part, load);
  const pending = part.pending as Promise<T>;
  const failed = () => {
    if (part.pending !== pending) return;
    part.pending = undefined;
    part.retries += 1;
  };
  try {
    return await within(
      pending,
      timeout,
      () => new DataError('timeout', `The ${name} file of irev-widgets did not load within ${timeout} ms`, undefined, 'module'),
    );
  } catch (error) {
    failed();
    if (error instanceof DataError) throw error;
    throw new DataError(
      'config',
      `A file of irev-widgets is missing beside irev-widgets.js: ${(error as Error).message}`,
      undefined,
      'module',
    );
  }
}
