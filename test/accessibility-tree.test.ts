import { expect, fixture, html } from '@open-wc/testing';
import { defineAll } from '../src/define-all.js';
import type { IrevElement } from '../src/core/base-element.js';
import { expectNoAxeViolations } from './shared/a11y.js';
import { accessibilityTree, nextFrame } from './shared/chromium.js';
import { mockUrl, mount, waitForState } from './shared/helpers.js';

defineAll();

const textOf = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

// RGAA 9.1 / 7.1: a screen reader's list of headings and links, taken at load without scrolling, holds every item of
// a long list, the ones far below the fold included (`content-visibility: auto` left them empty in Chromium's tree).
const lists: [string, Record<string, string>][] = [
  ['irev-news-feed', { src: mockUrl({ file: 'test/fixtures/news/long.json' }), limit: '50' }],
  ['irev-news-feed', { src: mockUrl({ file: 'test/fixtures/news/long.json' }), limit: '50', layout: 'compact' }],
  ['irev-events', { src: mockUrl({ file: 'test/fixtures/events/long.json' }), limit: '50', now: '2021-01-01', past: '' }],
  ['irev-cites-list', { src: mockUrl({ file: 'test/fixtures/cites/long.json' }) }],
];

describe('the accessibility tree of a long list, at load, without scrolling', () => {
  for (const [tag, attributes] of lists) {
    it(`<${tag}${attributes.layout ? ` layout="${attributes.layout}"` : ''}> exposes every heading and link, far below the fold too`, async () => {
      const page = await fixture<HTMLDivElement>(html`<div style="width: 700px"></div>`);
      const element = await mount<IrevElement>(tag, attributes, { container: page });
      await waitForState(element, 'ready');
      await nextFrame();
      const root = element.shadowRoot!;
      const headings = [...root.querySelectorAll<HTMLElement>('[role="heading"]')];
      // Links of a closed menu (« Ajouter à mon agenda ») are hidden until it opens, for everyone alike.
      const links = [...root.querySelectorAll<HTMLElement>('a[href]')].filter((link) => link.checkVisibility());
      expect(headings.length, 'headings in the DOM').to.be.at.least(40);
      expect(element.getBoundingClientRect().bottom, 'the list runs far below the fold').to.be.greaterThan(window.innerHeight * 3);
      // Every engine: nothing is left unrendered until scrolled to (content skipped by `content-visibility: auto` is not visible).
      const skipped = [...headings, ...links].filter((node) => !node.checkVisibility({ contentVisibilityAuto: true }));
      expect(skipped.length, 'headings and links skipped until scrolled to').to.equal(0);
      // Chromium only (CDP): what assistive technologies read. Other engines answer null and rely on the check above.
      const tree = await accessibilityTree();
      if (!tree) return;
      const named = (role: string) => tree.filter((node) => node.role === role && node.name.trim()).map((node) => node.name.trim());
      expect(named('heading')).to.include.members(headings.map(textOf));
      expect(named('link').length, 'links with a name').to.be.at.least(links.length);
      expect(named('link')).to.include(textOf(links.at(-1)!));
    });
  }
});

describe('names and landmarks a screen reader lists', () => {
  it('gives every « Ajouter à mon agenda » of an agenda its own name, naming its event (RGAA 7.1, 11.9)', async () => {
    const element = await mount<IrevElement>('irev-events', { src: mockUrl({ file: 'demo/data/events.json' }), now: '2021-01-01' });
    await waitForState(element, 'ready');
    await nextFrame();
    const titles = [...element.shadowRoot!.querySelectorAll('[part~="card"] [part~="title"]')].map((node) => textOf(node));
    const names = [...element.shadowRoot!.querySelectorAll('summary')].map((node) => textOf(node));
    expect(names.length).to.be.at.least(3);
    expect(new Set(names).size, 'distinct names').to.equal(names.length);
    names.forEach((name, i) => expect(name).to.equal(`Ajouter à mon agenda – ${titles[i]}`));
    // Chromium only (CDP): the names assistive technologies receive.
    const tree = await accessibilityTree();
    if (!tree) return;
    const text = ['StaticText', 'InlineTextBox'];
    const calendarButtons = tree
      .filter((node) => !text.includes(node.role) && node.name.startsWith('Ajouter à mon agenda'))
      .map((node) => node.name);
    expect(calendarButtons).to.include.members(names);
    expect(new Set(calendarButtons).size).to.equal(calendarButtons.length);
  });

  it('adds no landmark per département: two lists on one page give no two regions of one name (RGAA 9.2)', async () => {
    const src = mockUrl({ file: 'demo/data/cites.json' });
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    const lists = [await mount<IrevElement>('irev-cites-list', { src }, { container: page })];
    lists.push(await mount<IrevElement>('irev-cites-list', { src }, { container: page, keepCache: true }));
    await Promise.all(lists.map((list) => waitForState(list, 'ready')));
    await nextFrame();
    const landmarks =
      'main, nav, aside, header, footer, form, section[aria-label], section[aria-labelledby], [role="region"], [role="navigation"]';
    for (const list of lists) expect(list.shadowRoot!.querySelectorAll(landmarks).length, 'landmarks inside a list').to.equal(0);
    await expectNoAxeViolations(page);
    // Chromium only (CDP): no « Oise (60) » region, nor any other, comes from the lists.
    const tree = await accessibilityTree();
    if (!tree) return;
    expect(tree.filter((node) => node.role === 'region').map((node) => node.name)).to.deep.equal([]);
  });
});
