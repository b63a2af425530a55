import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defineAll } from '../../src/define-all.js';
import { captureConsole, settle } from '../shared/helpers.js';

defineAll();

// Dates are read by the EU's summer time rule, then checked against the browser's time zone data once the page is
// idle (src/core/paris-time.ts). This page's browser gives Paris no summer time, as it would if the law changed.
const RealFormat = Intl.DateTimeFormat;
class ParisWithoutSummerTime extends RealFormat {
  constructor(locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
    super(locales, options?.timeZone === 'Europe/Paris' ? { ...options, timeZone: 'Etc/GMT-1' } : options);
  }
}

const when = (element: Element) =>
  (element.shadowRoot!.querySelector('time')?.textContent ?? '')
    .replace(/\u2060/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('Paris time where the browser disagrees with the summer time rule', () => {
  before(() => void (Intl.DateTimeFormat = ParisWithoutSummerTime as typeof Intl.DateTimeFormat));
  after(() => void (Intl.DateTimeFormat = RealFormat));

  it("shows the dates by the browser's time zone data once it has checked, and tells the editor", async () => {
    const warnings: string[] = [];
    await captureConsole('warn', async (lines) => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const card = document.createElement('irev-event-card');
      card.data = {
        events: [{ id: 'ete', title: "Rencontre d'été", start: '2031-07-08T10:00:00+02:00', end: '2031-07-08T12:00:00+02:00' }],
      };
      card.setAttribute('now', '2031-07-01');
      container.append(card);
      await settle(card);
      // 08:00 UTC: 10 h by the rule (summer time), 9 h by this browser.
      await waitUntil(() => when(card).includes('9 h'), "the card kept the rule's reading", { timeout: 8000 });
      expect(when(card)).to.equal('mardi 8 juillet 2031 · 9 h – 11 h');
      warnings.push(...lines);
    });
    expect(warnings.join('\n')).to.contain("this browser's time zone data for Paris differs from the summer time rule in 2031");
  });
});
