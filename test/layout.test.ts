import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defineAll } from '../src/define-all.js';
import type { IrevElement } from '../src/core/base-element.js';
import { nextFrame } from './shared/chromium.js';
import { mockUrl, mount, waitForState } from './shared/helpers.js';

defineAll();

// The widgets' look where they are dropped: layouts follow the widget's own width (container queries), not the
// screen's; at a phone's width times and dates never break, buttons stack evenly, label/value pairs stand apart.
const events = mockUrl({ file: 'demo/data/events.json' });
const cites = mockUrl({ file: 'demo/data/cites.json' });

/** Mounts a widget in a box of `width` px (several boxes can share the page). */
async function inBox<T extends IrevElement>(width: number, tag: string, attributes: Record<string, string | boolean>, keepCache = false) {
  const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const element = await mount<T>(tag, attributes, { container: box, keepCache });
  await waitForState(element, 'ready');
  await nextFrame();
  return { box, element };
}

const $$ = (element: Element, selector: string) => [...element.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
/** How many columns a list's items sit in: the distinct left edges of its items. */
const columns = (items: Element[]) => new Set(items.map((item) => Math.round(item.getBoundingClientRect().left))).size;

/** The distinct lines a piece of text runs over: one per line box its range touches. */
function linesOf(root: ShadowRoot, piece: string): number[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    // Any space (no-break ones included) and the word joiner after a dash stand for a space of the piece.
    const found = new RegExp(piece.replace(/ /g, '[\\s\\u2060]+')).exec(node.data);
    if (!found || !node.parentElement!.checkVisibility()) continue;
    const range = document.createRange();
    range.setStart(node, found.index);
    range.setEnd(node, found.index + found[0].length);
    // Runs of one line may differ by a pixel (a no-break space from a fallback font): a line starts below the last one.
    const rects = [...range.getClientRects()].filter((rect) => rect.width > 0).sort((a, b) => a.top - b.top);
    const lines: number[] = [];
    for (const rect of rects) if (lines.length === 0 || rect.top >= lines[lines.length - 1] - 1) lines.push(rect.bottom);
    return lines;
  }
  throw new Error(`« ${piece} » is not shown`);
}

describe('layouts follow the widget’s own width', () => {
  it('puts the cités in one column in a 300 px sidebar, two in a 700 px column, three in a 1,200 px one, on the same page', async () => {
    const narrow = await inBox(300, 'irev-cites-list', { src: cites, 'group-by': 'none' });
    const middle = await inBox(700, 'irev-cites-list', { src: cites, 'group-by': 'none' }, true);
    const wide = await inBox(1200, 'irev-cites-list', { src: cites, 'group-by': 'none' }, true);
    expect([narrow, middle, wide].map(({ element }) => columns($$(element, '.cite')))).to.deep.equal([1, 2, 3]);
    // The cards of a row share its height.
    const row = $$(wide.element, '.cite').slice(0, 3);
    expect(new Set(row.map((cite) => Math.round(cite.getBoundingClientRect().height))).size).to.equal(1);
  });

  it('keeps one column with layout="list", and tiles with layout="grid", whatever the width', async () => {
    const list = await inBox(1200, 'irev-cites-list', { src: cites, 'group-by': 'none', layout: 'list' });
    const grid = await inBox(1200, 'irev-cites-list', { src: cites, 'group-by': 'none', layout: 'grid' }, true);
    expect(columns($$(list.element, '.cite'))).to.equal(1);
    expect(columns($$(grid.element, '.cite'))).to.be.at.least(4);
  });

  it('fills a wide row with news cards, no empty column beside fewer items, the themes of a row on one line', async () => {
    const news = mockUrl({ file: 'demo/data/news.json' });
    const { element } = await inBox(1200, 'irev-news-feed', { src: news, layout: 'cards', limit: '3' });
    const cards = $$(element, '.item');
    expect(cards).to.have.length(3);
    expect(columns(cards)).to.equal(3);
    const list = element.shadowRoot!.querySelector('.items')!.getBoundingClientRect();
    expect(Math.abs(cards[2].getBoundingClientRect().right - list.right), 'the last card reaches the edge').to.be.below(2);
    expect(new Set(cards.map((card) => Math.round(card.getBoundingClientRect().height))).size, 'equal heights').to.equal(1);
    // No hole under a short card: its themes sit at its foot, level with the others'.
    const feet = cards.map((card) => Math.round(card.querySelector('.themes')!.getBoundingClientRect().bottom));
    expect(new Set(feet).size).to.equal(1);
    const narrow = await inBox(300, 'irev-news-feed', { src: news, layout: 'cards', limit: '3' }, true);
    expect(columns($$(narrow.element, '.item'))).to.equal(1);
  });

  it('aligns the search and its label with the two selects beside it at desktop width', async () => {
    const { element } = await inBox(900, 'irev-cites-list', { src: cites, search: true, filters: true });
    const labels = $$(element, '.controls label');
    const controls = $$(element, '.controls input, .controls select');
    expect(labels).to.have.length(3);
    expect(new Set(labels.map((label) => Math.round(label.getBoundingClientRect().height))).size, 'labels on one line each').to.equal(1);
    expect(new Set(labels.map((label) => Math.round(label.getBoundingClientRect().top))).size, 'labels in a row').to.equal(1);
    expect(new Set(controls.map((control) => Math.round(control.getBoundingClientRect().bottom))).size, 'fields in a row').to.equal(1);
  });
});

