import { expect, waitUntil } from '@open-wc/testing';
import { openFrame, widgetsReady } from './shared/helpers.js';

type HostWindow = Window & typeof globalThis & { __errors: string[]; __violations?: string[]; __warnings?: string[] };

/** Paths of the scripts a frame's page loaded, with their query. */
function scriptsOf(frame: HTMLIFrameElement): string[] {
  return frame
    .contentWindow!.performance.getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => url.pathname.endsWith('.js'))
    .map((url) => url.pathname + url.search);
}

// The minified dist/cdn/irev-widgets.js, the release folder a webmaster copies (built by `npm test` first), in a page of its own, as on a partner site.
describe('the built dist/cdn/irev-widgets.js', () => {
  it('renders every element, loads the optional readers from beside it, and leaks nothing into window', async () => {
    const blank = await openFrame('/test/dist/blank.html');
    const frame = await openFrame('/test/dist/page.html');
    const win = frame.contentWindow!;
    const widgets = await widgetsReady(frame, 7);
    const text = widgets.map((widget) => widget.shadowRoot!.textContent!.replace(/\s+/g, ' '));
    expect(text[0]).to.contain("3 cités éducatives dans l'Oise");
    expect(text.join(' ')).to.contain('Inscription Webinaire EVALUATION');
    expect(text.join(' ')).to.contain("Envoyer l'inscription");
    expect(text.join(' ')).to.contain('Rencontre régionale dédiée aux 13 cités éducatives');
    const scripts = scriptsOf(frame);
    // Every file from the release folder a webmaster copies, dist/cdn/, and nothing from elsewhere in dist/.
    const library = scripts.filter((path) => path.includes('irev-widgets'));
    expect(library.filter((path) => !path.startsWith('/dist/cdn/irev-widgets'))).to.deep.equal([]);
    expect(library.length).to.be.greaterThan(5);
    expect(scripts.filter((path) => /irev-widgets-rss-.*\.js$/.test(path))).to.have.length(1);
    expect(scripts.filter((path) => /irev-widgets-jsonapi-.*\.js$/.test(path))).to.have.length(1);
    expect(scripts.filter((path) => /irev-widgets-sanitize-.*\.js$/.test(path))).to.have.length(1);
    // Each data file once, though the loader asked for it before the widgets' files came and two widgets read it.
    const documents = win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => /\.(json|xml)$/.test(path));
    expect(documents.filter((path) => path === '/demo/data/events.json')).to.have.length(1);
    expect(new Set(documents).size).to.equal(documents.length);
    // An ES module: no name reaches the page's global scope, not even Lit's and zod's registries (private to the bundle).
    const before = new Set(Object.keys(blank.contentWindow!));
    expect(Object.keys(win).filter((name) => !before.has(name))).to.deep.equal([]);
    blank.remove();
    frame.remove();
  });

  it('sends a registration, its transport file loaded only once the visitor starts filling the form in', async () => {
    const frame = await openFrame('/test/dist/page.html');
    const win = frame.contentWindow as HostWindow;
    const transport = () => scriptsOf(frame).filter((path) => /irev-widgets-transport-[\w-]+\.js$/.test(path));
    await widgetsReady(frame, 7);
    const form = frame.contentDocument!.querySelector('irev-registration-form')!;
    // A person fills the form in seconds; the test in milliseconds.
    (win.customElements.get('irev-registration-form') as unknown as { minFillMs: number }).minFillMs = 0;
    expect(transport(), 'a page that only shows the form downloads no transport').to.deep.equal([]);
    const control = (id: string) => form.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
    const fill = (id: string, value: string) => {
      control(id).focus();
      control(id).value = value;
      control(id).dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    };
    fill('f-first-name', 'Camille');
    await waitUntil(() => transport().length === 1, 'the transport did not load while the form was filled in');
    fill('f-last-name', 'Durand');
    fill('f-email', 'camille.durand@example.fr');
    control('f-attendance-0')?.click();
    control('f-consent').click();
    const submitted = new Promise<CustomEvent>((resolve) =>
      form.addEventListener('irev-submitted', (event) => resolve(event as CustomEvent)),
    );
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
    expect((await submitted).detail.id)
      .to.be.a('string')
      .and.not.equal('');
    expect(transport()).to.have.length(1);
    frame.remove();
  });

  it('turns hostile mount points into widgets that carry none of their handlers, focus or style', async () => {
    const frame = await openFrame('/test/dist/hostile-mounts.html');
    const win = frame.contentWindow as Window & typeof globalThis & { __irevPwned?: string };
    const widgets = (await widgetsReady(frame, 3)) as HTMLElement[];
    const text = widgets.map((widget) => widget.shadowRoot!.textContent!.replace(/\s+/g, ' '));
    expect(text[0]).to.contain('1 cité éducative dans la Somme');
    expect(text[1]).to.contain("3 cités éducatives dans l'Oise");
    for (const widget of widgets) {
      expect(widget.getAttributeNames().filter((name) => !['src', 'departement', 'limit', 'layout'].includes(name))).to.deep.equal([]);
      widget.focus();
      widget.click();
      widget.dispatchEvent(new win.MouseEvent('mouseover', { bubbles: true }));
      expect(win.getComputedStyle(widget).position).to.not.equal('fixed');
    }
    expect(frame.contentDocument!.activeElement).to.equal(frame.contentDocument!.body);
    expect(win.__irevPwned).to.equal(undefined);
    frame.remove();
  });
});

