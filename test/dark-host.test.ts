import { expect, fixture, html } from '@open-wc/testing';
import { defineAll } from '../src/define-all.js';
import type { IrevElement } from '../src/core/base-element.js';
import { expectNoAxeViolations } from './shared/a11y.js';
import { nextFrame } from './shared/chromium.js';
import { mockUrl, mount, waitForState } from './shared/helpers.js';

defineAll();

// A host page in dark mode (`color-scheme: dark` and a dark background), with no token set: every widget follows it
// with its own dark defaults (light-dark()), every text readable (WCAG 1.4.3), axe clean; `--irev-color-scheme` forces one.
const events = mockUrl({ file: 'demo/data/events.json' });
const widgets: [string, Record<string, string | boolean>][] = [
  ['irev-cites-list', { src: mockUrl({ file: 'demo/data/cites.json' }), search: true, filters: true }],
  ['irev-event-card', { src: events, event: 'rencontre-13-cites-2021-03-09', now: '2021-03-01' }],
  ['irev-events', { src: events, now: '2021-03-01', past: true }],
  ['irev-news-feed', { src: mockUrl({ file: 'demo/data/news.json' }), 'clickable-themes': true, limit: '4' }],
  ['irev-news-feed', { src: mockUrl({ file: 'demo/data/news.json' }), layout: 'cards', limit: '4' }],
  ['irev-registration-form', { src: events, now: '2021-02-01', action: '/api/registrations', 'privacy-href': '/confidentialite' }],
  ['irev-cites-list', { src: mockUrl({ status: 503 }) }],
];
const DARK_PAGE = 'color-scheme: dark; background: #121212; color: #e0e0e0; width: 760px; padding: 8px';

type Rgba = [number, number, number, number];
function rgba(value: string): Rgba {
  const numbers = value.match(/[\d.]+/g)!.map(Number);
  return [numbers[0], numbers[1], numbers[2], numbers[3] ?? 1];
}
function luminance([r, g, b]: Rgba): number {
  const linear = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}
const contrast = (a: Rgba, b: Rgba) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
};
/** The colour painted behind a node: the first opaque background up the flat tree (the page's at worst). */
function backgroundOf(node: Element): Rgba {
  for (let box: Element | null = node; box; box = box.parentElement ?? ((box.getRootNode() as ShadowRoot).host || null)) {
    const colour = rgba(getComputedStyle(box).backgroundColor);
    if (colour[3] > 0.99) return colour;
  }
  return [255, 255, 255, 1];
}

/** Every visible text of the widget whose colour on what is behind it falls under 4.5:1. */
function unreadable(element: Element): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(element.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const parent = text.parentElement!;
    if (!text.textContent!.trim() || parent.closest('.visually-hidden, .trap') || !parent.checkVisibility()) continue;
    const ratio = contrast(rgba(getComputedStyle(parent).color), backgroundOf(parent));
    if (ratio < 4.5)
      found.push(`« ${text.textContent!.trim().slice(0, 30)} » in ${parent.localName}.${parent.className}: ${ratio.toFixed(2)}`);
  }
  return found;
}

const label = (tag: string, attributes: Record<string, string | boolean>) =>
  `<${tag}${attributes.layout ? ` layout="${attributes.layout}"` : ''}${String(attributes.src).includes('status=503') ? ' (error)' : ''}>`;

async function mountIn(style: string, tag: string, attributes: Record<string, string | boolean>) {
  const page = await fixture<HTMLDivElement>(html`<div style=${style}></div>`);
  const element = await mount<IrevElement>(tag, attributes, { container: page });
  await waitForState(element, String(attributes.src).includes('status=503') ? 'error' : 'ready');
  await nextFrame();
  return { page, element };
}

/** The luminance of the surface of the widget's first card, field or state box. */
const surface = (element: Element) =>
  luminance(backgroundOf(element.shadowRoot!.querySelector('.irev-item, .irev-state, .event, input, .cite, .card, .item')!));

describe('in a dark host page, with no token set', () => {
  for (const [tag, attributes] of widgets) {
    it(`${label(tag, attributes)} turns dark, every text at 4.5:1 or more, and passes axe`, async () => {
      const { page, element } = await mountIn(DARK_PAGE, tag, attributes);
      expect(getComputedStyle(element).colorScheme).to.equal('dark');
      expect(surface(element), 'a dark surface').to.be.below(0.05);
      expect(unreadable(element)).to.deep.equal([]);
      await expectNoAxeViolations(page);
    });
  }
});

describe('the --irev-color-scheme token', () => {
  it('makes a widget dark on a light page, and light on a dark page, whatever the page says', async () => {
    const card = widgets[1];
    const dark = await mountIn('--irev-color-scheme: dark; background: #121212; width: 760px', ...card);
    expect(surface(dark.element)).to.be.below(0.05);
    expect(unreadable(dark.element)).to.deep.equal([]);
    const light = await mountIn(`${DARK_PAGE}; --irev-color-scheme: light; background: #ffffff`, ...card);
    expect(surface(light.element)).to.equal(1);
    expect(unreadable(light.element)).to.deep.equal([]);
  });

  it('leaves a light page light: the defaults are the light colours', async () => {
    const { element } = await mountIn('width: 760px', ...widgets[1]);
    expect(surface(element)).to.equal(1);
    expect(unreadable(element)).to.deep.equal([]);
  });
});
