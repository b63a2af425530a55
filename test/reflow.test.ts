import { expect, fixture, html } from '@open-wc/testing';
import { defineAll } from '../src/define-all.js';
import type { IrevElement } from '../src/core/base-element.js';
import { nextFrame } from './shared/chromium.js';
import { mockUrl, mount, waitForState } from './shared/helpers.js';

defineAll();

// RGAA 10.11 / WCAG 1.4.10: at 320 CSS px (a phone, or 1280 px zoomed to 400 %) content reflows without scrolling sideways.
// RGAA 10.12 / WCAG 1.4.12: with the text spacing of the WCAG bookmarklet, no text is cut or hidden.
const news = mockUrl({ file: 'test/fixtures/news/long.json' });
const form = { now: '2021-03-01', action: '/api/registrations', 'privacy-href': '/confidentialite', lang: 'fr' };
const widgets: [string, Record<string, string | boolean>][] = [
  ['irev-cites-list', { src: mockUrl({ file: 'test/fixtures/cites/long.json' }), search: true, filters: true, layout: 'grid' }],
  ['irev-cites-list', { src: mockUrl({ file: 'demo/data/cites.json' }), search: true, filters: true, layout: 'list' }],
  ['irev-event-card', { src: mockUrl({ file: 'test/fixtures/events/long.json' }), event: 'longue', now: '2021-03-01' }],
  ['irev-event-card', { src: mockUrl({ file: 'demo/data/events.json' }), event: 'rencontre-13-cites-2021-03-09', now: '2021-03-01' }],
  ['irev-events', { src: mockUrl({ file: 'demo/data/events.json' }), now: '2021-03-01', past: true }],
  ['irev-news-feed', { src: news, layout: 'cards', 'clickable-themes': true }],
  ['irev-news-feed', { src: news, layout: 'list' }],
  ['irev-news-feed', { src: news, layout: 'compact' }],
  ['irev-news-feed', { src: mockUrl({ file: 'demo/data/news.json' }), layout: 'compact' }],
  // The form in French: the event line « … — mardi 9 mars 2021 · 16 h 30 – 17 h » of a session, and the choice of events.
  ['irev-registration-form', { src: mockUrl({ file: 'demo/data/events.json' }), event: 'soutien-labellisation-2021-03-09', ...form }],
  ['irev-registration-form', { src: mockUrl({ file: 'test/fixtures/events/long.json' }), ...form }],
];

/** The WCAG 1.4.12 bookmarklet's stylesheet. */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

const describeNode = (node: Element) => `${node.localName}.${[...node.classList].join('.')}`;

/** Whether a box clips what overflows it: an overflow other than visible, or paint containment. */
function clips(node: Element): boolean {
  const style = getComputedStyle(node);
  return style.overflowX !== 'visible' || style.overflowY !== 'visible' || /paint|strict|content/.test(style.contain);
}

/** Texts of the shadow root drawn, wholly or partly, outside a box that clips them: cut for the visitor. */
function cutTexts(element: Element): string[] {
  const root = element.shadowRoot!;
  const cut: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode() as Text | null; text; text = walker.nextNode() as Text | null) {
    const parent = text.parentElement!;
    if (!text.data.trim() || parent.closest('.visually-hidden, .trap') || !parent.checkVisibility()) continue;
    const range = document.createRange();
    range.selectNodeContents(text);
    const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
    for (let box: Element | null = parent; box; box = box.parentElement) {
      if (!clips(box)) continue;
      const edge = box.getBoundingClientRect();
      const outside = rects.some(
        (rect) => rect.left < edge.left - 1 || rect.right > edge.right + 1 || rect.top < edge.top - 1 || rect.bottom > edge.bottom + 1,
      );
      if (outside) cut.push(`« ${text.data.trim().slice(0, 40)} » in ${describeNode(parent)}, clipped by ${describeNode(box)}`);
    }
  }
  return cut;
}

async function check(tag: string, attributes: Record<string, string | boolean>, spacing: boolean) {
  const page = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
  const style = document.createElement('style');
  style.textContent = TEXT_SPACING;
  if (spacing) document.head.append(style);
  try {
    const element = await mount<IrevElement>(tag, attributes, { container: page });
    await waitForState(element, 'ready');
    if (spacing) {
      // The worst case: the stylesheet reaches inside the shadow root too (paragraph margins and line-heights included).
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(TEXT_SPACING);
      element.shadowRoot!.adoptedStyleSheets = [...element.shadowRoot!.adoptedStyleSheets, sheet];
      // What inherits through the shadow root reaches every text: the letter spacing of the page's stylesheet, for one.
      const title = element.shadowRoot!.querySelector('[role="heading"]')!;
      expect(getComputedStyle(title).letterSpacing).to.not.equal('normal');
    }
    await nextFrame();
    const wider = [...element.shadowRoot!.querySelectorAll<HTMLElement>('*')]
      .filter((node) => node.checkVisibility() && node.getBoundingClientRect().right > page.getBoundingClientRect().right + 0.5)
      .map(describeNode);
    expect(wider, 'elements sticking out of 320 px').to.deep.equal([]);
    expect(element.scrollWidth).to.be.at.most(page.clientWidth);
    expect(cutTexts(element), 'texts cut').to.deep.equal([]);
  } finally {
    style.remove();
  }
}

const label = (tag: string, attributes: Record<string, string | boolean>) =>
  `<${tag}${attributes.layout ? ` layout="${attributes.layout}"` : ''}${attributes.event ? ` event="${attributes.event}"` : ''}${typeof attributes.src === 'string' && attributes.src.includes('demo') ? ' (demo data)' : ''}>`;

describe('on a 320 px wide screen', () => {
  for (const [tag, attributes] of widgets) {
    it(`${label(tag, attributes)} never needs a horizontal scroll and cuts no text`, async () => {
      await check(tag, attributes, false);
    });
  }
});

describe('on a 320 px wide screen with the text spacing of WCAG 1.4.12', () => {
  for (const [tag, attributes] of widgets) {
    it(`${label(tag, attributes)} shows every text whole`, async () => {
      await check(tag, attributes, true);
    });
  }
});
