import { expect } from '@open-wc/testing';
import type { IrevElement } from '../../src/core/base-element.js';
import type { IrevErrorDetail, IrevLoadDetail } from '../../src/core/events.js';
import { expectNoAxeViolations } from './a11y.js';
import { hitsOf, mockUrl, mount, uniqueKey, visibleText, waitForState, type Mounted } from './helpers.js';

/** A fixture file served by the test server, and what it holds. */
export interface FixtureFile {
  file: string;
  count: number;
}

export interface DataWidgetSuiteOptions {
  tag: string;
  /** Attributes every case adds (a format, a fixed `now`). */
  attributes?: Record<string, string | boolean>;
  /** Good data: `count` items, one of which shows `readyText`. */
  good: FixtureFile & { readyText: string };
  /** A document with no item. */
  empty: string;
  /** Good and bad items mixed: `count` valid, `invalid` left out. */
  mixed: FixtureFile & { invalid: number };
  /** Every field holds a hostile string or URL: see test/fixtures/README.md. */
  hostile: string;
  /** Content type of the fixtures, when not JSON. */
  type?: string;
}

const HOSTILE_MARKUP = '<img src=x onerror="window.__irevPwned=1">';
const SAFE_PROTOCOLS = ['http:', 'https:', 'mailto:', 'tel:'];

/**
 * What every data widget must do, written once (Lion's habit): the four states, `irev-load` / `irev-error`,
 * zero axe violations in each state, hostile data shown as inert text, one request per source.
 */
