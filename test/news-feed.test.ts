import { expect, waitUntil } from '@open-wc/testing';
import { defineAll } from '../src/define-all.js';
import type { IrevNewsFeed } from '../src/components/news-feed/news-feed.js';
import { LONG_TEXT_MAX, RICH_NODES_MAX } from '../src/core/caps.js';
import { useLang } from '../src/core/localization.js';
import { expectNoAxeViolations } from './shared/a11y.js';
import { runDataWidgetSuite } from './shared/data-widget-suite.js';
import { mockUrl, mount, nextEvent, waitForState, type Mounted } from './shared/helpers.js';
import { oversizedJsonApi, oversizedNewsItem, oversizedRss } from './shared/oversized.js';

defineAll();
// Room for every request of this file, so that the sanitizer's request is seen whenever it happens.
performance.setResourceTimingBufferSize(100_000);

type Feed = IrevNewsFeed & Mounted;
const IREV = mockUrl({ file: 'test/fixtures/news/irev.json' });
const JSONAPI = mockUrl({ file: 'test/fixtures/news/jsonapi-page-1.json', type: 'application/vnd.api+json' });
const RSS = mockUrl({ file: 'test/fixtures/news/rss.xml' });

const root = (element: Element) => element.shadowRoot!;
const articles = (element: Element) => [...root(element).querySelectorAll('article')];
const titles = (element: Element) => articles(element).map((a) => a.querySelector('[part~="title"]')!.textContent!.trim());
const article = (element: Element, title: string) =>
  articles(element).find((a) => a.querySelector('[part~="title"]')!.textContent!.includes(title))!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const moreButton = (element: Element) => root(element).querySelector<HTMLButtonElement>('[part~="more-button"]');
const sanitizerRequested = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/adapters/sanitize'));

/** Waits until `check` holds (a further page, a lazy module, a language), longer than waitUntil's default second. */
const until = (check: () => boolean, what: string, timeout = 4000) => waitUntil(check, what, { interval: 10, timeout });

async function ready(attributes: Record<string, string | boolean>): Promise<Feed> {
  const element = await mount<Feed>('irev-news-feed', attributes);
  await waitForState(element, 'ready');
  return element;
}

/** Records every request the page sends with its Accept header, and lets it through. */
function spyFetch(): { calls: { url: string; accept: string | null }[]; restore: () => void } {
  const original = window.fetch;
  const calls: { url: string; accept: string | null }[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), accept: new Headers(init?.headers).get('accept') });
    return original(input, init);
  };
  return { calls, restore: () => (window.fetch = original) };
}

// First, before any test asks for rich summaries: the sanitizer is a module of its own, loaded on demand.
describe('<irev-news-feed> without rich-summary', () => {
  it('never loads the sanitizer', async () => {
    const element = await ready({ src: IREV });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(articles(element)).to.have.length(5);
    expect(sanitizerRequested()).to.equal(false);
  });
});

runDataWidgetSuite({
  tag: 'irev-news-feed',
  good: { file: 'test/fixtures/news/irev.json', count: 7, shown: 5, readyText: "Point sur l'actualité des Cités éducatives" },
  empty: 'test/fixtures/news/irev-empty.json',
  mixed: { file: 'test/fixtures/news/irev-mixed.json', count: 3, invalid: 3 },
  hostile: 'test/fixtures/news/irev-hostile.json',
  nulls: { file: 'test/fixtures/news/irev-nulls.json', count: 2, invalid: 1 },
  oversized: (text) => ({ news: [oversizedNewsItem(text)] }),
});

runDataWidgetSuite({
  tag: 'irev-news-feed',
  attributes: { format: 'jsonapi', fields: 'type: field_type_actualite' },
  type: 'application/vnd.api+json',
  good: { file: 'test/fixtures/news/jsonapi-page-1.json', count: 3, readyText: "Point sur l'actualité des Cités éducatives" },
  empty: 'test/fixtures/news/jsonapi-empty.json',
  mixed: { file: 'test/fixtures/news/jsonapi-mixed.json', count: 3, invalid: 2 },
  hostile: 'test/fixtures/news/jsonapi-hostile.json',
  nulls: { file: 'test/fixtures/news/jsonapi-nulls.json', count: 2, invalid: 1 },
  oversized: oversizedJsonApi,
});

runDataWidgetSuite({
  tag: 'irev-news-feed',
  attributes: { format: 'rss' },
  type: 'application/rss+xml',
  good: { file: 'test/fixtures/news/rss.xml', count: 4, readyText: "Point sur l'actualité des Cités éducatives" },
  empty: 'test/fixtures/news/rss-empty.xml',
  mixed: { file: 'test/fixtures/news/rss-mixed.xml', count: 3, invalid: 3 },
  hostile: 'test/fixtures/news/rss-hostile.xml',
  oversized: oversizedRss,
});

