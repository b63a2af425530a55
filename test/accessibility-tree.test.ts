import { expect, fixture, html } from '@open-wc/testing';
import { defineAll } from '../src/define-all.js';
import type { IrevElement } from '../src/core/base-element.js';
import { accessibilityTree, nextFrame } from './shared/chromium.js';
import { mockUrl, mount, waitForState } from './shared/helpers.js';

defineAll();

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
      const textOf = (node: HTMLElement) => node.textContent!.replace(/\s+/g, ' ').trim();
      expect(named('heading')).to.include.members(headings.map(textOf));
      expect(named('link').length, 'links with a name').to.be.at.least(links.length);
      expect(named('link')).to.include(textOf(links.at(-1)!));
    });
  }
});
