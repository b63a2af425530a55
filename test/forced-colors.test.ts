import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defineAll } from '../src/define-all.js';
import type { IrevElement } from '../src/core/base-element.js';
import { forcedColors, nextFrame, screenshot } from './shared/chromium.js';
import { mockUrl, mount, waitForState } from './shared/helpers.js';

defineAll();

// WCAG 1.4.11 in Windows high contrast: backgrounds go, so what tells a state or a shape apart must be a border or a
// system colour. The look itself is checked where a test can emulate `forced-colors: active` (Chromium, through CDP);
// in every engine, the rules the widgets ship for it are checked (src/core/styles.ts): that is what Firefox and
// WebKit apply in a real high-contrast mode.
const canEmulate = /Chrome\//.test(navigator.userAgent);

describe('in forced colours (Windows high contrast)', () => {
  it('ships the rules: pressed filters filled with Highlight, badges and state boxes bordered, focus in Highlight', async () => {
    const feed = await mount<IrevElement>('irev-news-feed', { src: mockUrl({ file: 'demo/data/news.json' }), limit: '1' });
    await waitForState(feed, 'ready');
    const forced = feed
      .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && /forced-colors:\s*active/.test(rule.conditionText))
      .flatMap((rule) => [...rule.cssRules] as CSSStyleRule[]);
    const declared = (selector: RegExp, property: string) =>
      forced.filter((rule) => selector.test(rule.selectorText)).map((rule) => rule.style.getPropertyValue(property));
    expect(declared(/aria-pressed=["']true["']/, 'background-color').join(' ')).to.match(/highlight/i);
    expect(declared(/\.badge/, 'border-top-style')).to.include('solid');
    expect(declared(/\.irev-state/, 'border-top-style')).to.include('solid');
    expect(declared(/:focus-visible/, 'outline-color').join(' ')).to.match(/highlight/i);
  });
});

// Chromium only: the emulation is CDP's (test/plugins/chromium-commands.mjs). Not declared elsewhere rather than
// skipped: the test above is what those engines check.
if (canEmulate)
  describe('in emulated forced colours (Chromium)', () => {
    before(async () => {
      expect(await forcedColors(true), 'forced-colours emulation').to.equal(true);
    });
    after(async () => {
      await forcedColors(false);
    });

    it('tells a pressed theme filter from the others, and keeps badges, borders and the focus ring visible', async () => {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const page = await fixture<HTMLDivElement>(html`<div style="width: 760px"></div>`);
      const feed = await mount<IrevElement>(
        'irev-news-feed',
        { src: mockUrl({ file: 'demo/data/news.json' }), 'clickable-themes': true, limit: '2' },
        { container: page },
      );
      const card = await mount<IrevElement>(
        'irev-event-card',
        { src: mockUrl({ file: 'demo/data/events.json' }), event: 'rencontre-13-cites-2021-03-09', now: '2021-03-01' },
        { container: page },
      );
      await Promise.all([waitForState(feed, 'ready'), waitForState(card, 'ready')]);
      feed.shadowRoot!.querySelector<HTMLButtonElement>('button.theme')!.click();
      await feed.updateComplete;
      await nextFrame();
      const [pressed, unpressed] = ['true', 'false'].map((value) =>
        feed.shadowRoot!.querySelector<HTMLElement>(`button.theme[aria-pressed="${value}"]`)!,
      );
      const look = (node: Element) => {
        const style = getComputedStyle(node);
        return { color: style.color, background: style.backgroundColor };
      };
      expect(look(pressed).background, 'pressed: filled').to.not.equal(look(unpressed).background);
      expect(look(pressed).color, 'pressed: its own text colour').to.not.equal(look(unpressed).color);
      expect(getComputedStyle(unpressed).borderTopStyle).to.equal('solid');
      const badge = getComputedStyle(card.shadowRoot!.querySelector('[part~="badge"]')!);
      expect([badge.borderTopStyle, badge.borderTopWidth]).to.deep.equal(['solid', '1px']);
      const item = getComputedStyle(feed.shadowRoot!.querySelector('[part~="item"]')!);
      expect(item.borderTopStyle).to.equal('solid');
      // The focus ring, from the keyboard.
      pressed.focus();
      await sendKeys({ press: 'Tab' });
      const focused = feed.shadowRoot!.activeElement!;
      expect(getComputedStyle(focused).outlineStyle).to.equal('solid');
      expect(parseFloat(getComputedStyle(focused).outlineWidth)).to.be.at.least(2);
      // For a person to look at: test-results/forced-colors.png.
      await screenshot('forced-colors.png');
    });
  });
