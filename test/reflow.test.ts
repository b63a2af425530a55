import { expect, fixture, html } from '@open-wc/testing';
import { defineAll } from '../src/define-all.js';
import type { IrevElement } from '../src/core/base-element.js';
import { mockUrl, mount, waitForState } from './shared/helpers.js';

defineAll();

// RGAA 10.11 / WCAG 1.4.10: at 320 CSS px (a phone, or 1280 px zoomed to 400 %) content reflows without scrolling sideways.
const widgets: [string, Record<string, string | boolean>][] = [
  ['irev-cites-list', { src: mockUrl({ file: 'test/fixtures/cites/long.json' }), search: true, filters: true, layout: 'grid' }],
  ['irev-event-card', { src: mockUrl({ file: 'test/fixtures/events/long.json' }), event: 'longue', now: '2021-03-01' }],
  ['irev-events', { src: mockUrl({ file: 'demo/data/events.json' }), now: '2021-03-01', past: true }],
  ['irev-news-feed', { src: mockUrl({ file: 'test/fixtures/news/long.json' }), layout: 'cards', 'clickable-themes': true }],
  ['irev-news-feed', { src: mockUrl({ file: 'test/fixtures/news/long.json' }), layout: 'list' }],
];

describe('on a 320 px wide screen', () => {
  for (const [tag, attributes] of widgets) {
    it(`<${tag}${attributes.layout ? ` layout="${attributes.layout}"` : ''}> never needs a horizontal scroll`, async () => {
      const page = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
      const element = await mount<IrevElement>(tag, attributes, { container: page });
      await waitForState(element, 'ready');
      const wider = [...element.shadowRoot!.querySelectorAll<HTMLElement>('*')]
        .filter((node) => node.getBoundingClientRect().right > page.getBoundingClientRect().right + 0.5)
        .map((node) => `${node.localName}.${node.className}`);
      expect(wider, 'elements sticking out of 320 px').to.deep.equal([]);
      expect(element.scrollWidth).to.be.at.most(page.clientWidth);
    });
  }
});
