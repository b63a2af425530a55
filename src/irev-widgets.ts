// The script-tag entry, a small loader (as Shoelace's autoloader): `<script type="module" src="irev-widgets.js">`
// imports the module of each element, from beside this file, when its tag or a mount point naming it first appears in
// the page's light DOM, now or later (an element whose shadow root held another of ours would import that one itself). Lit, zod/mini and the core are one
// shared file; English messages load only where a widget asks for English. Each widget's data file, English and every
// file its element imports are asked for at once, as soon as the widget is seen (src/core/prefetch.ts,
// scripts/vite-parallel-imports.mjs). Nothing reaches the page's global scope.
import { widgetName, widgetNames, type WidgetName } from './core/registry.js';
import { requestEarly } from './core/prefetch.js';
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
let mounts: Promise<unknown> | undefined;

/** Imports an element's module once; after a failure (a file missing or offline), the next appearance asks again. */
function request(name: string): void {
  if (requested.has(name) || !(widgetNames as readonly string[]).includes(name)) return;
  requested.add(name);
  importOnce(name, modules[name as WidgetName]).catch((error: unknown) => {
    requested.delete(name);
    console.error(`irev-widgets: the file of <irev-${name}> did not load from beside irev-widgets.js.`, error);
  });
}

let english: Promise<unknown> | undefined;
function importEnglish(): Promise<unknown> {
  return import('./generated/locales/en.js').catch(() => (english = undefined));
}

/** Loads what `element` needs: its own module, or, for a mount point, the mount-point reader and the named element. */
function need(element: Element): void {
  const mount = element.hasAttribute(MOUNT);
  const name = mount ? widgetName(element.getAttribute(MOUNT)) : element.localName.slice(5);
  // Its data is asked for now, with its files, unless its element is already there and asks for it itself.
  if ((widgetNames as readonly string[]).includes(name) && !customElements.get(`irev-${name}`)) {
    requestEarly(element, name, (attribute) => element.getAttribute(mount ? `data-${attribute}` : attribute));
  }
  // English comes with the element's files rather than after them (the widget waits for its language before showing).
  if (/^en(?:[-_]|$)/i.test(element.closest('[lang]')?.getAttribute('lang')?.trim() ?? '')) english ??= importEnglish();
  request(name);
  if (!mount) return;
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

// Room first: the widgets keep their place from the first frame, before their modules load. Then our elements in the
// page now, and those added to it later.
keepRoom();
observer.observe(document, { childList: true, subtree: true });
discover(document);
