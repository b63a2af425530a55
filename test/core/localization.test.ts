import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define-all.js';
import { defineAll } from '../../src/define-all.js';
import { currentLang, normalizeLang, resolveLang, useLang } from '../../src/core/localization.js';
import { mount, mockUrl, visibleText, waitForState } from '../shared/helpers.js';
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
      expect(currentLang()).to.equal('en');
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

describe('a page that mixes languages', () => {
  afterEach(() => useLang('fr'));

  it('settles on the last language asked for instead of switching back and forth', async () => {
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    const french = await mount<IrevCitesList>(
      'irev-cites-list',
      { lang: 'fr', src: mockUrl({ file: 'demo/data/cites.json' }) },
      { container: page },
    );
    await waitForState(french, 'ready');
    let renders = 0;
    const count = () => (renders += 1);
    window.addEventListener('lit-localize-status', count);
    try {
      const english = await mount<IrevCitesList>(
        'irev-cites-list',
        { lang: 'en', src: mockUrl({ file: 'demo/data/cites.json' }) },
        { container: page, keepCache: true },
      );
      await waitForState(english, 'ready');
      await new Promise((resolve) => setTimeout(resolve, 300));
      // One switch to English: « loading » then « ready ».
      expect(renders).to.be.at.most(2);
      expect(currentLang()).to.equal('en');
    } finally {
      window.removeEventListener('lit-localize-status', count);
    }
  });
});
