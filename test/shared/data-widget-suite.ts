import { expect, fixture, html } from '@open-wc/testing';
import type { IrevElement } from '../../src/core/base-element.js';
import type { IrevErrorDetail, IrevLoadDetail } from '../../src/core/events.js';
import { clearDocumentCache } from '../../src/core/fetch-document.js';
import { expectNoAxeViolations } from './a11y.js';
import { captureConsole, hitsOf, mockUrl, mount, release, uniqueKey, visibleText, waitForState, type Mounted } from './helpers.js';

/** A fixture file served by the test server, and what it holds. */
export interface FixtureFile {
  file: string;
  /** Valid items in the file. */
  count: number;
  /** Items the widget shows of them with the suite's attributes (`limit`, `now`): `count` when not given. */
  shown?: number;
}

/** The `irev-load` detail a widget sends for a fixture. */
const loadOf = (fixture: FixtureFile, invalid = 0): IrevLoadDetail => ({
  shown: fixture.shown ?? fixture.count,
  total: fixture.count,
  invalid,
});

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
  /** `null` in every optional field, nested ones and list entries included (read as absent), and `invalid` items with a null required field. */
  nulls?: FixtureFile & { invalid: number };
  /** The data as a `.data` value with `text` in every text field. */
  oversized: (text: string) => unknown;
}

