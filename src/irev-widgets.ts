// The script-tag entry, a small loader (as Shoelace's autoloader): `<script type="module" src="irev-widgets.js">`
// imports the module of each element, from beside this file, when its tag or a mount point naming it first appears in
// the page, in light DOM or in the shadow root of one of our elements, now or later. Lit, zod/mini and the core are one
// shared file; English messages load only where a widget asks for English. Nothing reaches the page's global scope.
import { widgetName, widgetNames, type WidgetName } from './core/registry.js';
import { keepRoom } from './core/room.js';

const modules: Record<WidgetName, () => Promise<unknown>> = {
  'cites-list': () => import('./components/cites-list/define.js'),
  'event-card': () => import('./components/event-card/define.js'),
  events: () => import('./components/events/define.js'),
  'news-feed': () => import('./components/news-feed/define.js'),
  'registration-form': () => import('./components/registration-form/define.js'),
};

/** The retry query of scripts/vite-host-proof.mjs: a module that failed loads again under a URL of its own. */
const meta = import.meta as ImportMeta & { irevRetryQuery?: string };
const failures = new Map<string, number>();

function importOnce(key: string, load: () => Promise<unknown>): Promise<unknown> {
  const failed = failures.get(key) ?? 0;
  meta.irevRetryQuery = failed > 0 ? `?retry=${failed}` : '';
  try {
    return load().catch((error: unknown) => {
      failures.set(key, failed + 1);
      throw error;
    });
  } finally {
    meta.irevRetryQuery = '';
  }
}

const MOUNT = 'data-irev-widget';
const SELECTOR = [...widgetNames.map((name) => `irev-${name}`), `[${MOUNT}]`].join(',');
const requested = new Set<string>();
const watched = new WeakSet<Node>();
let mounts: Promise<unknown> | undefined;

/** The shared core file, asked for with the first element's own file rather than after it (one round trip less). */
let core: Promise<unknown> | undefined;

/** Imports an element's module once; after a failure (a file missing or offline), the next appearance asks again. */
function request(name: string): void {
  if (requested.has(name) || !(widgetNames as readonly string[]).includes(name)) return;
  requested.add(name);
  core ??= import('./core/base-element.js').catch(() => (core = undefined));
  importOnce(name, modules[name as WidgetName]).catch((error: unknown) => {
    requested.delete(name);
    console.error(`irev-widgets: the file of <irev-${name}> did not load from beside irev-widgets.js.`, error);
  });
}

/** Loads what `element` needs: its own module, or, for a mount point, the mount-point reader and the named element. */
function need(element: Element): void {
  if (!element.hasAttribute(MOUNT)) {
    request(element.localName.slice(5));
    // Its shadow root may hold more of our elements (a form's event card): watched once the element renders.
    customElements.whenDefined(element.localName).then(() => element.shadowRoot && watch(element.shadowRoot));
    return;
  }
  request(widgetName(element.getAttribute(MOUNT)));
  mounts ??= importOnce(MOUNT, () => import('./core/mount-all.js')).catch((error: unknown) => {
    mounts = undefined;
    console.error('irev-widgets: the mount points could not be read.', error);
  });
}

function discover(root: ParentNode): void {
  if (root instanceof Element && root.matches(SELECTOR)) need(root);
  root.querySelectorAll(SELECTOR).forEach(need);
}

const observer = new MutationObserver((records) => {
  for (const record of records) record.addedNodes.forEach((node) => node instanceof Element && discover(node));
});

/** Looks for our elements in `root` now, and in what is added to it later. */
function watch(root: Document | ShadowRoot): void {
  if (watched.has(root)) return;
  watched.add(root);
  observer.observe(root, { childList: true, subtree: true });
  discover(root);
}

// Room first: the widgets keep their place from the first frame, before their modules load.
keepRoom();
watch(document);
