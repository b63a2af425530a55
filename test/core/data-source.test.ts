import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import * as z from 'zod/mini';
import { define, IrevElement } from '../../src/core/base-element.js';
import type { LoadContext, RawPage } from '../../src/core/collection.js';
import { DataSourceController } from '../../src/core/data-source.js';
import type { IrevLoadDetail } from '../../src/core/events.js';
import { mount, visibleText, waitForState, type Mounted } from '../shared/helpers.js';

const at = (name: string) => new URL(`/paged/${name}`, location.href).href;

/** A paginated source held in memory: each page answers when the test says so (or at once), aborted or not. */
const held = new Map<string, () => void>();
/** The signal each page was last read with. */
const signals = new Map<string, AbortSignal>();
let pages: Record<string, RawPage> = {};
let holdPages = new Set<string>();
async function loadPage(url: string, { signal }: LoadContext): Promise<RawPage> {
  const name = new URL(url).pathname.split('/').pop()!;
  signals.set(name, signal);
  if (holdPages.has(name)) await new Promise<void>((resolve) => held.set(name, resolve));
  return pages[name];
}
const page = (names: string[], next?: string): RawPage => ({
  items: names.map((name) => ({ name })),
  next: next && at(next),
  base: location.href,
});

/** Any paginated widget: it wants `wanted` items, and lets the source read up to two pages on its own to fill them. */
class PagedThings extends IrevElement {
  @property() src = '';
  @property({ attribute: false }) data?: unknown;
  @property({ type: Number }) timeout = 10000;
  @property({ type: Number }) wanted = 10;

  readonly source = new DataSourceController<{ name: string }, { shown: number; wantsMore: boolean; names: string[] }>(this, {
    schema: z.object({ name: z.string() }),
    collection: 'things',
    load: loadPage,
    follow: 2,
    view: (read) => {
      const names = read.flatMap((p) => p.items.map((item) => item.name));
      const shown = names.slice(0, this.wanted);
      return { shown: shown.length, wantsMore: names.length < this.wanted, names: shown };
    },
  });

  protected override render() {
    return this.source.render({ ready: ({ names }) => html`<p>${names.join(', ')}</p>`, empty: () => html`<p>rien</p>` });
  }
}
define('irev-test-paged', PagedThings);

type Paged = PagedThings & Mounted;
const loads = (element: Paged) =>
  element.events.filter((event) => event.type === 'irev-load').map((event) => event.detail as IrevLoadDetail);
const until = async (check: () => boolean, what: string) => {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > 3000) throw new Error(`never: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

describe('DataSourceController with a paginated source', () => {
  beforeEach(() => {
    pages = { p1: page(['un'], 'p2'), p2: page(['deux'], 'p3'), p3: page(['trois'], 'p4'), p4: page(['quatre']) };
    holdPages = new Set();
    held.clear();
    signals.clear();
  });

  it('reads again when src changes, in :state(loading) without the previous items until the new source answers', async () => {
    pages.other = page(['autre']);
    holdPages.add('other');
    const element = await mount<Paged>('irev-test-paged', { src: at('p4') });
    await waitForState(element, 'ready');
    element.src = at('other');
    await until(() => held.has('other'), 'the request for the new src');
    await element.updateComplete;
    expect(element.matches(':state(loading)')).to.equal(true);
    expect(visibleText(element))
      .to.match(/Chargement/)
      .and.not.contain('quatre');
    held.get('other')!();
    await waitForState(element, 'ready');
    expect(visibleText(element)).to.equal('autre');
    expect(loads(element)).to.deep.equal([
      { shown: 1, total: 1, invalid: 0 },
      { shown: 1, total: 1, invalid: 0 },
    ]);
  });

  it('aborts the read of a src replaced before it answered, and ignores its answer when it comes after the new one', async () => {
    pages.other = page(['autre']);
    holdPages.add('p4');
    const element = await mount<Paged>('irev-test-paged', { src: at('p4') });
    await until(() => held.has('p4'), 'the request for the first src');
    element.src = at('other');
    await waitForState(element, 'ready');
    expect(signals.get('p4')!.aborted, 'the first read aborted').to.equal(true);
    held.get('p4')!();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await element.updateComplete;
    expect(visibleText(element)).to.equal('autre');
    expect(element.matches(':state(ready)')).to.equal(true);
    expect(loads(element)).to.have.length(1);
  });

  it('reads next pages on its own while the view wants more, `follow` at most, and reports each in irev-load', async () => {
    const element = await mount<Paged>('irev-test-paged', { src: at('p1') });
    await until(() => loads(element).length === 3, 'three pages read');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(visibleText(element)).to.equal('un, deux, trois');
    expect(element.source.nextUrl).to.equal(at('p4'));
    expect(loads(element)).to.deep.equal([
      { shown: 1, total: 1, invalid: 0 },
      { shown: 2, total: 2, invalid: 0 },
      { shown: 3, total: 3, invalid: 0 },
    ]);
    await element.source.loadMore();
    await until(() => loads(element).length === 4, 'the page asked for');
    expect(visibleText(element)).to.equal('un, deux, trois, quatre');
    expect(element.source.nextUrl).to.equal(undefined);
  });

  it('reads no further page when the view is full', async () => {
    const element = await mount<Paged>('irev-test-paged', { src: at('p1'), wanted: '1' });
    await waitForState(element, 'ready');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(loads(element)).to.deep.equal([{ shown: 1, total: 1, invalid: 0 }]);
    expect(element.source.pages).to.have.length(1);
  });

  it('stays in :state(loading) while an empty first page is followed by the next, then shows it', async () => {
    pages.p1 = page([], 'p2');
    holdPages.add('p2');
    const element = await mount<Paged>('irev-test-paged', { src: at('p1') });
    await until(() => held.has('p2'), 'the request for page 2');
    await element.updateComplete;
    expect(element.matches(':state(loading)')).to.equal(true);
    expect(visibleText(element)).to.match(/Chargement/);
    held.get('p2')!();
    await waitForState(element, 'ready');
    expect(visibleText(element)).to.contain('deux');
  });

  it('takes :state(empty) when no page holds an item', async () => {
    pages.p1 = page([]);
    const element = await mount<Paged>('irev-test-paged', { src: at('p1') });
    await waitForState(element, 'empty');
    expect(visibleText(element)).to.equal('rien');
    expect(loads(element)).to.deep.equal([{ shown: 0, total: 0, invalid: 0 }]);
  });
});