describe('the loader dist/cdn/irev-widgets.js', () => {
  /** The library's files a frame loaded, without their hash. */
  const files = (frame: HTMLIFrameElement) =>
    scriptsOf(frame)
      .filter((path) => path.startsWith('/dist/cdn/'))
      .map((path) => path.replace(/^\/dist\/cdn\/|-[\w-]{8}\.js$|\.js$/g, ''));

  it('loads only the files of the elements a page shows, English only where a widget asks for it, and more as they appear', async () => {
    const frame = await openFrame('/test/dist/news-only.html');
    const win = frame.contentWindow as HostWindow;
    await widgetsReady(frame, 1);
    expect(files(frame).sort()).to.deep.equal(['irev-widgets', 'irev-widgets-core', 'irev-widgets-news-feed', 'irev-widgets-sources']);
    // A widget added later, in English, and a mount point added later: each loads its own file, and English.
    const doc = frame.contentDocument!;
    const cites = doc.createElement('irev-cites-list');
    cites.setAttribute('src', '/demo/data/cites.json');
    cites.setAttribute('departement', '60');
    cites.setAttribute('lang', 'en');
    const mount = doc.createElement('div');
    mount.setAttribute('data-irev-widget', ' Event-Card ');
    mount.setAttribute('data-src', '/demo/data/events.json');
    mount.setAttribute('data-now', '2021-03-01');
    doc.body.append(cites, mount);
    const widgets = await widgetsReady(frame, 3);
    await waitUntil(() => widgets[1].shadowRoot!.textContent!.includes('Labelled in 2019'), 'the cités list is not in English');
    expect(files(frame)).to.include.members([
      'irev-widgets-cites-list',
      'irev-widgets-en',
      'irev-widgets-event-card',
      'irev-widgets-mount-all',
    ]);
    expect(files(frame).filter((file) => file === 'irev-widgets-core')).to.have.length(1);
    // The calendar menu's entries come only when a visitor comes to a menu (here the focus), before it opens.
    expect(files(frame)).not.to.include('irev-widgets-calendar-menu');
    const calendar = widgets[2].shadowRoot!.querySelector<HTMLDetailsElement>('[part~="calendar"]')!;
    calendar.querySelector('summary')!.focus();
    await waitUntil(() => files(frame).includes('irev-widgets-calendar-menu'), 'the focus on a menu did not load its file');
    calendar.open = true;
    await waitUntil(() => calendar.querySelector('a[href^="https://calendar.google.com"]'), 'the opened menu never showed its links');
    expect(win.__errors).to.deep.equal([]);
    frame.remove();
  });
});