describe('at a phone’s width', () => {
  // Every width from a small phone to a large one: a piece that may break somewhere breaks at one of them.
  const widths = Array.from({ length: 17 }, (_, i) => 240 + i * 10);

  async function expectWhole(tag: string, attributes: Record<string, string | boolean>, pieces: string[]) {
    const { box, element } = await inBox(widths[0], tag, attributes);
    const broken = new Set<string>();
    for (const width of widths) {
      box.style.width = `${width}px`;
      await nextFrame();
      for (const piece of pieces) if (linesOf(element.shadowRoot!, piece).length > 1) broken.add(`« ${piece} » at ${width} px`);
    }
    expect([...broken]).to.deep.equal([]);
  }

  it('never breaks the time range of an event card', async () => {
    await expectWhole('irev-event-card', { src: events, event: 'rencontre-13-cites-2021-03-09', now: '2021-03-01' }, [
      '9 mars 2021',
      '9 h 30 – 12 h 30',
    ]);
  });

  it('never breaks the time ranges of a programme', async () => {
    await expectWhole('irev-event-card', { src: events, event: 'soutien-labellisation-2021-03-09', now: '2021-03-01' }, [
      '14 h – 17 h',
      '16 h 30 – 17 h',
    ]);
  });

  it('never breaks « 17 et 18 février 2021 »', async () => {
    await expectWhole('irev-event-card', { src: events, event: 'outils-labellisation-2021-02-17', now: '2021-02-01' }, [
      '17 et 18 février 2021',
    ]);
  });

  it('never breaks the time of an event in the registration form', async () => {
    await expectWhole(
      'irev-registration-form',
      { src: events, event: 'soutien-labellisation-2021-03-09', now: '2021-03-01', action: '/api/registrations', 'privacy-href': '/p' },
      ['9 mars 2021', '14 h – 17 h'],
    );
  });

  it('stacks « S’inscrire » and « Ajouter à mon agenda » at one width, the chevron right after the last word', async () => {
    for (const width of [360, 250]) {
      const { element } = await inBox(width, 'irev-event-card', { src: events, event: 'rencontre-13-cites-2021-03-09', now: '2021-03-01' });
      const [register, summary] = [$$(element, '[part~="register"]')[0], $$(element, '[part~="calendar"] > summary')[0]];
      const [a, b] = [register.getBoundingClientRect(), summary.getBoundingClientRect()];
      expect(b.top, 'stacked').to.be.at.least(a.bottom);
      expect([Math.round(a.width), Math.round(a.left)], `equal widths at ${width} px`).to.deep.equal([
        Math.round(b.width),
        Math.round(b.left),
      ]);
      // The label's box holds the chevron (::after): it has no line of its own beyond the words' lines.
      const label = summary.querySelector('.menu-label')!;
      const words = document.createRange();
      words.selectNodeContents(label.firstChild!.nodeType === Node.TEXT_NODE ? label.firstChild! : label);
      const wordLines = new Set([...words.getClientRects()].map((rect) => Math.round(rect.bottom))).size;
      const boxLines = new Set([...label.getClientRects()].map((rect) => Math.round(rect.bottom))).size;
      expect(boxLines, `chevron on the last line of the words at ${width} px`).to.equal(wordLines);
    }
  });

  it('sets each label/value pair apart from the next, and pads the calendar menu', async () => {
    const { element } = await inBox(360, 'irev-event-card', { src: events, event: 'rencontre-13-cites-2021-03-09', now: '2021-03-01' });
    const terms = $$(element, 'dt');
    expect(terms.length).to.be.at.least(3);
    for (const term of terms.slice(1)) {
      const value = term.previousElementSibling!.getBoundingClientRect();
      expect(term.getBoundingClientRect().top - value.bottom, `space above « ${term.textContent} »`).to.be.at.least(8);
    }
    $$(element, '[part~="calendar"] > summary')[0].click();
    // Its entries come with their file, which a click with no pointer or focus nearby first asks for only then.
    await waitUntil(() => $$(element, '.calendar ul li').length > 0, 'the calendar menu did not open', { timeout: 5000 });
    await nextFrame();
    const menu = $$(element, '.calendar ul')[0];
    const first = menu.querySelector('li > *')!.getBoundingClientRect();
    const border = menu.getBoundingClientRect();
    expect(first.top - border.top, 'space above the first entry').to.be.at.least(8);
    expect(first.left - border.left, 'space before the entries').to.be.at.least(12);
  });

  it('marks objectives with one bullet in a card and in the agenda', async () => {
    const card = await inBox(360, 'irev-event-card', { src: events, event: 'rencontre-13-cites-2021-03-09', now: '2021-03-01' });
    const agenda = await inBox(360, 'irev-events', { src: events, now: '2021-03-01' }, true);
    const bullet = (element: Element) => getComputedStyle(element.shadowRoot!.querySelector('dd ul > li')!).listStyleType;
    expect([bullet(card.element), bullet(agenda.element)]).to.deep.equal(['disc', 'disc']);
  });
});
