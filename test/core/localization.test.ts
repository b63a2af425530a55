import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define-all.js';
import { defineAll } from '../../src/define-all.js';
import { normalizeLang, resolveLang, useLang } from '../../src/core/localization.js';
import type { IrevElement } from '../../src/core/base-element.js';
import { mount, mockUrl, visibleText, waitForState, type Mounted } from '../shared/helpers.js';
import type { IrevCitesList } from '../../src/components/cites-list/cites-list.js';

defineAll();

async function settle(element: Element & { updateComplete: Promise<boolean> }) {
  for (let i = 0; i < 5; i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    await element.updateComplete;
  }
}

describe('languages', () => {
  afterEach(() => useLang('fr'));

  it('reads the first subtag of lang and falls back to French', () => {
    expect(normalizeLang('en-GB')).to.equal('en');
    expect(normalizeLang('EN')).to.equal('en');
    expect(normalizeLang('fr-BE')).to.equal('fr');
    expect(normalizeLang('de')).to.equal('fr');
    expect(normalizeLang('')).to.equal('fr');
    expect(normalizeLang(null)).to.equal('fr');
  });

  it("takes the element's own lang, else the nearest ancestor's, else fr", async () => {
    const tree = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <section><span id="inner"></span><span id="own" lang="fr"></span></section>
      </div>`,
    );
    expect(resolveLang(tree.querySelector('#inner')!)).to.equal('en');
    expect(resolveLang(tree.querySelector('#own')!)).to.equal('fr');
    const orphan = document.createElement('span');
    expect(resolveLang(orphan)).to.equal('fr');
  });

  it('crosses shadow roots to find the ancestor lang', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLang(inner)).to.equal('en');
  });

  describe('when lang switches from fr to en', () => {
    it('re-renders the widget in English, and back in French', async () => {
      const element = await mount<IrevCitesList>('irev-cites-list', { src: mockUrl({ file: 'demo/data/cites.json' }), search: true });
      await waitForState(element, 'ready');
      expect(visibleText(element)).to.contain('21 cités éducatives').and.contain('Rechercher une cité ou une commune');
      element.setAttribute('lang', 'en');
      // English is a file of its own, loaded the first time a widget asks for it.
      await waitUntil(() => visibleText(element).includes('Search for a cité or a town'), 'no English after the switch');
      expect(visibleText(element)).to.contain('Labelled in 2019');
      element.setAttribute('lang', 'fr');
      await settle(element);
      expect(visibleText(element)).to.contain('Labellisée en 2019');
    });

    it("follows a change of the page's lang", async () => {
      const page = await fixture<HTMLDivElement>(html`<div lang="fr"></div>`);
      const element = await mount<IrevCitesList>(
        'irev-cites-list',
        { src: mockUrl({ file: 'demo/data/cites.json' }) },
        { container: page },
      );
      await waitForState(element, 'ready');
      page.setAttribute('lang', 'en');
      await settle(element);
      expect(visibleText(element)).to.contain('21 cités éducatives').and.contain('Labelling in progress');
    });

    it('translates the error messages too', async () => {
      const element = await mount<IrevCitesList>('irev-cites-list', {
        lang: 'en',
        src: mockUrl({ status: 503, body: 'x', type: 'text/plain' }),
      });
      await waitForState(element, 'error');
      await settle(element);
      const retry = element.shadowRoot!.querySelector('[part~="retry-button"]')?.textContent?.trim();
      expect(visibleText(element)).to.contain('The data source answered with an error (503). Try again in a moment.');
      expect(retry).to.equal('Try again');
    });
  });
});

describe('a page that mixes languages (RGAA 8.7)', () => {
  afterEach(() => useLang('fr'));

  const news = mockUrl({ file: 'demo/data/news.json' });
  const both = async () => {
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    const french = await mount<IrevElement>('irev-news-feed', { lang: 'fr', src: news, limit: '2' }, { container: page });
    const english = await mount<IrevElement>('irev-news-feed', { lang: 'en', src: news, limit: '2' }, { container: page, keepCache: true });
    await Promise.all([waitForState(french, 'ready'), waitForState(english, 'ready')]);
    await settle(french);
    await settle(english);
    return { french, english };
  };

  it('renders each widget in its own language, whichever rendered last', async () => {
    const { french, english } = await both();
    expect(visibleText(french)).to.contain('Publié le').and.contain("Afficher plus d'actualités").and.not.contain('Published');
    expect(visibleText(english)).to.contain('Published').and.contain('Show more news').and.not.contain('Publié le');
    // The French one renders again after the English one: each keeps its language.
    french.setAttribute('limit', '3');
    await settle(french);
    english.setAttribute('limit', '3');
    await settle(english);
    expect(visibleText(french)).to.contain("Afficher plus d'actualités");
    expect(visibleText(english)).to.contain('Show more news');
    expect(french.shadowRoot!.querySelector('time')!.textContent).to.match(/février|mars|janvier/);
  });

  it('sends each its own language in irev-error, the error arriving outside any render', async () => {
    const failing = mockUrl({ status: 503, body: 'x', type: 'text/plain' });
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    const french = await mount<IrevElement & Mounted>('irev-cites-list', { lang: 'fr', src: failing }, { container: page });
    const english = await mount<IrevElement & Mounted>(
      'irev-cites-list',
      { lang: 'en', src: failing },
      { container: page, keepCache: true },
    );
    await Promise.all([waitForState(french, 'error'), waitForState(english, 'error')]);
    const message = (element: Mounted) =>
      (element.events.find((event) => event.type === 'irev-error')?.detail as { message: string }).message;
    expect(message(french)).to.match(/source de données/);
    expect(message(english)).to.match(/data source/);
  });

  it('marks French data lang="fr" inside an English widget, and data that declares its language with it', async () => {
    const element = await mount<IrevElement>('irev-news-feed', { lang: 'en', limit: '2' });
    (element as unknown as { data: unknown }).data = {
      news: [
        {
          title: 'Rencontre régionale',
          url: 'https://example.org/a',
          published: '2021-03-02',
          summary: 'En visioconférence.',
          themes: ['Éducation'],
        },
        { title: 'Network news', url: 'https://example.org/b', published: '2021-03-01', summary: 'In English.', lang: 'en' },
      ],
    };
    await waitForState(element, 'ready');
    const [french, english] = [...element.shadowRoot!.querySelectorAll('article')];
    for (const part of ['title', 'summary', 'themes'])
      expect(french.querySelector(`[part~="${part}"]`)!.closest('[lang]')!.getAttribute('lang')).to.equal('fr');
    // The interface text beside the data stays in the widget's language.
    expect(french.querySelector('[part~="dates"]')!.closest('[lang]')).to.equal(null);
    expect(english.querySelector('[part~="title"]')!.closest('[lang]')).to.equal(null);
    // In a French widget, French data needs no mark, English data does.
    element.setAttribute('lang', 'fr');
    await settle(element);
    const [fr, en] = [...element.shadowRoot!.querySelectorAll('article')];
    expect(fr.querySelector('[lang]')).to.equal(null);
    expect(en.querySelector('[part~="title"]')!.closest('[lang]')!.getAttribute('lang')).to.equal('en');
  });
});