export function runDataWidgetSuite(options: DataWidgetSuiteOptions): void {
  const { tag } = options;
  const base = options.attributes ?? {};
  const type = options.type;
  const url = (params: Record<string, string | number>) => mockUrl(type ? { ...params, type } : params);
  type Widget = IrevElement & Mounted;
  const loadDetail = (element: Widget) => element.events.find((e) => e.type === 'irev-load')?.detail as IrevLoadDetail | undefined;
  const errorDetail = (element: Widget) => element.events.find((e) => e.type === 'irev-error')?.detail as IrevErrorDetail | undefined;

  describe(`<${tag}> as a data widget`, () => {
    describe('when the source answers 200 with good data', () => {
      it('shows the items, reaches :state(ready) and emits irev-load with the count', async () => {
        const element = await mount<Widget>(tag, { ...base, src: url({ file: options.good.file }) });
        await waitForState(element, 'ready');
        expect(element.matches(':state(ready)')).to.equal(true);
        expect(visibleText(element)).to.contain(options.good.readyText);
        expect(loadDetail(element)).to.deep.equal({ count: options.good.count, invalid: 0 });
        await expectNoAxeViolations(element);
      });
    });

    describe('while the source has not answered', () => {
      it('shows a loading message and :state(loading)', async () => {
        const element = await mount<Widget>(tag, { ...base, src: url({ file: options.good.file, delay: 'never', count: uniqueKey() }) });
        await waitForState(element, 'loading');
        const status = element.shadowRoot!.querySelector('[role="status"]');
        expect(status?.textContent).to.match(/Chargement/);
        expect(element.matches(':state(loading)')).to.equal(true);
        await expectNoAxeViolations(element);
      });
    });

    describe('when the source holds an empty list', () => {
      it('says there is nothing to show, with :state(empty)', async () => {
        const element = await mount<Widget>(tag, { ...base, src: url({ file: options.empty }) });
        await waitForState(element, 'empty');
        expect(element.shadowRoot!.querySelector('[part~="empty"]')).to.not.equal(null);
        expect(loadDetail(element)).to.deep.equal({ count: 0, invalid: 0 });
        await expectNoAxeViolations(element);
      });
    });

    describe('when some items are invalid among good ones', () => {
      it('keeps the valid ones and reports the others once, with path and reason', async () => {
        const warnings: string[] = [];
        const original = console.warn;
        console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
        try {
          const src = url({ file: options.mixed.file });
          const element = await mount<Widget>(tag, { ...base, src });
          await waitForState(element, 'ready');
          await mount<Widget>(tag, { ...base, src }, { keepCache: true }).then((second) => waitForState(second, 'ready'));
          expect(loadDetail(element)).to.deep.equal({ count: options.mixed.count, invalid: options.mixed.invalid });
          const reports = warnings.filter((w) => w.includes('invalide'));
          expect(reports).to.have.length(1, 'one report per source, however many widgets read it');
          expect(reports[0]).to.match(/\[\d+\] [\w.()]+: /);
        } finally {
          console.warn = original;
        }
      });
    });

    const failures: [string, Record<string, string | number>, string, number | undefined][] = [
      ['answers 404', { status: 404, body: 'Not found', type: 'text/plain' }, 'http', 404],
      ['answers 500', { status: 500, body: 'Internal error', type: 'text/plain' }, 'http', 500],
      [
        'sends an HTML page instead of data',
        { body: '<!doctype html><html><body>Maintenance</body></html>', type: 'text/html' },
        'parse',
        undefined,
      ],
      ['sends a truncated document', { body: '{"items": [{"title": "Lille", "url":', type: 'application/json' }, 'parse', undefined],
    ];
    for (const [what, params, kind, status] of failures) {
      describe(`when the source ${what}`, () => {
        it(`shows a localized alert with a retry button and emits irev-error (${kind})`, async () => {
          const element = await mount<Widget>(tag, { ...base, src: mockUrl(params) });
          await waitForState(element, 'error');
          const alert = element.shadowRoot!.querySelector('[role="alert"]');
          expect(alert?.textContent?.trim().length).to.be.greaterThan(20);
          expect(alert?.querySelector('button')?.textContent).to.match(/Réessayer/);
          const detail = errorDetail(element);
          expect(detail?.kind).to.equal(kind);
          expect(detail?.status).to.equal(status);
          expect(detail?.message).to.equal(alert?.querySelector('p')?.textContent);
          await expectNoAxeViolations(element);
        });
      });
    }

    describe('when the source never answers', () => {
      it('gives up after `timeout` ms with a timeout error', async () => {
        const element = await mount<Widget>(tag, {
          ...base,
          timeout: '300',
          src: url({ file: options.good.file, delay: 'never', count: uniqueKey() }),
        });
        await waitForState(element, 'error');
        expect(errorDetail(element)?.kind).to.equal('timeout');
        expect(visibleText(element)).to.match(/délai dépassé/);
      });
    });

    for (const timeout of ['abc', '', '-5', '2.5', '3000000000']) {
      describe(`when timeout="${timeout}" is not a usable number of milliseconds`, () => {
        it('waits the default 10 s instead of giving up at once, and tells the editor', async () => {
          const element = await mount<Widget>(tag, {
            ...base,
            timeout,
            src: url({ file: options.good.file, delay: 100, count: uniqueKey() }),
          });
          await waitForState(element, 'ready');
          const hint = element.shadowRoot!.querySelector('[part~="hint"]')?.textContent ?? '';
          expect(hint).to.contain(`Attribut timeout : « ${timeout} » n'est pas un nombre entier de 100 à 600000 ; 10000 est utilisé.`);
        });
      });
    }

    describe('when heading-level is not a whole number from 1 to 6', () => {
      const levels = (element: Widget) =>
        [...element.shadowRoot!.querySelectorAll('[role="heading"], h1, h2, h3, h4, h5, h6')].map((node) =>
          Number(node.getAttribute('aria-level') ?? node.localName.slice(1)),
        );
      for (const level of ['0', '-1', '2.5', '1000000000', 'deux']) {
        it(`uses 2 for heading-level="${level}", and tells the editor`, async () => {
          const element = await mount<Widget>(tag, { ...base, 'heading-level': level, src: url({ file: options.good.file }) });
          await waitForState(element, 'ready');
          expect(Math.min(...levels(element))).to.equal(2);
          expect(levels(element).every((value) => Number.isInteger(value) && value >= 2 && value <= 6)).to.equal(true);
          expect(visibleText(element)).to.contain(
            `Attribut heading-level : « ${level} » n'est pas un nombre entier de 1 à 6 ; 2 est utilisé.`,
          );
        });
      }

      it('keeps every heading at level 6 or above with heading-level="6", with no note', async () => {
        const element = await mount<Widget>(tag, { ...base, 'heading-level': '6', src: url({ file: options.good.file }) });
        await waitForState(element, 'ready');
        expect(levels(element).length).to.be.greaterThan(0);
        expect(levels(element).every((value) => value === 6)).to.equal(true);
        expect(element.shadowRoot!.querySelector('[part~="hint"]')).to.equal(null);
        await expectNoAxeViolations(element);
      });
    });

    describe('when the visitor presses retry', () => {
      it('asks the source again', async () => {
        const key = uniqueKey();
        const element = await mount<Widget>(tag, { ...base, src: mockUrl({ status: 503, body: 'busy', count: key }) });
        await waitForState(element, 'error');
        element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
        await waitForState(element, 'loading').catch(() => undefined);
        await waitForState(element, 'error');
        expect(await hitsOf(key)).to.equal(2);
      });
    });

    describe('when three widgets read the same src', () => {
      it('sends exactly one request', async () => {
        const key = uniqueKey();
        const src = url({ file: options.good.file, count: key, delay: 50 });
        const first = await mount<Widget>(tag, { ...base, src });
        const others = await Promise.all([
          mount<Widget>(tag, { ...base, src }, { keepCache: true }),
          mount<Widget>(tag, { ...base, src }, { keepCache: true }),
        ]);
        await Promise.all([first, ...others].map((element) => waitForState(element, 'ready')));
        expect(await hitsOf(key)).to.equal(1);
      });
    });

    describe('when one widget on the page fails', () => {
      it('keeps the others alive', async () => {
        const broken = await mount<Widget>(tag, { ...base, src: mockUrl({ status: 500, body: 'x' }) });
        const working = await mount<Widget>(tag, { ...base, src: url({ file: options.good.file }) }, { keepCache: true });
        await waitForState(broken, 'error');
        await waitForState(working, 'ready');
        expect(visibleText(working)).to.contain(options.good.readyText);
      });
    });

    describe('when every field holds hostile strings and URLs', () => {
      it('shows them as inert text and lets no unsafe URL through', async () => {
        const element = await mount<Widget>(tag, { ...base, src: url({ file: options.hostile }) });
        await waitForState(element, 'ready');
        const root = element.shadowRoot!;
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect((window as unknown as { __irevPwned?: number }).__irevPwned).to.equal(undefined);
        expect(root.querySelector('script, iframe, object, embed, svg, [onerror], [onload], [onclick]')).to.equal(null);
        expect(visibleText(element)).to.contain(HOSTILE_MARKUP);
        for (const node of root.querySelectorAll<HTMLElement>('[href], [src], [action], [formaction]')) {
          const value =
            node.getAttribute('href') ?? node.getAttribute('src') ?? node.getAttribute('action') ?? node.getAttribute('formaction')!;
          expect(SAFE_PROTOCOLS, `${node.localName} ${value}`).to.include(new URL(value, document.baseURI).protocol);
        }
      });
    });

    describe('when there is neither src nor data', () => {
      it('tells the site editor what to add', async () => {
        const element = await mount<Widget>(tag, { ...base });
        await waitForState(element, 'error');
        expect(errorDetail(element)?.kind).to.equal('config');
        expect(visibleText(element)).to.match(/attribut src/);
      });
    });
  });
}
