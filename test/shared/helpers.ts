import { sendKeys } from '@web/test-runner-commands';
import { fixture } from '@open-wc/testing';
import { html } from 'lit';
import { clearDocumentCache } from '../../src/core/fetch-document.js';
import type { IrevElement, WidgetState } from '../../src/core/base-element.js';

/** URL of the test server's mock endpoint (see web-test-runner.config.mjs). */
export function mockUrl(params: Record<string, string | number>): string {
  return `/mock?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))}`;
}

/** A unique key, so that each test counts its own requests. */
export function uniqueKey(): string {
  return `k${Math.random().toString(36).slice(2)}${Date.now()}`;
}

export async function hitsOf(key: string): Promise<number> {
  const answer = await fetch(`/mock/hits?count=${key}`);
  return ((await answer.json()) as { hits: number }).hits;
}

export interface Mounted {
  /** Every `irev-*` event the element dispatched, in order, recorded from before it was connected. */
  events: CustomEvent[];
}

/** Creates `<tag attr=…>`, records its events, and connects it to the page (the fetch cache is cleared first). */
export async function mount<T extends IrevElement>(
  tag: string,
  attributes: Record<string, string | boolean>,
  options: { keepCache?: boolean; container?: HTMLElement } = {},
): Promise<T & Mounted> {
  if (!options.keepCache) clearDocumentCache();
  const container = options.container ?? (await fixture<HTMLDivElement>(html`<div></div>`));
  const element = document.createElement(tag) as T & Mounted;
  element.events = [];
  for (const name of ['irev-load', 'irev-error', 'irev-filter-change']) {
    element.addEventListener(name, (event) => element.events.push(event as CustomEvent));
  }
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  container.append(element);
  await element.updateComplete;
  return element;
}

/** Waits until the element shows `state` (custom state), or fails after `timeout` ms. */
export async function waitForState(element: IrevElement, state: WidgetState, timeout = 5000): Promise<void> {
  const start = performance.now();
  while (!element.hasState(state)) {
    if (performance.now() - start > timeout) {
      const shown = (['loading', 'error', 'empty', 'ready'] as const).filter((s) => element.hasState(s)).join(',') || 'none';
      throw new Error(`<${element.localName}> did not reach :state(${state}) within ${timeout} ms (it shows ${shown})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await element.updateComplete;
}

/** The text a visitor reads in the element's shadow root, with spaces collapsed. */
export function visibleText(element: Element): string {
  // Spaces of every kind read as one space, and the invisible word joiner of « 9 h 30 – 12 h 30 » as nothing.
  return (element.shadowRoot?.textContent ?? '')
    .replace(/\u2060/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Waits for the next event of that name on `target`. */
export function nextEvent<T = unknown>(target: EventTarget, name: string, timeout = 5000): Promise<CustomEvent<T>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${name} event within ${timeout} ms`)), timeout);
    target.addEventListener(
      name,
      (event) => {
        clearTimeout(timer);
        resolve(event as CustomEvent<T>);
      },
      { once: true },
    );
  });
}

/** Types `text` into the focused field, one key per command: WebKitGTK's WebDriver drops a key repeated within one sequence. */
export async function typeKeys(text: string): Promise<void> {
  for (const key of text) await sendKeys({ type: key });
}

/** Opens a page of its own in an iframe (a host page with its own policy or script tags); waits for it to load, or to be parsed. */
export async function openFrame(src: string, { until = 'load' }: { until?: 'load' | 'parsed' } = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  if (until === 'load') await loaded;
  else {
    // Parsed, not loaded: Firefox holds a page's load event while one of its module imports is pending.
    const parsed = () => frame.contentDocument?.URL.endsWith(src) && frame.contentDocument.readyState !== 'loading';
    const start = performance.now();
    while (!parsed()) {
      if (performance.now() - start > 5000) throw new Error(`${src} was not parsed within 5 s`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  return frame;
}

/** Waits until a frame shows at least `count` irev widgets, all in :state(ready), and returns them. */
export async function widgetsReady(frame: HTMLIFrameElement, count: number, timeout = 6000): Promise<Element[]> {
  const widgets = () => [...frame.contentDocument!.querySelectorAll('*')].filter((node) => node.localName.startsWith('irev-'));
  const start = performance.now();
  while (widgets().length < count || !widgets().every((widget) => widget.matches(':state(ready)'))) {
    if (performance.now() - start > timeout) {
      const states = widgets().map((w) => `${w.localName}${w.matches(':state(error)') ? ' (error)' : ''}`);
      throw new Error(`widgets not ready within ${timeout} ms: ${states.join(', ')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return widgets();
}

/** Lets one request held at `/mock?gate=KEY` answer (see web-test-runner.config.mjs). */
export async function release(gate: string): Promise<void> {
  await fetch(`/mock/release?gate=${encodeURIComponent(gate)}`);
}

/** Waits until the element left :state(loading) for ready, empty or error, and finished rendering. */
export async function settle<T extends IrevElement>(element: T, timeout = 5000): Promise<T> {
  const start = performance.now();
  while (!(['ready', 'empty', 'error'] as const).some((state) => element.hasState(state))) {
    if (performance.now() - start > timeout) throw new Error(`<${element.localName}> never left :state(loading)`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await element.updateComplete;
  return element;
}

type ConsoleLevel = 'warn' | 'error' | 'info' | 'log';

/**
 * Records what `console[level]` receives while `run` runs (each call's arguments joined as one line in `lines`, and as
 * given in `calls`), and puts the console back once it is over, whether `run` is async or not, throws or not.
 */
export function captureConsole<R>(level: ConsoleLevel, run: (lines: string[], calls: unknown[][]) => R): R {
  const lines: string[] = [];
  const calls: unknown[][] = [];
  const original = console[level];
  const restore = () => void (console[level] = original);
  console[level] = (...args: unknown[]) => {
    calls.push(args);
    lines.push(args.join(' '));
  };
  let result: R;
  try {
    result = run(lines, calls);
  } catch (error) {
    restore();
    throw error;
  }
  if (result instanceof Promise) return result.finally(restore) as R;
  restore();
  return result;
}