/** One unbroken 1,000,000-character word, non-Latin, emoji included: laid out whole, it freezes a page for close to a minute. */
export const HUGE_WORD = '漢字ж🎓'.repeat(200_000);

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
      it('shows the items, reaches :state(ready) and emits irev-load with how many are shown of how many read', async () => {
        const element = await mount<Widget>(tag, { ...base, src: url({ file: options.good.file }) });
        await waitForState(element, 'ready');
        expect(element.matches(':state(ready)')).to.equal(true);
        expect(visibleText(element)).to.contain(options.good.readyText);
        expect(loadDetail(element)).to.deep.equal(loadOf(options.good));
        await expectNoAxeViolations(element);
      });
    });

    describe('while the source has not answered', () => {
      it('shows a loading message and :state(loading), then the items once it answers', async () => {
        const gate = uniqueKey();
        const element = await mount<Widget>(tag, { ...base, src: url({ file: options.good.file, gate }) });
        await element.updateComplete;
        expect(element.matches(':state(loading)')).to.equal(true);
        const status = element.shadowRoot!.querySelector('[role="status"]');
        expect(status?.textContent).to.match(/Chargement/);
        await expectNoAxeViolations(element);
        expect(element.matches(':state(loading)'), 'still loading: the server holds the answer').to.equal(true);
        await release(gate);
        await waitForState(element, 'ready');
        expect(visibleText(element)).to.contain(options.good.readyText);
      });
    });

    describe('when the source holds an empty list', () => {
      it('says there is nothing to show, with :state(empty)', async () => {
        const element = await mount<Widget>(tag, { ...base, src: url({ file: options.empty }) });
        await waitForState(element, 'empty');
        expect(element.shadowRoot!.querySelector('[part~="empty"]')).to.not.equal(null);
        expect(loadDetail(element)).to.deep.equal({ shown: 0, total: 0, invalid: 0 });
        await expectNoAxeViolations(element);
      });
    });

    describe('when some items are invalid among good ones', () => {
      it('keeps the valid ones and reports the others once, with path and reason', async () => {
        await captureConsole('warn', async (warnings) => {
          const src = url({ file: options.mixed.file });
          const element = await mount<Widget>(tag, { ...base, src });
          await waitForState(element, 'ready');
          await mount<Widget>(tag, { ...base, src }, { keepCache: true }).then((second) => waitForState(second, 'ready'));
          expect(loadDetail(element)).to.deep.equal(loadOf(options.mixed, options.mixed.invalid));
          const reports = warnings.filter((w) => w.includes('invalide'));
          expect(reports).to.have.length(1, 'one report per source, however many widgets read it');
          expect(reports[0]).to.match(/\[\d+\] [\w.()]+: /);
        });
      });
    });

    // [what the source does, mock parameters, kind, status, whether asking again can help]
    const failures: [string, Record<string, string | number>, string, number | undefined, boolean][] = [
      ['answers 404', { status: 404, body: 'Not found', type: 'text/plain' }, 'http', 404, false],
      ['answers 403', { status: 403, body: 'Forbidden', type: 'text/plain' }, 'http', 403, false],
      ['answers 429', { status: 429, body: 'Slow down', type: 'text/plain' }, 'http', 429, true],
      ['answers 500', { status: 500, body: 'Internal error', type: 'text/plain' }, 'http', 500, true],
      [
        'sends an HTML page instead of data',
        { body: '<!doctype html><html><body>Maintenance</body></html>', type: 'text/html' },
        'parse',
        undefined,
        false,
      ],
      ['sends a truncated document', { body: '{"items": [{"title": "Lille", "url":', type: 'application/json' }, 'parse', undefined, false],
    ];
    for (const [what, params, kind, status, retryable] of failures) {
      describe(`when the source ${what}`, () => {
        it(`shows a localized alert for visitors${retryable ? ' with' : ', without'} a retry button, and tells the editor (${kind})`, async () => {
          await captureConsole('error', async (errors) => {
            const element = await mount<Widget>(tag, { ...base, src: mockUrl(params) });
            await waitForState(element, 'error');
            const alert = element.shadowRoot!.querySelector('[role="alert"]');
            expect(alert?.textContent?.trim().length).to.be.greaterThan(20);
            expect(Boolean(alert?.querySelector('button')?.textContent?.match(/Réessayer/))).to.equal(retryable);
            // Attributes are the editor's business: visitors are not told about them.
            expect(alert?.textContent).to.not.match(/attribut|src/);
            const detail = errorDetail(element);
            expect(detail?.kind).to.equal(kind);
            expect(detail?.status).to.equal(status);
            expect(detail?.message).to.equal(alert?.querySelector('p')?.textContent);
            expect(detail?.hint).to.match(/\w{3}/);
            expect(errors.some((line) => line.includes(detail!.hint))).to.equal(true, 'the editor hint is in the console');
            await expectNoAxeViolations(element);
          });
        });
      });
    }

    describe('when reading the data throws something unforeseen (a bug)', () => {
      it('says so neutrally, as kind `unexpected`, not as a network failure', async () => {
        await captureConsole('error', async (_lines, errors) => {
          // Whatever an adapter reads first throws a TypeError, as a bug in it would.
          const booby = new Proxy(document.implementation.createDocument(null, 'rss'), {
            get() {
              throw new TypeError('boom');
            },
          });
          const element = await mount<Widget>(tag, { ...base });
          await waitForState(element, 'error');
          const errorsBefore = element.events.filter((event) => event.type === 'irev-error').length;
          (element as unknown as { data: unknown }).data = booby;
          const start = performance.now();
          while (element.events.filter((event) => event.type === 'irev-error').length === errorsBefore) {
            if (performance.now() - start > 3000) throw new Error('no irev-error after the data was set');
            await new Promise((resolve) => setTimeout(resolve, 10));
          }
          await waitForState(element, 'error');
          const last = element.events.filter((event) => event.type === 'irev-error').at(-1)?.detail as IrevErrorDetail;
          expect(last.kind).to.equal('unexpected');
          expect(visibleText(element)).to.not.match(/connexion/i);
          expect(errors.flat().some((value) => value instanceof TypeError)).to.equal(true, 'the bug keeps its stack in the console');
        });
      });
    });

    describe("when a server sends valid data as text/html (PHP's default Content-Type)", () => {
      it('reads it all the same', async () => {
        const element = await mount<Widget>(tag, { ...base, src: mockUrl({ file: options.good.file, type: 'text/html' }) });
        await waitForState(element, 'ready');
        expect(visibleText(element)).to.contain(options.good.readyText);
        expect(loadDetail(element)).to.deep.equal(loadOf(options.good));
      });
    });

    if (options.nulls) {
      const nulls = options.nulls;
      describe('when fields hold null', () => {
        it('reads null as absent, keeps those items, and says which required field is null', async () => {
          await captureConsole('warn', async (warnings) => {
            const element = await mount<Widget>(tag, { ...base, src: url({ file: nulls.file }) });
            await waitForState(element, 'ready');
            expect(loadDetail(element)).to.deep.equal(loadOf(nulls, nulls.invalid));
            const report = warnings.find((w) => w.includes('invalide'));
            expect(report).to.match(/\] (name|title): champ obligatoire : null ne lui donne pas de valeur/);
          });
        });
      });
    }

    describe('when every text of the data is one unbroken 1,000,000-character word', () => {
      it('shows each text cut to a sane length with « … », so the page never freezes', async () => {
        const element = await mount<Widget>(tag, { ...base });
        (element as unknown as { data: unknown }).data = options.oversized(HUGE_WORD);
        await waitForState(element, 'ready');
        const shown = visibleText(element);
        expect(shown).to.contain(HUGE_WORD.slice(0, 200)).and.contain('…');
        expect(shown.length, 'characters shown').to.be.below(10_000);
        expect(shown, 'no emoji cut in half').to.not.match(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      });
    });

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

    describe('when two widgets wait for one src with their own time-outs', () => {
      it('lets the patient one show the data after the impatient one gave up, with one request', async () => {
        const key = uniqueKey();
        const src = url({ file: options.good.file, delay: 600, count: key });
        // 100 ms is the shortest time-out an editor can set.
        // Both on the page in one task: on a busy machine a second `await mount` came after the first had given up.
        const container = await fixture<HTMLDivElement>(html`<div></div>`);
        const [impatient, patient] = await Promise.all([
          mount<Widget>(tag, { ...base, src, timeout: '100' }, { container }),
          mount<Widget>(tag, { ...base, src, timeout: '10000' }, { keepCache: true, container }),
        ]);
        await waitForState(impatient, 'error');
        expect(errorDetail(impatient)?.kind).to.equal('timeout');
        await waitForState(patient, 'ready');
        expect(visibleText(patient)).to.contain(options.good.readyText);
        expect(await hitsOf(key)).to.equal(1);
      });
    });

    describe('when the host page keeps the main thread busy while the answer arrives', () => {
      it('shows the data instead of a time-out', async () => {
        const element = await mount<Widget>(tag, { ...base, src: url({ file: options.good.file }), timeout: '1000' });
        // A host's own script, right after the widget asked for its data: 2.5 s during which no answer can be handled.
        const end = performance.now() + 2500;
        while (performance.now() < end);
        await waitForState(element, 'ready');
        expect(errorDetail(element)).to.equal(undefined);
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

      it('goes back to level 2 with no note when the editor removes heading-level from the live widget', async () => {
        const element = await mount<Widget>(tag, { ...base, 'heading-level': '5', src: url({ file: options.good.file }) });
        await waitForState(element, 'ready');
        expect(Math.min(...levels(element))).to.equal(5);
        element.removeAttribute('heading-level');
        await element.updateComplete;
        expect(Math.min(...levels(element))).to.equal(2);
        expect(visibleText(element)).not.to.contain('Attribut heading-level');
        expect(element.shadowRoot!.querySelector('[part~="hint"]')).to.equal(null);
      });
    });

    describe('while the source has not answered, from the first render', () => {
      it('puts its live region in the page empty, then says « Chargement… » in it, so that it is announced (RGAA 7.5)', async () => {
        const gate = uniqueKey();
        clearDocumentCache();
        const container = document.createElement('div');
        document.body.append(container);
        const element = document.createElement(tag) as Widget;
        const attributes: Record<string, string | boolean> = { ...base, src: url({ file: options.good.file, gate }) };
        for (const [name, value] of Object.entries(attributes)) {
          if (value !== false) element.setAttribute(name, value === true ? '' : value);
        }
        try {
          container.append(element);
          // The shadow root exists from connection on; the first render comes after.
          const changes: MutationRecord[] = [];
          const observer = new MutationObserver((records) => changes.push(...records));
          observer.observe(element.shadowRoot!, { childList: true, subtree: true, characterData: true });
          await waitForState(element, 'loading');
          await element.updateComplete;
          await new Promise((resolve) => setTimeout(resolve, 20));
          observer.disconnect();
          const status = element.shadowRoot!.querySelector('[role="status"]')!;
          expect(status.textContent).to.match(/Chargement/);
          const insideStatus = changes.filter((record) => record.target === status || status.contains(record.target));
          expect(insideStatus.length, 'changes made inside a live region already in the page').to.be.greaterThan(0);
        } finally {
          container.remove();
          await release(gate);
        }
      });
    });

    describe('when the visitor presses retry and the source fails again', () => {
      it('keeps the focus in the widget while it waits, then puts it on the new retry button (RGAA 12.8)', async () => {
        const key = uniqueKey();
        const element = await mount<Widget>(tag, { ...base, src: mockUrl({ status: 503, body: 'busy', count: key, gate: key }) });
        await release(key);
        await waitForState(element, 'error');
        const pressed = element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]')!;
        pressed.focus();
        pressed.click();
        await element.updateComplete;
        const focusedText = document.activeElement === element ? element.shadowRoot!.activeElement?.textContent : 'outside the widget';
        await release(key);
        expect(focusedText, 'where focus waits: in the widget, on its status').to.match(/Chargement/);
        await waitForState(element, 'error');
        const retry = element.shadowRoot!.querySelector('[part~="retry-button"]');
        expect(retry !== pressed, 'a new retry button').to.equal(true);
        expect(document.activeElement === element && element.shadowRoot!.activeElement === retry, 'focus on the new retry button').to.equal(
          true,
        );
      });
    });

    describe('when the visitor presses retry and the source answers', () => {
      it('puts the focus on the first thing shown, not on <body> (RGAA 12.8)', async () => {
        const key = uniqueKey();
        const element = await mount<Widget>(tag, { ...base, src: url({ file: options.good.file, status: 503, fail: 1, count: key }) });
        await waitForState(element, 'error');
        const pressed = element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]')!;
        pressed.focus();
        pressed.click();
        await waitForState(element, 'ready');
        await element.updateComplete;
        const focused = document.activeElement === element ? element.shadowRoot!.activeElement : null;
        expect(focused?.outerHTML.slice(0, 60) ?? 'outside the widget', 'focus on a control or link of the widget').to.match(
          /^<(a|button|input|select)\b/,
        );
      });
    });

    describe('when the visitor presses retry', () => {
      it('asks the source again, saying so while it waits', async () => {
        const key = uniqueKey();
        const element = await mount<Widget>(tag, { ...base, src: mockUrl({ status: 503, body: 'busy', count: key, gate: key }) });
        await release(key);
        await waitForState(element, 'error');
        element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
        await element.updateComplete;
        expect(element.matches(':state(loading)')).to.equal(true);
        expect(element.shadowRoot!.querySelector('[role="status"]')?.textContent).to.match(/Chargement/);
        expect(element.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
        await release(key);
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
      it('tells visitors it is not set up, and the site editor what to add', async () => {
        const element = await mount<Widget>(tag, { ...base });
        await waitForState(element, 'error');
        expect(errorDetail(element)?.kind).to.equal('config');
        expect(errorDetail(element)?.hint).to.match(/attribut src/);
        expect(visibleText(element)).to.match(/pas encore configuré/);
        expect(element.shadowRoot!.querySelector('[part~="retry-button"]')).to.equal(null);
      });
    });
  });
}
