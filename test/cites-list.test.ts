import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defineAll } from '../src/define-all.js';
import type { IrevCitesList } from '../src/components/cites-list/cites-list.js';
import { clearDocumentCache } from '../src/core/fetch-document.js';
import { useLang } from '../src/core/localization.js';
import { expectNoAxeViolations } from './shared/a11y.js';
import { runDataWidgetSuite } from './shared/data-widget-suite.js';
import { captureConsole, mockUrl, mount, typeKeys, visibleText, waitForState } from './shared/helpers.js';

defineAll();

runDataWidgetSuite({
  tag: 'irev-cites-list',
  good: { file: 'demo/data/cites.json', count: 21, readyText: 'Valenciennes-Anzin' },
  empty: 'test/fixtures/cites/empty.json',
  mixed: { file: 'test/fixtures/cites/mixed.json', count: 3, invalid: 3 },
  hostile: 'test/fixtures/cites/hostile.json',
  nulls: { file: 'test/fixtures/cites/nulls.json', count: 2, invalid: 1 },
  oversized: (text) => ({
    cites: [
      {
        id: 'longue',
        name: text,
        departement: '59',
        communes: [text, text],
        status: 'labellisee',
        contact: { name: text, email: text, phone: text },
      },
    ],
  }),
});

describe('<irev-cites-list>', () => {
  const src = mockUrl({ file: 'demo/data/cites.json' });
  const shadow = (element: IrevCitesList) => element.shadowRoot!;
  const names = (element: IrevCitesList) => [...shadow(element).querySelectorAll('.cite-name')].map((node) => node.textContent!.trim());
  const count = (element: IrevCitesList) => shadow(element).querySelector('[part~="count"]')!.textContent!.trim();
  async function ready(attributes: Record<string, string | boolean>) {
    const element = await mount<IrevCitesList>('irev-cites-list', { src, ...attributes });
    await waitForState(element, 'ready');
    return element;
  }
  async function typeInSearch(element: IrevCitesList, text: string) {
    const input = shadow(element).querySelector<HTMLInputElement>('#search')!;
    input.focus();
    input.select();
    await typeKeys(text); // WebKitGTK typed « commune » as « comune » in one sendKeys
    await element.updateComplete;
  }

  describe('with the 21 cités of Hauts-de-France', () => {
    it('groups them by département, in order, with names and codes', async () => {
      const element = await ready({});
      const groups = [...shadow(element).querySelectorAll('[part~="group-title"]')].map((node) => node.textContent!.trim());
      expect(groups).to.deep.equal(['Aisne (02)', 'Nord (59)', 'Oise (60)', 'Pas-de-Calais (62)', 'Somme (80)']);
      expect(count(element)).to.equal('21 cités éducatives');
      expect(names(element)).to.have.length(21);
    });

    it('shows each cité with its communes and its status badge', async () => {
      const element = await ready({});
      const valenciennes = [...shadow(element).querySelectorAll('[part~="cite"]')].find((node) =>
        node.textContent!.includes('Valenciennes-Anzin'),
      )!;
      expect(valenciennes.querySelector('.communes')!.textContent).to.contain('Valenciennes, Anzin');
      expect(valenciennes.querySelector('[part~="badge"]')!.textContent!.trim()).to.equal('Labellisée en 2019');
      const lievin = [...shadow(element).querySelectorAll('[part~="cite"]')].find((node) => node.textContent!.includes('Liévin'))!;
      expect(lievin.querySelector('[part~="badge"]')!.textContent!.trim()).to.equal('En cours de labellisation');
      const link = lievin.querySelector('a')!;
      expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Site de la cité Liévin');
      expect(link.href).to.match(/^https:\/\/irev\.fr\//);
    });

    it("counts one département in words: « 3 cités éducatives dans l'Oise »", async () => {
      expect(count(await ready({ departement: '60' }))).to.equal("3 cités éducatives dans l'Oise");
      expect(count(await ready({ departement: '80' }))).to.equal('1 cité éducative dans la Somme');
    });

    it('shows several départements: departement="59,62"', async () => {
      const element = await ready({ departement: '59, 62' });
      expect(count(element)).to.equal('15 cités éducatives');
      expect([...shadow(element).querySelectorAll('[part~="group-title"]')].map((n) => n.textContent!.trim())).to.deep.equal([
        'Nord (59)',
        'Pas-de-Calais (62)',
      ]);
    });

    it('shows one status: 13 labellisées, 8 en cours', async () => {
      expect(count(await ready({ status: 'labellisee' }))).to.equal('13 cités éducatives');
      expect(count(await ready({ status: 'en-labellisation' }))).to.equal('8 cités éducatives');
    });

    it('lists them without groups with group-by="none", alphabetically', async () => {
      const element = await ready({ 'group-by': 'none' });
      expect(shadow(element).querySelector('[part~="group-title"]')).to.equal(null);
      expect(names(element).slice(0, 3)).to.deep.equal(['Saint-Quentin', 'Soissons', 'Denain']);
    });

    it('lays them out in columns with layout="grid"', async () => {
      const element = await ready({ layout: 'grid' });
      element.style.width = '900px';
      const list = shadow(element).querySelector('ul.cites')!;
      expect(getComputedStyle(list).gridTemplateColumns.split(' ').length).to.be.greaterThan(1);
    });
  });

  describe('when the visitor searches', () => {
    for (const [query, expected] of [
      ['lievin', ['Liévin']],
      ['LIÉVIN', ['Liévin']],
      ['grande synthe', ['Dunkerque-Grande-Synthe']],
      ['anzin', ['Valenciennes-Anzin']],
      ['maubeuge', ['Hautmont-Louvroil-Maubeuge-Neuf-Mesnil', 'Maubeuge']],
    ] as const) {
      it(`finds ${expected.join(' and ')} for « ${query} »`, async () => {
        const element = await ready({ search: true });
        await typeInSearch(element, query);
        expect(names(element)).to.deep.equal(expected);
      });
    }

    it('keeps the focus in the search field while the list changes', async () => {
      const element = await ready({ search: true, filters: true });
      await typeInSearch(element, 'lil');
      expect(shadow(element).activeElement?.id).to.equal('search');
      expect(names(element)).to.deep.equal(['Lille']);
    });

    it('announces the new count politely once typing pauses', async () => {
      const element = await ready({ search: true });
      const status = shadow(element).querySelector('[role="status"]')!;
      expect(status.textContent!.trim()).to.equal('');
      await typeInSearch(element, 'calais');
      await new Promise((resolve) => setTimeout(resolve, 700));
      await element.updateComplete;
      expect(status.textContent!.trim()).to.equal('1 cité éducative');
      expect(count(element)).to.equal('1 cité éducative');
    });

    it('says when nothing matches and offers to clear the search, then focuses the field', async () => {
      const element = await ready({ search: true });
      await typeInSearch(element, 'paris');
      expect(visibleText(element)).to.contain('Aucune cité éducative ne correspond à « paris ».');
      await expectNoAxeViolations(element);
      shadow(element).querySelector<HTMLButtonElement>('[part~="empty"] button')!.click();
      await element.updateComplete;
      await element.updateComplete;
      expect(names(element)).to.have.length(21);
      expect(shadow(element).activeElement?.id).to.equal('search');
    });

    it('emits irev-filter-change with the search and the count', async () => {
      const element = await ready({ search: true });
      await typeInSearch(element, 'roubaix');
      const last = element.events.filter((e) => e.type === 'irev-filter-change').at(-1)!;
      expect(last.detail).to.deep.equal({ departements: [], status: null, search: 'roubaix', count: 1 });
    });
  });

  describe('when the visitor filters', () => {
    async function choose(element: IrevCitesList, id: string, value: string) {
      const select = shadow(element).querySelector<HTMLSelectElement>(`#${id}`)!;
      select.value = value;
      select.dispatchEvent(new Event('change'));
      await element.updateComplete;
    }

    it('combines département, status and search', async () => {
      const element = await ready({ search: true, filters: true });
      await choose(element, 'departement', '62');
      expect(count(element)).to.equal('6 cités éducatives dans le Pas-de-Calais');
      await choose(element, 'status', 'en-labellisation');
      expect(names(element)).to.deep.equal(['Avion', 'Liévin']);
      await typeInSearch(element, 'av');
      expect(names(element)).to.deep.equal(['Avion']);
      const last = element.events.filter((e) => e.type === 'irev-filter-change').at(-1)!;
      expect(last.detail).to.deep.equal({ departements: ['62'], status: 'en-labellisation', search: 'av', count: 1 });
      await expectNoAxeViolations(element);
    });

    it('offers only the départements the editor allowed', async () => {
      const element = await ready({ filters: true, departement: '59,62' });
      const options = [...shadow(element).querySelectorAll('#departement option')].map((option) => option.textContent!.trim());
      expect(options).to.deep.equal(['Tous les départements', 'Nord (59)', 'Pas-de-Calais (62)']);
    });

    it('has labelled controls reachable with the keyboard', async () => {
      const element = await ready({ search: true, filters: true });
      for (const id of ['search', 'departement', 'status']) {
        const control = shadow(element).querySelector<HTMLElement>(`#${id}`)!;
        expect(shadow(element).querySelector(`label[for="${id}"]`)!.textContent!.trim().length).to.be.greaterThan(3);
        control.focus();
        expect(shadow(element).activeElement).to.equal(control);
      }
    });
  });

  describe('with sync-url', () => {
    afterEach(() => history.replaceState(null, '', location.pathname + location.search));

    it('writes the search and filters to the hash and reads them back', async () => {
      const element = await ready({ search: true, filters: true, 'sync-url': true, id: 'reseau' });
      await typeInSearch(element, 'lens');
      expect(location.hash).to.equal('#reseau-q=lens');
      const shared = await ready({ search: true, 'sync-url': true, id: 'reseau' });
      expect(names(shared)).to.deep.equal(['Lens']);
    });

    it('leaves a plain anchor of the page alone', async () => {
      history.replaceState(null, '', '#inscription');
      const element = await ready({ search: true, 'sync-url': true });
      await typeInSearch(element, 'lens');
      expect(location.hash).to.equal('#inscription');
    });

    for (const route of ['#/agenda?tab=2', '#!/actualites', '#/agenda?tab=2&cites-q=lille']) {
      it(`leaves the host's route ${route} untouched, neither read nor rewritten`, async () => {
        history.replaceState(null, '', route);
        const element = await ready({ search: true, 'sync-url': true });
        expect(names(element)).to.have.length(21);
        await typeInSearch(element, 'lens');
        expect(location.hash).to.equal(route);
      });
    }

    it("keeps the page's own key=value pairs byte for byte beside its own", async () => {
      history.replaceState(null, '', '#tab=2&x=%2F%C3%A9+a&cites-q=lille');
      const element = await ready({ search: true, 'sync-url': true });
      expect(names(element)).to.deep.equal(['Lille']);
      await typeInSearch(element, 'lens');
      expect(location.hash).to.equal('#tab=2&x=%2F%C3%A9+a&cites-q=lens');
      await typeInSearch(element, 'liévin à');
      expect(location.hash).to.equal('#tab=2&x=%2F%C3%A9+a&cites-q=li%C3%A9vin%20%C3%A0');
    });

    it('uses only a département and a status the widget offers from a shared link', async () => {
      for (const hash of ['#cites-departement=constructor', '#cites-departement=__proto__', '#cites-departement=toString']) {
        history.replaceState(null, '', hash);
        const element = await ready({ search: true, filters: true, 'sync-url': true });
        expect(count(element)).to.equal('21 cités éducatives');
        expect(visibleText(element)).to.not.contain('native code').and.not.contain('function');
        expect(shadow(element).querySelector<HTMLSelectElement>('#departement')!.value).to.equal('');
      }
      // 59 is not among the editor's départements: the status from the link still counts.
      const expected = count(await ready({ departement: '60,62', status: 'en-labellisation' }));
      history.replaceState(null, '', '#cites-departement=59&cites-status=en-labellisation');
      expect(count(await ready({ filters: true, 'sync-url': true, departement: '60,62' }))).to.equal(expected);
      history.replaceState(null, '', '#cites-status=en-labellisation');
      expect(count(await ready({ filters: true, 'sync-url': true, status: 'labellisee' }))).to.equal('13 cités éducatives');
      history.replaceState(null, '', '#cites-status=valueOf');
      expect(count(await ready({ filters: true, 'sync-url': true }))).to.equal('21 cités éducatives');
    });

    it('keeps at most 100 characters of a search from a shared link, and shows :state(empty) when none matches', async () => {
      history.replaceState(null, '', `#cites-q=${'lille'.repeat(1000)}`);
      const element = await mount<IrevCitesList>('irev-cites-list', { src, search: true, 'sync-url': true });
      await waitForState(element, 'empty');
      expect(shadow(element).querySelector<HTMLInputElement>('#search')!.value).to.have.length(100);
      expect(visibleText(element)).to.contain('Aucune cité éducative ne correspond');
    });
  });

  describe('when an attribute is mistyped', () => {
    it('tells the editor in a visible note and once in the console', async () => {
      await captureConsole('warn', async (warnings) => {
        const element = await ready({ departement: '59,99', status: 'labelisee', layout: 'mosaic' });
        const hint = shadow(element).querySelector('[part~="hint"]')!.textContent!;
        expect(hint).to.contain('code inconnu « 99 »').and.contain('Codes possibles : 02, 59, 60, 62, 80');
        expect(hint).to.contain('valeur inconnue « labelisee »').and.contain('valeur inconnue « mosaic »');
        expect(count(element)).to.equal('9 cités éducatives dans le Nord');
        element.requestUpdate();
        await element.updateComplete;
        expect(warnings.filter((w) => w.includes('99'))).to.have.length(1);
        await expectNoAxeViolations(element);
      });
    });
  });

  describe('in English', () => {
    it('renders counts, badges and controls in English', async () => {
      const element = await ready({ lang: 'en', search: true, filters: true, departement: '60' });
      // English is a file of its own, loaded the first time a widget asks for it.
      await waitUntil(() => visibleText(element).includes('Search for a cité'), 'the widget never turned English', { timeout: 5000 });
      const text = visibleText(element);
      expect(text).to.contain('3 cités éducatives in Oise').and.contain('Labelled in 2019').and.contain('Labelling in progress');
      expect(text).to.contain('Search for a cité or a town');
      await useLang('fr');
    });
  });

  describe('with 2,000 cités', () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({
      id: `c${i}`,
      name: `Cité ${i}`,
      departement: ['02', '59', '60', '62', '80'][i % 5],
      communes: [`Commune ${i}`, `Autre ${i}`],
      status: i % 3 ? 'labellisee' : 'en-labellisation',
      year: 2019,
    }));

    it('renders a first page and shows more on demand, keeping the DOM small', async () => {
      clearDocumentCache();
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const element = document.createElement('irev-cites-list') as IrevCitesList;
      element.data = { cites: many };
      element.search = true;
      container.append(element);
      await waitForState(element, 'ready');
      expect(count(element)).to.equal('2000 cités éducatives');
      expect(names(element)).to.have.length(60);
      shadow(element).querySelector<HTMLButtonElement>('.more')!.click();
      await element.updateComplete;
      expect(names(element)).to.have.length(120);
      await typeInSearch(element, 'commune 1999');
      expect(names(element)).to.deep.equal(['Cité 1999']);
    });

    it('without search or filters, shows its first cités before the others are checked, counting them all, and reports once every cité is', async () => {
      clearDocumentCache();
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const element = document.createElement('irev-cites-list') as IrevCitesList;
      // One broken cité far down the list: it is reported with the rest, once they are all checked.
      element.data = { cites: many.map((cite, i) => (i === 1500 ? { ...cite, departement: 'xx' } : cite)) };
      element.departement = '59';
      const loads: CustomEvent[] = [];
      element.addEventListener('irev-load', (event) => loads.push(event as CustomEvent));
      // What the first render with cités showed, read before any idle time.
      let first: { loads: number; names: string[]; count: string } | undefined;
      const observer = new MutationObserver(() => {
        if (!first && shadow(element).querySelector('.cite-name'))
          first = { loads: loads.length, names: names(element), count: count(element) };
      });
      container.append(element);
      observer.observe(shadow(element), { childList: true, subtree: true });
      await waitUntil(() => loads.length === 1, 'irev-load never came', { timeout: 10_000 });
      observer.disconnect();
      // Shown before the idle check: the first 60 of the Nord in order, the heading counting the 400 as written.
      expect(first).to.deep.include({ loads: 0, count: '400 cités éducatives dans le Nord' });
      expect(first!.names).to.have.length(60);
      expect(first!.names[0]).to.equal('Cité 1');
      expect(loads[0].detail).to.deep.equal({ shown: 60, total: 1999, invalid: 1 });
      expect(count(element)).to.equal('400 cités éducatives dans le Nord');
      expect(names(element)).to.deep.equal(first!.names);
    });
  });
});