describe('the built bundle in a hostile host page', () => {
  it("renders every widget when the page's elements clobber Lit's global names", async () => {
    const frame = await openFrame('/test/dist/clobbered.html');
    const win = frame.contentWindow as HostWindow;
    const widgets = await widgetsReady(frame, 4);
    expect(widgets[0].shadowRoot!.textContent).to.contain("3 cités éducatives dans l'Oise");
    expect(win.__errors).to.deep.equal([]);
    // The page's own elements are left as they were.
    expect((win as unknown as Record<string, unknown>).litHtmlVersions).to.be.instanceOf(win.HTMLImageElement);
    frame.remove();
  });

  it('renders every widget when Object.prototype has an enumerable key', async () => {
    const frame = await openFrame('/test/dist/polluted.html');
    const win = frame.contentWindow as HostWindow;
    const widgets = await widgetsReady(frame, 5);
    expect(widgets.map((widget) => widget.shadowRoot!.querySelector('[part~="error"], [part~="hint"]'))).to.deep.equal(
      widgets.map(() => null),
    );
    expect(win.__errors).to.deep.equal([]);
    frame.remove();
  });

  it('renders every widget when Symbol is frozen (SES lockdown)', async () => {
    const frame = await openFrame('/test/dist/frozen-symbol.html');
    const win = frame.contentWindow as HostWindow;
    await widgetsReady(frame, 3);
    expect(win.__errors).to.deep.equal([]);
    expect(Object.isFrozen(win.Symbol)).to.equal(true);
    frame.remove();
  });

  // Every engine tested has CustomStateSet; the page takes it away as older Safari, Firefox and Chrome lack it.
  for (const [variant, query] of [
    ['no CustomStateSet (Safari < 17.4, Firefox < 126)', ''],
    ['the dashed-only CustomStateSet (Chrome < 125)', '?dashed'],
  ]) {
    it(`shows every widget as it does with :state() in a browser with ${variant}`, async () => {
      const texts = (frame: HTMLIFrameElement) =>
        [...frame.contentDocument!.querySelectorAll('irev-cites-list, irev-events, irev-news-feed')].map(
          (widget) => widget.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
        );
      const native = await openFrame('/test/dist/no-custom-states.html?native');
      await widgetsReady(native, 3);
      const expected = texts(native);
      native.remove();
      expect(expected[0]).to.contain("3 cités éducatives dans l'Oise");
      const frame = await openFrame(`/test/dist/no-custom-states.html${query}`);
      await waitUntil(() => texts(frame).join('|') === expected.join('|'), 'the widgets do not read as with :state()', { timeout: 6000 });
      const widgets = [...frame.contentDocument!.querySelectorAll('irev-cites-list, irev-events, irev-news-feed')];
      expect(
        widgets.some((widget) => widget.matches(':state(ready)')),
        'the page took :state() away',
      ).to.equal(false);
      expect((frame.contentWindow as HostWindow).__errors).to.deep.equal([]);
      frame.remove();
    }).timeout(20_000); // two pages, one after the other
  }

  it("keeps its zod configuration apart from the host page's own zod, configured before and after it loads", async () => {
    const blank = await openFrame('/test/dist/blank.html');
    const frame = await openFrame('/test/dist/host-zod.html');
    type HostZod = { string(): { safeParse(value: unknown): { error?: { issues: { message: string }[] } } } };
    const win = frame.contentWindow as HostWindow & { __zod_globalConfig: Record<string, unknown>; __hostZod: HostZod };
    await widgetsReady(frame, 2);
    // The host's configuration is what the host set: its German locale, its own messages, never our `jitless`.
    expect(Object.keys(win.__zod_globalConfig)).to.deep.equal(['localeError', 'customError']);
    expect(win.__hostZod.string().safeParse(1).error!.issues[0].message).to.equal('message du zod de la page');
    // Ours reports the same reasons, in zod's own English, whatever the host set before and after it loaded.
    const reports = win.__warnings!.filter((line) => line.includes('mixed.json')).map((line) => line.replace('?late', ''));
    expect(reports).to.have.length(2);
    expect(reports[1]).to.equal(reports[0]);
    expect(reports[0]).to.match(/\[1\] name: /);
    expect(reports[0]).not.to.contain('message du zod de la page');
    expect(reports[0]).not.to.match(/Ungültig|erwartet/);
    // No name of ours on the page: only the host's own names and its zod's configuration and registry.
    const before = new Set(Object.keys(blank.contentWindow!));
    const added = Object.keys(win).filter((name) => !before.has(name));
    const host = ['__errors', '__hostZod', '__warnings', '__zod_globalConfig', '__zod_globalRegistry'];
    expect(added.sort()).to.deep.equal(host);
    expect(win.__errors).to.deep.equal([]);
    blank.remove();
    frame.remove();
  });

  it('loads one copy of the library from a versioned URL under Trusted Types, RSS and Drupal readers included', async () => {
    const frame = await openFrame('/test/dist/versioned.html');
    const win = frame.contentWindow as HostWindow;
    const widgets = await widgetsReady(frame, 4);
    expect(widgets[0].shadowRoot!.textContent).to.contain('Point sur');
    expect(widgets[1].shadowRoot!.textContent).to.contain('Point sur');
    await waitUntil(() => frame.contentDocument!.querySelector('irev-event-card > script[type="application/ld+json"]'), 'no JSON-LD');
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
    // The entry once, under the URL the page wrote, and one core file (Lit, zod, every element) that no file imports twice.
    const scripts = scriptsOf(frame);
    expect(scripts.filter((path) => path.startsWith('/dist/cdn/irev-widgets.js'))).to.deep.equal(['/dist/cdn/irev-widgets.js?ver=6.4.2']);
    expect(scripts.filter((path) => /\/irev-widgets-core-[\w-]+\.js$/.test(path))).to.have.length(1);
    frame.remove();
  });

  it("asks for each widget's data with its files, not after them, and once", async () => {
    const frame = await openFrame('/test/dist/hanging-core.html', { until: 'parsed' });
    const doc = frame.contentDocument!;
    const key = `early-${Math.random()}`;
    const hits = async (name: string) => (await (await fetch(`/mock/hits?count=${key}-${name}`)).json()).hits as number;
    const events = `/mock?file=demo/data/events.json&count=${key}-events`;
    // Two widgets on one file, a mount point, an RSS feed: the core file never comes, so no widget can ask itself.
    doc.body.innerHTML = `
      <irev-events src="${events}"></irev-events>
      <irev-event-card src="${events}" next></irev-event-card>
      <div data-irev-widget="cites-list" data-src="/mock?file=demo/data/cites.json&count=${key}-cites"></div>
      <irev-news-feed format="rss" src="/mock?file=test/fixtures/news/rss.xml&count=${key}-rss"></irev-news-feed>
      <irev-news-feed src="javascript:alert(1)"></irev-news-feed>
      <div lang="en-GB"><irev-news-feed src="/mock?file=demo/data/news.json&count=${key}-news"></irev-news-feed></div>`;
    // A widget given its data as a value before the loader sees it reads no file.
    const given = Object.assign(doc.createElement('irev-events'), { data: { events: [] } });
    given.setAttribute('src', `/mock?file=demo/data/events.json&count=${key}-given`);
    doc.body.append(given);
    const asked = async () => [await hits('events'), await hits('cites'), await hits('rss'), await hits('news')];
    await waitUntil(async () => (await asked()).every((count) => count === 1), 'a data file was not asked for', {
      timeout: 5000,
    });
    // English too comes with the files: the widget that asks for it shows nothing before it.
    const english = () => scriptsOf(frame).filter((path) => /irev-widgets-en-[\w-]+\.js$/.test(path));
    await waitUntil(() => english().length > 0, 'English was not asked for', { timeout: 5000 });
    expect(english()).to.have.length(1);
    expect(frame.contentWindow!.customElements.get('irev-events'), 'the element is not there yet').to.equal(undefined);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await asked()).to.deep.equal([1, 1, 1, 1]);
    expect(await hits('given')).to.equal(0);
    frame.remove();
  });

  it("reads a large data file whole while the widget's files are still on their way", async () => {
    // Left unread until the widget asks for it, a file larger than the browser's network buffer stops coming half-way.
    const frame = await openFrame('/test/dist/hanging-core.html', { until: 'parsed' });
    const src = `/mock?file=demo/data/events.json&pad=${4 * 1024 * 1024}&count=large-${Math.random()}`;
    frame.contentDocument!.body.innerHTML = `<irev-events src="${src}"></irev-events>`;
    const received = () => frame.contentWindow!.performance.getEntriesByType('resource').find((entry) => entry.name.endsWith(src.slice(5)));
    await waitUntil(received, 'the data file stopped before its end', { timeout: 5000 });
    expect(frame.contentWindow!.customElements.get('irev-events'), 'the element is not there yet').to.equal(undefined);
    frame.remove();
  });

  it('gives up on an optional file that never answers with a time-out message, and loads it on retry', async () => {
    // The stalled file keeps Firefox's load event waiting (Chromium and WebKit fire it): the widget must not wait for it.
    const frame = await openFrame('/test/dist/hanging-chunk.html', { until: 'parsed' });
    const doc = frame.contentDocument!;
    const feed = doc.querySelector('irev-news-feed')!;
    await waitUntil(() => feed.matches(':state(error)'), 'no time-out shown', { timeout: 5000 });
    const alert = feed.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('Une partie de ce contenu ne répond pas (délai dépassé)');
    alert.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
    await waitUntil(() => feed.matches(':state(ready)'), 'the retry did not load the RSS reader', { timeout: 5000 });
    expect(feed.shadowRoot!.textContent).to.contain('Point sur');
    expect(scriptsOf(frame).filter((path) => /irev-widgets-rss-[\w-]+\.js\?retry=1$/.test(path))).to.have.length(1);
    frame.remove();
  });

  it('says in the calendar menu that its file does not answer, and asks again when the menu opens again', async () => {
    const frame = await openFrame('/test/dist/hanging-calendar.html', { until: 'parsed' });
    const [card] = await widgetsReady(frame, 1);
    const calendar = card.shadowRoot!.querySelector<HTMLDetailsElement>('[part~="calendar"]')!;
    calendar.open = true;
    await waitUntil(() => calendar.querySelector('[role="alert"]'), 'no time-out shown in the menu', { timeout: 5000 });
    expect(calendar.querySelector('[role="alert"]')!.textContent).to.contain('Une partie de ce contenu ne répond pas (délai dépassé)');
    calendar.open = false;
    await waitUntil(() => !calendar.querySelector('[role="alert"]'), 'the closed menu kept its message');
    calendar.open = true;
    await waitUntil(() => calendar.querySelector('a[href^="https://calendar.google.com"]'), 'the menu opened again has no links', {
      timeout: 5000,
    });
    expect(calendar.querySelector('[role="alert"]')).to.equal(null);
    expect(scriptsOf(frame).filter((path) => /irev-widgets-calendar-menu-[\w-]+\.js\?retry=1$/.test(path))).to.have.length(1);
    frame.remove();
  });
});