describe('<irev-news-feed> (project JSON)', () => {
  it('reads as text with a space between its parts: copied or read aloud, no two words run together', async () => {
    const element = await ready({ src: mockUrl({ file: 'demo/data/news.json' }), limit: '1' });
    const item = text(articles(element)[0]);
    expect(item).to.contain("Point sur l'actualité des Cités éducatives Actu de l'IREV Publié le");
    expect(item).to.match(/modifié le 2\s+mars\s+2021 L'IREV, en tant que/);
    expect(item).to.contain('concerne les Cités éducatives. Education Politique de la ville - DSU');
  });
  describe('with the default attributes', () => {
    it('shows the 5 newest items first, each in an <article> with a level-2 heading', async () => {
      const element = await ready({ src: IREV });
      expect(titles(element)).to.deep.equal([
        'Une actualité publiée le soir du 28 février à Paris',
        "Point sur l'actualité des Cités éducatives",
        'La 4e newsletter des Cités éducatives',
        'Soutien à la labellisation des 8 nouvelles Cités éducatives',
        'Rencontre régionale dédiée aux 13 Cités éducatives',
      ]);
      for (const heading of root(element).querySelectorAll('[part~="title"]')) {
        expect(heading.getAttribute('role')).to.equal('heading');
        expect(heading.getAttribute('aria-level')).to.equal('2');
      }
    });

    it('dates the seed item « Publié le 26 février 2021, modifié le 2 mars 2021 », with machine-readable <time>s', async () => {
      const element = await ready({ src: IREV });
      const seed = article(element, "Point sur l'actualité");
      expect(text(seed.querySelector('[part~="dates"]'))).to.equal('Publié le 26 février 2021, modifié le 2 mars 2021');
      const times = [...seed.querySelectorAll('time')].map((time) => time.getAttribute('datetime'));
      expect(times).to.deep.equal(['2021-02-26T13:45:00+01:00', '2021-03-02T09:28:00+01:00']);
    });

    it('dates in Paris whatever the visitor’s time zone, and leaves out « modifié » on the same day', async () => {
      const element = await ready({ src: IREV });
      // 23:30 UTC on 28 February is 0:30 on 1 March in Paris (and still 28 February in New York, where the tests run).
      expect(text(article(element, 'soir du 28 février').querySelector('[part~="dates"]'))).to.equal('Publié le 1er mars 2021');
      expect(text(article(element, 'Soutien à la labellisation').querySelector('[part~="dates"]'))).to.equal('Publié le 12 février 2021');
      expect(text(article(element, 'newsletter').querySelector('[part~="dates"]'))).to.equal('Publié le 23 février 2021');
    });

    it('shows the type, the themes as a list of tags, the summary as text and the author', async () => {
      const element = await ready({ src: IREV });
      const seed = article(element, "Point sur l'actualité");
      expect(text(seed.querySelector('[part~="type"]'))).to.equal("Actu de l'IREV");
      const themes = seed.querySelector('ul[part~="themes"]')!;
      expect(themes.getAttribute('aria-label')).to.equal('Thématiques');
      expect([...themes.querySelectorAll('li')].map(text)).to.deep.equal(['Education', 'Politique de la ville - DSU']);
      expect(text(seed.querySelector('[part~="summary"]'))).to.match(/^L'IREV, en tant que centre de ressources/);
      // Markup in a text summary stays text.
      const newsletter = article(element, 'newsletter');
      expect(text(newsletter.querySelector('[part~="summary"]'))).to.equal('Texte avec <b>balises</b> montrées comme du texte.');
      expect(newsletter.querySelector('b')).to.equal(null);
    });

    it('links each title through the URL guard, relative URLs against the data file', async () => {
      const element = await ready({ src: IREV });
      const link = (title: string) => article(element, title).querySelector<HTMLAnchorElement>('[part~="title"] a')!.getAttribute('href');
      expect(link("Point sur l'actualité")).to.equal('https://www.irev.fr/actualites-0/point-sur-lactualite-des-cites-educatives-0');
      expect(link('Rencontre régionale')).to.equal(new URL('/actualites/rencontre-regionale-13-cites', location.href).href);
    });

    it('shows images with their alt text, and an empty alt for decorative ones', async () => {
      const element = await ready({ src: IREV });
      const seedImage = article(element, "Point sur l'actualité").querySelector('img')!;
      expect(seedImage.getAttribute('alt')).to.equal('Carte des Cités éducatives des Hauts-de-France');
      expect(seedImage.getAttribute('src')).to.equal(new URL('/test/fixtures/news/images/cites-educatives.svg', location.href).href);
      expect(seedImage.getAttribute('width')).to.equal('640');
      const decorative = article(element, 'soir du 28 février').querySelector('img')!;
      expect(decorative.getAttribute('alt')).to.equal('');
      expect(article(element, 'newsletter').querySelector('img')).to.equal(null);
    });
  });

  describe('when the visitor presses « Afficher plus d’actualités »', () => {
    it('shows the next items, moves focus to the first new one, announces the count and hides the button at the end', async () => {
      const element = await ready({ src: IREV });
      expect(text(moreButton(element))).to.equal("Afficher plus d'actualités");
      moreButton(element)!.focus();
      moreButton(element)!.click();
      await element.updateComplete;
      expect(titles(element)).to.have.length(7);
      expect(titles(element).slice(5)).to.deep.equal(['Séance de travail « diagnostic partagé »', 'Le Tour des Cités éducatives']);
      const focused = element.shadowRoot!.activeElement;
      expect(focused?.textContent).to.equal('Séance de travail « diagnostic partagé »');
      await until(() => text(root(element).querySelector('.visually-hidden[role="status"]')) !== '', 'the announcement');
      expect(text(root(element).querySelector('.visually-hidden[role="status"]'))).to.equal('7 actualités affichées');
      expect(moreButton(element)).to.equal(null);
      await expectNoAxeViolations(element);
    });

    it('adds `limit` items each time', async () => {
      const element = await ready({ src: IREV, limit: '2' });
      expect(titles(element)).to.have.length(2);
      moreButton(element)!.click();
      await element.updateComplete;
      expect(titles(element)).to.have.length(4);
    });
  });

  describe('with thematique and type filters', () => {
    it('keeps the items of one theme, ignoring case and accents', async () => {
      const element = await ready({ src: IREV, thematique: 'EDUCATION', limit: '10' });
      // « Éducation » and « education » are the same theme as « Education ».
      expect(titles(element)).to.deep.equal([
        "Point sur l'actualité des Cités éducatives",
        'Soutien à la labellisation des 8 nouvelles Cités éducatives',
        'Rencontre régionale dédiée aux 13 Cités éducatives',
        'Séance de travail « diagnostic partagé »',
        'Le Tour des Cités éducatives',
      ]);
    });

    it('takes several comma-separated values, whose names may hold spaces and dashes', async () => {
      const element = await ready({ src: IREV, thematique: 'politique de la ville - dsu, Inconnue', limit: '10' });
      expect(titles(element)).to.deep.equal([
        'Une actualité publiée le soir du 28 février à Paris',
        "Point sur l'actualité des Cités éducatives",
        'Soutien à la labellisation des 8 nouvelles Cités éducatives',
      ]);
      const hint = root(element).querySelector('[part~="hint"]');
      expect(text(hint)).to.contain('Attribut thematique : aucune actualité pour « Inconnue »');
      expect(text(hint)).to.contain('Politique de la ville - DSU');
    });

    it('combines a type filter with a theme filter', async () => {
      const element = await ready({ src: IREV, type: "actu de l'irev, RESSOURCE", thematique: 'Education', limit: '10' });
      expect(titles(element)).to.deep.equal([
        "Point sur l'actualité des Cités éducatives",
        'Séance de travail « diagnostic partagé »',
        'Le Tour des Cités éducatives',
      ]);
    });

    it('says so when nothing matches, with :state(empty) and irev-load shown 0', async () => {
      const element = await mount<Feed>('irev-news-feed', { src: IREV, type: 'Communiqué' });
      await waitForState(element, 'empty');
      expect(element.events.find((event) => event.type === 'irev-load')?.detail).to.deep.equal({ shown: 0, total: 7, invalid: 0 });
      expect(text(root(element).querySelector('[part~="empty"]'))).to.equal('Aucune actualité ne correspond à ces critères.');
      expect(text(root(element).querySelector('[part~="hint"]'))).to.contain('Attribut type : aucune actualité pour « Communiqué »');
      await expectNoAxeViolations(element);
    });
  });

  describe('with clickable-themes', () => {
    it('filters in place by the theme pressed, and shows every item again on demand', async () => {
      const element = await ready({ src: IREV, 'clickable-themes': true });
      const button = [...article(element, 'soir du 28 février').querySelectorAll<HTMLButtonElement>('button[part~="theme"]')][0];
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      expect(text(button)).to.equal('Filtrer par thématique : Politique de la ville - DSU');
      button.click();
      await element.updateComplete;
      expect(titles(element)).to.have.length(3);
      expect(text(root(element).querySelector('[part~="active-filter"]'))).to.contain('Thématique : Politique de la ville - DSU');
      const pressed = root(element).querySelectorAll('button[aria-pressed="true"]');
      expect(pressed).to.have.length(3);
      await expectNoAxeViolations(element);
      root(element).querySelector<HTMLButtonElement>('[part~="active-filter"] button')!.click();
      await element.updateComplete;
      expect(titles(element)).to.have.length(5);
      expect(root(element).querySelector('[part~="active-filter"]')).to.equal(null);
    });

    it('keeps the focus on the pressed button, wherever its item moves', async () => {
      const element = await ready({ src: IREV, 'clickable-themes': true });
      const themeButton = (title: string) => article(element, title).querySelector<HTMLButtonElement>('button[part~="theme"]')!;
      // « Éducation » on the fifth item: once filtered, its item is the third.
      themeButton('Rencontre régionale').click();
      await element.updateComplete;
      expect(titles(element).indexOf('Rencontre régionale dédiée aux 13 Cités éducatives')).to.equal(2);
      expect(root(element).activeElement).to.equal(themeButton('Rencontre régionale'));
      expect(themeButton('Rencontre régionale').getAttribute('aria-pressed')).to.equal('true');
      // Unpressed on the last item of the filtered view, which is the seventh of all: the view grows to keep it.
      themeButton('Le Tour des Cités éducatives').click();
      await element.updateComplete;
      expect(titles(element)).to.have.length(7);
      expect(root(element).activeElement).to.equal(themeButton('Le Tour des Cités éducatives'));
      await until(() => text(root(element).querySelector('.visually-hidden[role="status"]')) === '7 actualités affichées', 'the count');
    });

    it('pressing the chosen theme again removes the filter', async () => {
      const element = await ready({ src: IREV, 'clickable-themes': true });
      const press = () => root(element).querySelector<HTMLButtonElement>('button[part~="theme"]')!.click();
      press();
      await element.updateComplete;
      expect(titles(element)).to.have.length(3);
      press();
      await element.updateComplete;
      expect(titles(element)).to.have.length(5);
    });
  });

  describe('layouts', () => {
    for (const layout of ['list', 'cards', 'compact']) {
      it(`renders the ${layout} layout without axe violations`, async () => {
        const element = await ready({ src: IREV, layout, 'clickable-themes': true });
        expect(titles(element)).to.have.length(5);
        expect(root(element).querySelector('[part~="hint"]')).to.equal(null);
        await expectNoAxeViolations(element);
      });
    }

    it('compact shows titles, types and dates only', async () => {
      const element = await ready({ src: IREV, layout: 'compact' });
      expect(root(element).querySelector('[part~="summary"], [part~="image"], [part~="themes"]')).to.equal(null);
      expect(text(article(element, "Point sur l'actualité").querySelector('[part~="dates"]'))).to.contain('26 février 2021');
    });
  });

  describe('when the editor mistypes an attribute', () => {
    it('explains unknown layout, format and limit values, and still shows the news', async () => {
      const element = await ready({ src: IREV, layout: 'grille', format: 'json', limit: 'cinq' });
      const hint = text(root(element).querySelector('[part~="hint"]'));
      expect(hint).to.contain('Attribut layout : valeur inconnue « grille ». Valeurs possibles : list, cards, compact.');
      expect(hint).to.contain('Attribut format : valeur inconnue « json ». Valeurs possibles : irev, jsonapi, rss.');
      expect(hint).to.contain('Attribut limit');
      expect(titles(element)).to.have.length(5);
      await expectNoAxeViolations(element);
    });

    it('goes back to the defaults, with no note, once the mistyped layout and limit are removed', async () => {
      const element = await ready({ src: IREV, layout: 'grille', limit: 'cinq' });
      expect(text(root(element).querySelector('[part~="hint"]'))).to.contain('« grille »');
      element.removeAttribute('layout');
      element.removeAttribute('limit');
      await element.updateComplete;
      expect(root(element).querySelector('[part~="hint"]')).to.equal(null);
      expect(root(element).textContent).not.to.contain('null');
      expect(titles(element)).to.have.length(5);
    });

    it('shows the format hint in the error state too', async () => {
      const element = await mount<Feed>('irev-news-feed', { src: RSS, format: 'atom' });
      await waitForState(element, 'error');
      expect(text(root(element).querySelector('[part~="hint"]'))).to.contain('« atom »');
    });
  });

  describe('with heading-level', () => {
    it('sets the level of the item headings', async () => {
      const element = await ready({ src: IREV, 'heading-level': '4' });
      expect(root(element).querySelector('[part~="title"]')!.getAttribute('aria-level')).to.equal('4');
    });
  });

  describe('in English', () => {
    it('translates the labels and writes the dates in English, still in Paris time', async () => {
      const element = await ready({ src: IREV, lang: 'en', 'clickable-themes': true });
      // The English messages load once, asynchronously.
      await until(() => text(moreButton(element)) === 'Show more news', 'the English messages');
      const seed = article(element, "Point sur l'actualité");
      expect(text(seed.querySelector('[part~="dates"]'))).to.equal('Published 26 February 2021, updated 2 March 2021');
      expect(text(article(element, 'soir du 28 février').querySelector('[part~="dates"]'))).to.equal('Published 1 March 2021');
      expect(seed.querySelector('ul[part~="themes"]')!.getAttribute('aria-label')).to.equal('Themes');
      await expectNoAxeViolations(element);
      await useLang('fr');
    });
  });

  describe('with the .data property', () => {
    it('reads the project JSON given as a value', async () => {
      const element = await mount<Feed>('irev-news-feed', {});
      element.data = { news: [{ title: 'Donnée directe', url: '/a', published: '2021-03-01T10:00:00+01:00', themes: ['Education'] }] };
      await waitForState(element, 'ready');
      expect(titles(element)).to.deep.equal(['Donnée directe']);
    });
  });

  describe('with rich-summary', () => {
    it('loads the sanitizer and keeps only basic formatting and safe links', async () => {
      const element = await ready({ src: IREV, 'rich-summary': true });
      await until(() => !!article(element, 'newsletter').querySelector('.summary--rich'), 'the rich summary');
      expect(sanitizerRequested()).to.equal(true);
      const summary = article(element, 'newsletter').querySelector('[part~="summary"]')!;
      expect(summary.querySelector('strong')?.textContent).to.equal('programme national');
      expect(summary.querySelector('em')?.textContent).to.equal('quatrième');
      expect(summary.querySelector('a')?.getAttribute('href')).to.equal('https://www.citeseducatives.fr/actualites/newsletter-4');
      // Items without HTML keep their text summary.
      expect(text(article(element, "Point sur l'actualité").querySelector('[part~="summary"]'))).to.match(/^L'IREV/);
      await expectNoAxeViolations(element);
    });

    it('parses and keeps only the start of a 5 MB summary, so the page never freezes', async () => {
      const element = await mount<Feed>('irev-news-feed', { 'rich-summary': true });
      const summaryHtml = '<p>Un <strong>mot</strong> en <em>gras</em> ;</p><ul><li>point</li></ul>'.repeat(80_000);
      expect(summaryHtml.length).to.be.above(5_000_000);
      element.data = { news: [{ title: 'Énorme', url: '/a', published: '2021-02-01', summaryHtml }] };
      await waitForState(element, 'ready');
      await until(() => !!root(element).querySelector('.summary--rich'), 'the rich summary');
      const rich = root(element).querySelector('.summary--rich')!;
      expect(rich.querySelectorAll('*').length).to.be.at.most(RICH_NODES_MAX);
      expect(rich.textContent!.length).to.be.at.most(LONG_TEXT_MAX + 1);
      expect(rich.textContent)
        .to.match(/^Un mot en gras ;/)
        .and.match(/…$/);
    });

    it('leaves hostile HTML inert', async () => {
      const element = await ready({ src: mockUrl({ file: 'test/fixtures/news/irev-hostile.json' }), 'rich-summary': true });
      await until(() => !!root(element).querySelector('.summary--rich'), 'the rich summary');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect((window as unknown as { __irevPwned?: number }).__irevPwned).to.equal(undefined);
      const rich = root(element).querySelector('.summary--rich')!;
      expect(rich.querySelector('script, img, iframe, [onclick], [onerror]')).to.equal(null);
      expect(rich.querySelector('a')!.hasAttribute('href')).to.equal(false);
      expect(rich.querySelector('p')!.attributes).to.have.length(0);
    });
  });
});

describe('<irev-news-feed format="jsonapi">', () => {
  const base = { src: JSONAPI, format: 'jsonapi', fields: 'type: field_type_actualite' };

  it('asks with the JSON:API media type and reads terms and images from included[]', async () => {
    const spy = spyFetch();
    try {
      const element = await ready({ ...base, limit: '3' });
      expect(spy.calls[0].accept).to.equal('application/vnd.api+json');
      expect(titles(element)).to.deep.equal([
        "Point sur l'actualité des Cités éducatives",
        "Save-the-date : webinaire national sur l'évaluation des Cités éducatives",
        'Rencontre régionale dédiée aux 13 Cités éducatives',
      ]);
      const seed = article(element, "Point sur l'actualité");
      expect(text(seed.querySelector('[part~="dates"]'))).to.equal('Publié le 26 février 2021, modifié le 2 mars 2021');
      expect(text(seed.querySelector('[part~="type"]'))).to.equal("Actu de l'IREV");
      expect([...seed.querySelectorAll('[part~="theme"]')].map(text)).to.deep.equal(['Education', 'Politique de la ville - DSU']);
      // media → file → uri.url, with the alt text of the media's image field (not its thumbnail).
      const image = seed.querySelector('img')!;
      expect(image.getAttribute('src')).to.equal(new URL('/test/fixtures/news/images/cites-educatives.svg', location.href).href);
      expect(image.getAttribute('alt')).to.equal('Carte des 21 Cités éducatives des Hauts-de-France');
      // body.processed reduced to text (the node has no summary); body.summary preferred where there is one.
      expect(text(seed.querySelector('[part~="summary"]'))).to.match(/^L'IREV, en tant que centre de ressources .*…$/);
      expect(text(seed.querySelector('[part~="summary"]')).length).to.be.at.most(300);
      expect(text(article(element, 'Save-the-date').querySelector('[part~="summary"]'))).to.equal(
        "L'INJEP a réalisé un rapport de synthèse des protocoles d'évaluation.",
      );
      expect(seed.querySelector<HTMLAnchorElement>('[part~="title"] a')!.getAttribute('href')).to.equal(
        new URL('/actualites-0/point-sur-lactualite-des-cites-educatives-0', location.href).href,
      );
      // A media entity that is not in included[] gives no image.
      expect(article(element, 'Rencontre régionale').querySelector('img')).to.equal(null);
      await expectNoAxeViolations(element);
    } finally {
      spy.restore();
    }
  });

  it('follows links.next, exactly as given, page after page until the last', async () => {
    const spy = spyFetch();
    try {
      const element = await ready(base);
      // Page 1 holds 3 items: the feed reads page 2 by itself to show 5.
      await until(() => titles(element).length === 5, 'the second page');
      const loads = element.events.filter((event) => event.type === 'irev-load').map((event) => event.detail);
      expect(loads).to.deep.equal([
        { shown: 3, total: 3, invalid: 0 },
        { shown: 5, total: 6, invalid: 0 },
      ]);
      moreButton(element)!.click();
      await until(() => titles(element).length === 8, 'the third page');
      expect(spy.calls.map((call) => call.url)).to.deep.equal([
        new URL(JSONAPI, location.href).href,
        new URL('/mock?file=test/fixtures/news/jsonapi-page-2.json&type=application%2Fvnd.api%2Bjson', location.href).href,
        new URL('/mock?file=test/fixtures/news/jsonapi-page-3.json&type=application%2Fvnd.api%2Bjson', location.href).href,
      ]);
      expect(spy.calls.every((call) => call.accept === 'application/vnd.api+json')).to.equal(true);
      expect(titles(element).slice(3)).to.deep.equal([
        'Soutien à la labellisation des 8 nouvelles Cités éducatives',
        'Séance de travail « diagnostic partagé »',
        'Le Tour des Cités éducatives',
        'Lancement du réseau régional des Cités éducatives',
        'Appel à projets Cités éducatives 2019',
      ]);
      expect(element.shadowRoot!.activeElement?.textContent).to.equal('Le Tour des Cités éducatives');
      expect(moreButton(element)).to.equal(null);
      // A node without an alias links to its canonical path; a term missing from included[] is left out.
      const noAlias = article(element, 'Soutien à la labellisation');
      expect(noAlias.querySelector('a')!.getAttribute('href')).to.equal(new URL('/node/3091', location.href).href);
      expect([...noAlias.querySelectorAll('[part~="theme"]')].map(text)).to.deep.equal(['Politique de la ville - DSU']);
      // A file referenced directly, decorative; a Unix timestamp; a summary with HTML.
      expect(article(element, 'diagnostic').querySelector('img')!.getAttribute('alt')).to.equal('');
      expect(text(article(element, 'Appel à projets').querySelector('[part~="dates"]'))).to.equal('Publié le 13 juin 2019');
      expect(text(article(element, 'Lancement').querySelector('[part~="summary"]'))).to.equal(
        'Le réseau des 13 cités se réunit pour la première fois.',
      );
    } finally {
      spy.restore();
    }
  });

  it('reads further pages to fill a filtered view', async () => {
    const element = await ready({ ...base, thematique: 'Politique de la ville - DSU', limit: '4' });
    await until(() => titles(element).length === 4, 'four matching items');
    expect(titles(element)).to.deep.equal([
      "Point sur l'actualité des Cités éducatives",
      'Rencontre régionale dédiée aux 13 Cités éducatives',
      'Soutien à la labellisation des 8 nouvelles Cités éducatives',
      'Le Tour des Cités éducatives',
    ]);
    expect(moreButton(element)).to.not.equal(null);
  });

  it('reads custom field names from the fields attribute, or from an object', async () => {
    const src = mockUrl({ file: 'test/fixtures/news/jsonapi-custom-fields.json', type: 'application/vnd.api+json' });
    const fields = 'summary: field_resume; themes = field_categories, image: field_visuel, type: field_nature';
    const element = await ready({ src, format: 'jsonapi', fields });
    const item = articles(element)[0];
    expect(text(item.querySelector('[part~="summary"]'))).to.equal('Un guide pratique.');
    expect(text(item.querySelector('[part~="type"]'))).to.equal('Ressource');
    expect([...item.querySelectorAll('[part~="theme"]')].map(text)).to.deep.equal(['Education']);
    expect(item.querySelector('img')!.getAttribute('alt')).to.equal('Couverture du guide');

    const other = await mount<Feed>('irev-news-feed', { src, format: 'jsonapi' });
    other.fields = { summary: 'field_resume', themes: 'field_categories' };
    await waitForState(other, 'ready');
    await until(() => text(root(other).querySelector('[part~="summary"]')) === 'Un guide pratique.', 'the mapped summary');
  });

  it('names a mistyped field in a hint', async () => {
    const element = await ready({ ...base, fields: 'resume: field_resume' });
    expect(text(root(element).querySelector('[part~="hint"]'))).to.contain('Attribut fields : champ inconnu « resume »');
  });

  it('shows an alert with a retry button when a further page fails, and keeps what was shown', async () => {
    const data = {
      data: [
        {
          type: 'node--article',
          id: '1',
          attributes: { title: 'Seule actualité', created: '2021-02-26T12:45:00+00:00', path: { alias: '/a' } },
        },
      ],
      links: { next: { href: mockUrl({ status: 500, body: 'busy', type: 'text/plain' }) } },
    };
    const element = await mount<Feed>('irev-news-feed', { format: 'jsonapi' });
    const error = nextEvent<{ kind: string; status: number }>(element, 'irev-error');
    element.data = data;
    await waitForState(element, 'ready');
    expect((await error).detail).to.include({ kind: 'http', status: 500 });
    await until(() => !!root(element).querySelector('.more-error'), 'the alert');
    const alert = root(element).querySelector('.more-error [role="alert"]')!;
    expect(text(alert)).to.contain('(500)');
    expect(titles(element)).to.deep.equal(['Seule actualité']);
    expect(element.matches(':state(ready)')).to.equal(true);
    await expectNoAxeViolations(element);
  });

  it('says so while a further page loads, then gives up after `timeout` ms with a retry button', async () => {
    const element = await mount<Feed>('irev-news-feed', { format: 'jsonapi', timeout: '500' });
    element.data = {
      data: [
        { type: 'node--article', id: '1', attributes: { title: 'Première', created: '2021-02-26T12:45:00+00:00', path: { alias: '/a' } } },
      ],
      links: { next: { href: mockUrl({ file: 'test/fixtures/news/jsonapi-page-2.json', delay: 'never', count: `k${Date.now()}` }) } },
    };
    await waitForState(element, 'ready');
    await until(() => moreButton(element)?.getAttribute('aria-disabled') === 'true', 'the loading button');
    expect(text(moreButton(element))).to.equal('Chargement…');
    expect(element.matches(':state(ready)')).to.equal(true);
    await expectNoAxeViolations(element);
    await until(() => !!root(element).querySelector('.more-error'), 'the time-out', 3000);
    expect(text(root(element).querySelector('.more-error'))).to.contain('délai dépassé');
    expect(element.events.filter((event) => event.type === 'irev-error').at(-1)?.detail.kind).to.equal('timeout');
    root(element).querySelector<HTMLButtonElement>('.more-error button')!.click();
    await until(() => moreButton(element)?.getAttribute('aria-disabled') === 'true', 'loading again');
  });

  it('stops reading further pages once removed from the page', async () => {
    const spy = spyFetch();
    try {
      const element = await mount<Feed>('irev-news-feed', { format: 'jsonapi' });
      element.data = {
        data: [
          {
            type: 'node--article',
            id: '1',
            attributes: { title: 'Première', created: '2021-02-26T12:45:00+00:00', path: { alias: '/a' } },
          },
        ],
        links: {
          next: { href: mockUrl({ file: 'test/fixtures/news/jsonapi-page-2.json', type: 'application/vnd.api+json', delay: 200 }) },
        },
      };
      await waitForState(element, 'ready');
      await until(() => spy.calls.length === 1, 'the request for page 2');
      element.remove();
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(spy.calls.map((call) => call.url).some((url) => url.includes('jsonapi-page-3'))).to.equal(false);
    } finally {
      spy.restore();
    }
  });

  describe('when links.next points back to a page already read', () => {
    it('stops at a page that links to itself, showing each item once, with no « more »', async () => {
      const spy = spyFetch();
      try {
        // Exactly as the fixture links to itself.
        const element = await ready({ src: '/mock?file=test/fixtures/news/jsonapi-loop-self.json', format: 'jsonapi' });
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(titles(element)).to.deep.equal(['Deux', 'Un']);
        expect(moreButton(element)).to.equal(null);
        expect(spy.calls).to.have.length(1);
        // The page lists « Deux » twice: the copy is left out and counted.
        expect(element.events.filter((event) => event.type === 'irev-load').map((event) => event.detail)).to.deep.equal([
          { shown: 2, total: 2, invalid: 1 },
        ]);
      } finally {
        spy.restore();
      }
    });

    it('stops when two pages point at each other, and shows an item the second page repeats once', async () => {
      const spy = spyFetch();
      try {
        const element = await ready({ src: '/mock?file=test/fixtures/news/jsonapi-loop-a.json', format: 'jsonapi' });
        await until(() => titles(element).length === 2, 'the second page');
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(titles(element)).to.deep.equal(['Un', 'Deux']);
        expect(moreButton(element)).to.equal(null);
        expect(spy.calls.map((call) => new URL(call.url, location.href).search)).to.deep.equal([
          '?file=test/fixtures/news/jsonapi-loop-a.json',
          '?file=test/fixtures/news/jsonapi-loop-b.json',
        ]);
        expect(element.events.filter((event) => event.type === 'irev-load').at(-1)?.detail).to.deep.equal({
          shown: 2,
          total: 2,
          invalid: 0,
        });
      } finally {
        spy.restore();
      }
    });
  });

  it('never requests a next link that is not http(s)', async () => {
    const spy = spyFetch();
    try {
      const element = await ready({ src: mockUrl({ file: 'test/fixtures/news/jsonapi-hostile.json' }), format: 'jsonapi' });
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(spy.calls).to.have.length(1);
      expect(moreButton(element)).to.equal(null);
    } finally {
      spy.restore();
    }
  });
});

describe('<irev-news-feed format="rss">', () => {
  it('reads titles, links, RFC 822 dates, categories, authors and images, newest first', async () => {
    const element = await ready({ src: RSS, format: 'rss' });
    expect(titles(element)).to.deep.equal([
      "Point sur l'actualité des Cités éducatives",
      'La 4e newsletter des Cités éducatives',
      'Rencontre régionale dédiée aux 13 Cités éducatives',
      'Séance de travail « diagnostic partagé »',
    ]);
    const seed = article(element, "Point sur l'actualité");
    expect(text(seed.querySelector('[part~="dates"]'))).to.equal('Publié le 26 février 2021');
    expect(seed.querySelector('time')!.getAttribute('datetime')).to.equal('2021-02-26T13:45:00+01:00');
    // Relative links resolve against the feed's xml:base.
    expect(seed.querySelector('a')!.getAttribute('href')).to.equal(
      new URL('/site-irev/actualites-0/point-sur-lactualite-des-cites-educatives-0', location.href).href,
    );
    expect([...seed.querySelectorAll('[part~="theme"]')].map(text)).to.deep.equal(['Education', 'Politique de la ville - DSU']);
    expect(text(seed.querySelector('.author'))).to.equal('Par IREV');
    // The image Drupal puts in the description, with its alt text.
    expect(seed.querySelector('img')!.getAttribute('alt')).to.equal('Carte des Cités éducatives des Hauts-de-France');
    // The description as text, without the copy of the title at its start, nor the script.
    expect(text(seed.querySelector('[part~="summary"]'))).to.equal(
      "L'IREV, en tant que centre de ressources Politique de la ville Hauts-de-France, a initié en 2020 l'animation du réseau des Cités éducatives. Accéder à la 4e newsletter",
    );
    // A guid that is a permalink stands for the link; « CET » and a two-digit year are read; an enclosure gives the image.
    const newsletter = article(element, 'newsletter');
    expect(newsletter.querySelector('a')!.getAttribute('href')).to.equal('https://www.citeseducatives.fr/actualites/newsletter-4');
    expect(newsletter.querySelector('time')!.getAttribute('datetime')).to.equal('2021-02-23T09:00:00+01:00');
    expect(newsletter.querySelector('img')!.getAttribute('alt')).to.equal('');
    expect(newsletter.querySelector('img')!.getAttribute('src')).to.contain('/test/fixtures/news/images/cites-educatives.svg');
    // Escaped HTML in a description is read as HTML, and shown as its text.
    expect(text(article(element, 'Rencontre').querySelector('[part~="summary"]'))).to.equal(
      'Une matinée pour les membres des troïkas : échanges de pratiques, interconnaissance et lien piégé.',
    );
    expect(text(article(element, 'Rencontre').querySelector('.author'))).to.equal('Par equipe.irev');
    expect(article(element, 'diagnostic').querySelector('img')!.getAttribute('alt')).to.equal('Affiche de la séance');
    await expectNoAxeViolations(element);
  });

  it('never shows a 1×1 tracking image', async () => {
    const element = await ready({ src: RSS, format: 'rss', 'rich-summary': true });
    await until(() => !!root(element).querySelector('.summary--rich'), 'the rich summaries');
    expect([...root(element).querySelectorAll('img')].some((img) => img.src.includes('tracker'))).to.equal(false);
    const rich = article(element, 'Rencontre').querySelector('.summary--rich')!;
    expect(rich.querySelector('strong')?.textContent).to.equal('échanges de pratiques');
    expect(rich.querySelector('a')!.hasAttribute('href')).to.equal(false);
    expect(article(element, "Point sur l'actualité").querySelector('.summary--rich script, .summary--rich img')).to.equal(null);
  });

  it('reads a feed given as text through .data', async () => {
    const element = await mount<Feed>('irev-news-feed', { format: 'rss' });
    element.data =
      '<rss version="2.0"><channel><title>x</title><item><title>Depuis .data</title><link>https://www.irev.fr/a</link><pubDate>Fri, 26 Feb 2021 13:45:00 +0100</pubDate></item></channel></rss>';
    await waitForState(element, 'ready');
    expect(titles(element)).to.deep.equal(['Depuis .data']);
  });

  it('reports a document that is not RSS as a schema error', async () => {
    const element = await mount<Feed>('irev-news-feed', {
      format: 'rss',
      src: mockUrl({ body: '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>', type: 'application/atom+xml' }),
    });
    await waitForState(element, 'error');
    expect(element.events.find((event) => event.type === 'irev-error')?.detail.kind).to.equal('schema');
  });
});

describe('<irev-news-feed> and the language a source declares (RGAA 8.7)', () => {
  const rss = (language: string) => `<?xml version="1.0"?>
    <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Flux</title><link>https://example.org/</link>
      <language>${language}</language>
      <item><title>News in English</title><link>https://example.org/a</link><pubDate>Mon, 01 Mar 2021 10:00:00 +0100</pubDate></item>
      <item><title>Nachrichten</title><link>https://example.org/b</link><pubDate>Sun, 28 Feb 2021 10:00:00 +0100</pubDate><dc:language>de</dc:language></item>
    </channel></rss>`;
  const titleLangs = (element: Feed) =>
    [...root(element).querySelectorAll('[part~="title"]')].map((title) => title.closest('[lang]')?.getAttribute('lang') ?? null);

  it("marks an RSS feed's items with the channel's <language>, or their own dc:language", async () => {
    const element = await mount<Feed>('irev-news-feed', { format: 'rss' });
    element.data = rss('en-GB');
    await waitForState(element, 'ready');
    expect(titles(element)).to.deep.equal(['News in English', 'Nachrichten']);
    expect(titleLangs(element)).to.deep.equal(['en-GB', 'de']);
  });

  it('marks nothing in a French widget for a French feed, nor for « und »', async () => {
    for (const language of ['fr', 'und']) {
      const element = await mount<Feed>('irev-news-feed', { format: 'rss' });
      element.data = rss(language).replace('<dc:language>de</dc:language>', '');
      await waitForState(element, 'ready');
      expect(titleLangs(element), language).to.deep.equal([null, null]);
    }
  });

  it("marks a JSON:API node with Drupal's langcode", async () => {
    const element = await mount<Feed>('irev-news-feed', { format: 'jsonapi' });
    const node = (id: string, title: string, langcode: string) => ({
      type: 'node--article',
      id,
      attributes: { title, langcode, created: '2021-03-01T10:00:00+01:00', path: { alias: `/${id}` } },
    });
    element.data = { data: [node('a', 'Article in English', 'en'), node('b', 'Article en français', 'fr')] };
    await waitForState(element, 'ready');
    expect(titles(element)).to.deep.equal(['Article in English', 'Article en français']);
    expect(titleLangs(element)).to.deep.equal(['en', null]);
  });
});

describe('<irev-news-feed> while its data loads', () => {
  it('keeps room for `limit` items where they will come, so that the page below does not jump', async () => {
    const element = await mount<IrevNewsFeed>('irev-news-feed', {
      src: mockUrl({ file: 'test/fixtures/news/irev.json', delay: 'never', count: `k${Date.now()}` }),
      limit: '4',
    });
    expect(element.matches(':state(loading)')).to.equal(true);
    const room = [...root(element).querySelectorAll<HTMLElement>('.irev-skeleton')];
    expect(room).to.have.length(4);
    expect(room.every((block) => block.closest('[aria-hidden="true"]'))).to.equal(true);
    expect(element.getBoundingClientRect().height).to.be.above(4 * 150);
  });
});

describe('<irev-news-feed> items, built once and kept', () => {
  const item = (title: string, fields: Record<string, unknown> = {}) => ({
    title,
    url: `/actualites/${encodeURIComponent(title)}`,
    published: '2021-03-01T10:00:00+01:00',
    ...fields,
  });

  it('keeps the items already shown when « more » adds some', async () => {
    const element = await ready({ src: IREV, limit: '3' });
    const before = articles(element);
    moreButton(element)!.click();
    await element.updateComplete;
    expect(articles(element)).to.have.length(6);
    expect(articles(element).slice(0, 3)).to.deep.equal(before);
    expect(root(element).activeElement).to.equal(articles(element)[3].querySelector('[part~="title"] a'));
  });

  it('shows the new texts when the data changes, item by item', async () => {
    const element = await mount<Feed>('irev-news-feed', {});
    element.data = { news: [item('Réunion', { summary: 'Ancien résumé', themes: ['Education'], type: 'Agenda' })] };
    await waitForState(element, 'ready');
    expect(text(articles(element)[0].querySelector('[part~="summary"]'))).to.equal('Ancien résumé');
    element.data = {
      news: [item('Réunion', { summary: 'Nouveau résumé', themes: ['Santé'], updated: '2021-03-04T10:00:00+01:00', author: 'IREV' })],
    };
    await until(() => text(articles(element)[0].querySelector('[part~="summary"]')) === 'Nouveau résumé', 'the new summary');
    const shown = articles(element)[0];
    expect([...shown.querySelectorAll('[part~="theme"]')].map(text)).to.deep.equal(['Santé']);
    expect(shown.querySelector('[part~="type"]')).to.equal(null);
    expect(text(shown.querySelector('[part~="dates"]'))).to.equal('Publié le 1er mars 2021, modifié le 4 mars 2021');
    expect(text(shown.querySelector('.author'))).to.equal('Par IREV');
  });

  it('shows what the layout and heading level ask for in items already shown', async () => {
    const element = await ready({ src: IREV });
    element.layout = 'compact';
    element.headingLevel = 3;
    await element.updateComplete;
    expect(root(element).querySelector('[part~="summary"], [part~="themes"], [part~="image"], .author')).to.equal(null);
    expect([...root(element).querySelectorAll('[part~="title"]')].map((title) => title.getAttribute('aria-level'))).to.deep.equal([
      '3',
      '3',
      '3',
      '3',
      '3',
    ]);
    element.layout = 'list';
    await element.updateComplete;
    expect(article(element, "Point sur l'actualité").querySelector('[part~="summary"]')).to.not.equal(null);
    expect(article(element, "Point sur l'actualité").querySelectorAll('[part~="theme"]')).to.have.length(2);
    expect(article(element, "Point sur l'actualité").querySelector('img')!.getAttribute('alt')).to.equal(
      'Carte des Cités éducatives des Hauts-de-France',
    );
  });

  it('with rich-summary turned on, changes only the items that have HTML', async () => {
    const element = await ready({ src: IREV, limit: '10' });
    const plain = article(element, "Point sur l'actualité");
    element.richSummary = true;
    await until(() => !!article(element, 'newsletter').querySelector('.summary--rich'), 'the rich summary');
    expect(article(element, "Point sur l'actualité")).to.equal(plain);
    expect(article(element, 'newsletter').querySelector('.summary--rich strong')?.textContent).to.equal('programme national');
  });

  it('unpresses every theme button once the filter is removed, in the items that stayed', async () => {
    const element = await ready({ src: IREV, 'clickable-themes': true });
    const pressed = () => root(element).querySelectorAll('button[aria-pressed="true"]').length;
    article(element, 'soir du 28 février').querySelector<HTMLButtonElement>('button[part~="theme"]')!.click();
    await element.updateComplete;
    expect(pressed()).to.equal(3);
    root(element).querySelector<HTMLButtonElement>('button[aria-pressed="true"]')!.click();
    await element.updateComplete;
    expect(titles(element)).to.have.length(5);
    expect(pressed()).to.equal(0);
  });

  it('shows markup in every text field as text, with clickable themes too', async () => {
    const markup = '<img src=x onerror="window.__irevPwned=1">';
    const element = await mount<Feed>('irev-news-feed', { 'clickable-themes': true });
    element.data = {
      news: [
        item(`Titre ${markup}`, {
          type: `Type ${markup}`,
          themes: [`Thème ${markup}`],
          summary: `Résumé ${markup}`,
          author: `Auteur ${markup}`,
          image: { src: '/a.svg', alt: `Image ${markup}` },
        }),
      ],
    };
    await waitForState(element, 'ready');
    const shown = articles(element)[0];
    expect(text(shown.querySelector('[part~="title"]'))).to.equal(`Titre ${markup}`);
    expect(text(shown.querySelector('[part~="type"]'))).to.equal(`Type ${markup}`);
    expect(text(shown.querySelector('button[part~="theme"]'))).to.equal(`Filtrer par thématique : Thème ${markup}`);
    expect(text(shown.querySelector('[part~="summary"]'))).to.equal(`Résumé ${markup}`);
    expect(text(shown.querySelector('.author'))).to.equal(`Par Auteur ${markup}`);
    expect(shown.querySelector('img[part~="image"]')!.getAttribute('alt')).to.equal(`Image ${markup}`);
    expect(shown.querySelectorAll('img')).to.have.length(1);
    expect(shown.querySelector('[onerror]')).to.equal(null);
  });
});
