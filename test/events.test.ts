import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defineAll } from '../src/define-all.js';
import type { IrevEvents } from '../src/components/events/events.js';
import { useLang } from '../src/core/localization.js';
import type { IrevEvent } from '../src/schemas/event.js';
import { expectNoAxeViolations } from './shared/a11y.js';
import { runDataWidgetSuite } from './shared/data-widget-suite.js';
import { captureConsole, mockUrl, mount, settle, visibleText } from './shared/helpers.js';
import type { IrevLoadDetail } from '../src/core/events.js';
import { oversizedEvent } from './shared/oversized.js';

defineAll();

runDataWidgetSuite({
  tag: 'irev-events',
  attributes: { now: '2021-02-01' },
  good: { file: 'demo/data/events.json', count: 5, readyText: 'Webinaire EVALUATION' },
  empty: 'test/fixtures/events/empty.json',
  mixed: { file: 'test/fixtures/events/mixed.json', count: 3, invalid: 3 },
  hostile: 'test/fixtures/events/hostile.json',
  nulls: { file: 'test/fixtures/events/nulls.json', count: 2, invalid: 1 },
  oversized: (text) => ({ events: [oversizedEvent(text)] }),
});

const demo = mockUrl({ file: 'demo/data/events.json' });

const agendaOf = async (attributes: Record<string, string | boolean>) =>
  settle(await mount<IrevEvents>('irev-events', { src: demo, ...attributes }));

const titles = (element: IrevEvents) =>
  [...element.shadowRoot!.querySelectorAll('[part~="title"]')].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());
const badges = (element: IrevEvents) =>
  [...element.shadowRoot!.querySelectorAll('[part~="badge"]')].map((node) => node.textContent!.trim());

const OUTILS =
  'Présentation et transmission aux 8 cités éducatives des outils IREV utilisés par les précédentes CE dans la phase de labellisation';
const DIAGNOSTIC = 'Séance de travail « diagnostic partagé »';
const MATIN = 'Rencontre régionale dédiée aux 13 cités éducatives';
const APRES_MIDI = 'Soutien à la labellisation des 8 nouvelles cités éducatives';
const WEBINAIRE = 'Webinaire EVALUATION';

describe('<irev-events>', () => {
  describe('on 1 February 2021', () => {
    it('lists every meeting of the seed as a card, soonest first, in a list', async () => {
      const element = await agendaOf({ now: '2021-02-01' });
      expect(titles(element)).to.deep.equal([OUTILS, DIAGNOSTIC, MATIN, APRES_MIDI, WEBINAIRE]);
      expect(element.shadowRoot!.querySelectorAll('ul[part~="list"] > li > article[part~="card"]')).to.have.length(5);
      expect(badges(element)).to.deep.equal(['À venir', 'À venir', 'À venir', 'À venir', 'À venir']);
      await expectNoAxeViolations(element);
    });
  });

  describe('on 1 March 2021 (the demo’s present)', () => {
    it('leaves the February meetings out', async () => {
      expect(titles(await agendaOf({ now: '2021-03-01' }))).to.deep.equal([MATIN, APRES_MIDI, WEBINAIRE]);
    });

    it('with past, shows them after the upcoming ones, most recent first, marked « Terminé »', async () => {
      const element = await agendaOf({ now: '2021-03-01', past: true });
      expect(titles(element)).to.deep.equal([MATIN, APRES_MIDI, WEBINAIRE, DIAGNOSTIC, OUTILS]);
      expect(badges(element)).to.deep.equal(['À venir', 'À venir', 'À venir', 'Terminé', 'Terminé']);
      await expectNoAxeViolations(element);
    });
  });

  describe('on 9 March 2021 at 10 h', () => {
    it('keeps the morning meeting, under way, at the top', async () => {
      const element = await agendaOf({ now: '2021-03-09T10:00:00+01:00' });
      expect(titles(element)).to.deep.equal([MATIN, APRES_MIDI, WEBINAIRE]);
      expect(badges(element)).to.deep.equal(['En cours', "Aujourd'hui", 'À venir']);
    });
  });

  describe('with limit', () => {
    it('shows that many cards first, the soonest', async () => {
      expect(titles(await agendaOf({ now: '2021-02-01', limit: '2' }))).to.deep.equal([OUTILS, DIAGNOSTIC]);
    });

    it('counts the past ones after the upcoming ones', async () => {
      expect(titles(await agendaOf({ now: '2021-03-01', past: true, limit: '4' }))).to.deep.equal([
        MATIN,
        APRES_MIDI,
        WEBINAIRE,
        DIAGNOSTIC,
      ]);
    });

    for (const limit of ['trois', '1.5', '0', '-2', '']) {
      it(`tells the editor that limit="${limit}" is not a whole number from 1, and shows the default 10`, async () => {
        const element = await agendaOf({ now: '2021-02-01', limit });
        expect(element.shadowRoot!.querySelector('[part~="hint"]')!.textContent!.trim()).to.equal(
          `Attribut limit : « ${limit} » n'est pas un nombre entier à partir de 1 ; 10 est utilisé.`,
        );
        expect(titles(element)).to.have.length(5);
        await expectNoAxeViolations(element);
      });
    }
  });

  describe('with more events than its limit', () => {
    /** 25 weekly meetings from 1 March 2021, in Paris. */
    const weekly: IrevEvent[] = Array.from({ length: 25 }, (_, i) => ({
      id: `reunion-${i + 1}`,
      title: `Réunion ${i + 1}`,
      start: new Date(Date.UTC(2021, 2, 1 + 7 * i, 9)).toISOString().replace('.000Z', 'Z'),
      url: `https://example.org/reunion-${i + 1}`,
    }));
    async function agendaWith(events: IrevEvent[], attributes: Record<string, string> = {}) {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const element = document.createElement('irev-events');
      element.data = events;
      element.setAttribute('now', '2021-02-01');
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      container.append(element);
      return settle(element);
    }
    const jsonLdNames = async (element: IrevEvents, count: number) => {
      await waitUntil(
        () => JSON.parse(element.querySelector(':scope > script[type="application/ld+json"]')?.textContent || '[]').length === count,
        `the JSON-LD never described ${count} events`,
      );
      const scripts = element.querySelectorAll(':scope > script[type="application/ld+json"]');
      expect(scripts).to.have.length(1);
      return (JSON.parse(scripts[0].textContent!) as { name: string }[]).map((event) => event.name);
    };
    const more = (element: IrevEvents) => element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="more-button"]');

    it('shows 10 cards by default, and describes only those to search engines', async () => {
      const element = await agendaWith(weekly);
      expect(titles(element)).to.deep.equal(weekly.slice(0, 10).map((event) => event.title));
      expect(await jsonLdNames(element, 10)).to.deep.equal(weekly.slice(0, 10).map((event) => event.title));
      expect(more(element)!.textContent!.trim()).to.equal("Afficher plus d'événements");
      await expectNoAxeViolations(element);
    });

    it('« Afficher plus d’événements » adds as many, moves the focus to the first new card and says how many are shown', async () => {
      const element = await agendaWith(weekly);
      more(element)!.click();
      await element.updateComplete;
      expect(titles(element)).to.have.length(20);
      expect(element.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Réunion 11');
      expect(element.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim()).to.equal('20 événements affichés');
      expect(await jsonLdNames(element, 20)).to.have.length(20);
      more(element)!.click();
      await element.updateComplete;
      expect(titles(element)).to.have.length(25);
      expect(element.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Réunion 21');
      expect(more(element)).to.equal(null);
    });

    it('keeps the cards already shown when it renders again: the element the visitor is on keeps the focus, an open menu stays open', async () => {
      const element = await agendaWith(weekly);
      const calendar = element.shadowRoot!.querySelector<HTMLDetailsElement>('[part~="calendar"]')!;
      calendar.open = true;
      await waitUntil(() => calendar.querySelector('a[href*="google"]'), 'the open menu never showed its links');
      const summary = calendar.querySelector('summary')!;
      summary.focus();
      more(element)!.click();
      await element.updateComplete;
      summary.focus();
      element.requestUpdate();
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('[part~="calendar"]')).to.equal(calendar);
      expect(element.shadowRoot!.activeElement).to.equal(summary);
      expect(calendar.open).to.equal(true);
      expect(calendar.querySelector('a[href*="google"]')!.textContent).to.contain('Google Agenda');
      calendar.open = false;
      await waitUntil(() => !calendar.querySelector('a'), 'a closed menu kept its links');
    });

    it('focuses the new card itself when its title is not a link', async () => {
      const element = await agendaWith(
        weekly.map(({ url: _url, ...event }) => event),
        { limit: '3' },
      );
      more(element)!.click();
      await element.updateComplete;
      const focused = element.shadowRoot!.activeElement!;
      expect(focused.getAttribute('part')).to.equal('card');
      expect(focused.textContent).to.contain('Réunion 4');
    });

    it('with 20,000 events, renders and describes only the first 10', async () => {
      const many = Array.from({ length: 20_000 }, (_, i) => ({ ...weekly[i % 25], id: `e${i}`, title: `Événement ${i}` }));
      const element = await agendaWith(many);
      expect(titles(element)).to.have.length(10);
      expect(await jsonLdNames(element, 10)).to.have.length(10);
      expect(element.querySelector(':scope > script')!.textContent!.length).to.be.lessThan(5000);
    });
  });

  describe('with 5,000 events in the data, validated as they are shown', () => {
    /** One meeting a day from 2 March 2021, given in reverse order, so that the first cards come from the end of the list. */
    const daily = (count: number): unknown[] =>
      Array.from({ length: count }, (_, i) => ({
        id: `jour-${i}`,
        title: `Réunion du jour ${i}`,
        start: new Date(Date.UTC(2021, 2, 2 + i, 9)).toISOString().replace('.000Z', 'Z'),
      })).reverse();

    it('shows the first cards before every event is checked, then sends irev-load with the counts of all', async () => {
      const events = daily(5_000);
      events[100] = { id: 'fevrier', title: 'Impossible', start: '2021-02-30' };
      await captureConsole('warn', async (warnings) => {
        const container = await fixture<HTMLDivElement>(html`<div></div>`);
        const element = document.createElement('irev-events');
        element.setAttribute('now', '2021-03-01');
        element.data = { events };
        const loads: IrevLoadDetail[] = [];
        element.addEventListener('irev-load', (event) => loads.push((event as CustomEvent<IrevLoadDetail>).detail));
        // Read in the microtask after the render that shows the first cards (irev-load used to go in that same task).
        const firstCards = new Promise<number>((resolve) => {
          element.addEventListener('irev-load', () => resolve(-1), { once: true });
          const watch = new MutationObserver(() => {
            if (element.shadowRoot!.querySelector('[part~="card"]')) resolve(loads.length);
          });
          container.append(element);
          watch.observe(element.shadowRoot!, { childList: true, subtree: true });
        });
        expect(await firstCards, 'irev-load was sent before every event was checked').to.equal(0);
        expect(titles(element)).to.deep.equal(Array.from({ length: 10 }, (_, i) => `Réunion du jour ${i}`));
        await waitUntil(() => loads.length === 1, 'no irev-load once every event is checked', { timeout: 10_000 });
        expect(loads[0]).to.deep.equal({ shown: 10, total: 4_999, invalid: 1 });
        expect(warnings.filter((line) => line.includes('[100] start: jour inexistant : 30'))).to.have.length(1);
        expect(element.shadowRoot!.querySelector('[part~="more-button"]')).to.not.equal(null);
      });
    });

    it('reports an invalid event among the first ones once, and shows the next valid one in its place', async () => {
      const events = daily(5_000);
      events[4_999] = { ...(events[4_999] as object), title: undefined };
      await captureConsole('warn', async (warnings) => {
        const container = await fixture<HTMLDivElement>(html`<div></div>`);
        const element = document.createElement('irev-events');
        element.setAttribute('now', '2021-03-01');
        element.data = { events };
        container.append(element);
        await waitUntil(() => titles(element)[0] === 'Réunion du jour 1', 'the invalid first event is not left out');
        await waitUntil(() => warnings.length > 0, 'the invalid event is not reported', { timeout: 10_000 });
        await waitUntil(() => titles(element).length === 10, 'the tenth card never came');
        expect(warnings.join('\n').match(/\[4999\] title/g)).to.have.length(1);
      });
    });
  });

  describe('« Ajouter à mon agenda »', () => {
    it('builds no calendar link until a menu opens, then only that card’s, and drops them when it closes', async () => {
      const element = await agendaOf({ now: '2021-02-01' });
      const root = element.shadowRoot!;
      const links = () => root.querySelectorAll('[part~="calendar"] a, [part~="calendar"] button');
      expect(root.querySelectorAll('[part~="calendar"]')).to.have.length(5);
      expect(links(), 'five closed menus hold no link').to.have.length(0);
      const menu = root.querySelectorAll<HTMLDetailsElement>('[part~="calendar"]')[1];
      menu.querySelector('summary')!.click();
      await waitUntil(() => links().length === 3, 'the opened menu shows no link');
      expect([...links()].every((link) => menu.contains(link))).to.equal(true);
      expect(
        new URL(menu.querySelector<HTMLAnchorElement>('a[href^="https://calendar.google.com"]')!.href).searchParams.get('text'),
      ).to.equal(DIAGNOSTIC);
      menu.querySelector('summary')!.click();
      await waitUntil(() => links().length === 0, 'the closed menu kept its links');
    });
  });

  describe('with tag', () => {
    it('keeps the events carrying that tag', async () => {
      expect(titles(await agendaOf({ now: '2021-02-01', tag: 'national' }))).to.deep.equal([WEBINAIRE]);
      expect(titles(await agendaOf({ now: '2021-02-01', tag: 'labellisation' }))).to.deep.equal([OUTILS, DIAGNOSTIC, APRES_MIDI]);
    });

    it('accepts several tags, case ignored', async () => {
      expect(titles(await agendaOf({ now: '2021-03-01', tag: 'National, EVALUATION,labellisation' }))).to.deep.equal([
        APRES_MIDI,
        WEBINAIRE,
      ]);
    });

    it('says there is nothing to come when the tagged events are over, in :state(empty)', async () => {
      const element = await agendaOf({ now: '2021-03-10', tag: 'regional' });
      expect(element.matches(':state(empty)')).to.equal(true);
      expect(visibleText(element)).to.equal('Aucun événement à venir pour le moment.');
      expect(element.querySelector('script')).to.equal(null);
      await expectNoAxeViolations(element);
    });
  });

  describe('for search engines', () => {
    it('describes every card shown, and only those, in one JSON-LD script of the light DOM', async () => {
      const element = await agendaOf({ now: '2021-03-01', limit: '2' });
      await waitUntil(() => element.querySelector(':scope > script[type="application/ld+json"]'), 'no JSON-LD written');
      const scripts = element.querySelectorAll(':scope > script[type="application/ld+json"]');
      expect(scripts).to.have.length(1);
      const events = JSON.parse(scripts[0].textContent!) as { '@type': string; name: string; eventAttendanceMode: string }[];
      expect(events.map((event) => event.name)).to.deep.equal([MATIN, APRES_MIDI]);
      expect(events.every((event) => event['@type'] === 'Event')).to.equal(true);
      expect(events[0].eventAttendanceMode).to.equal('https://schema.org/OnlineEventAttendanceMode');
    });
  });

  describe('with registration-href', () => {
    it("sends every « S'inscrire » to the form on the page", async () => {
      const element = await agendaOf({ now: '2021-03-01', 'registration-href': '#inscription' });
      const links = [...element.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="register"]')].map((link) => link.href);
      expect(links).to.deep.equal([new URL('#inscription', document.baseURI).href, new URL('#inscription', document.baseURI).href]);
    });
  });

  describe('with heading-level', () => {
    it('gives each card title that level', async () => {
      const element = await agendaOf({ now: '2021-03-01', 'heading-level': '3' });
      const levels = [...element.shadowRoot!.querySelectorAll('[part~="title"]')].map((node) => node.getAttribute('aria-level'));
      expect(levels).to.deep.equal(['3', '3', '3']);
    });
  });

  describe('with .data', () => {
    it('orders events given in any order, and keeps a cancelled one visible, marked « Annulé »', async () => {
      const events: IrevEvent[] = [
        { id: 'c', title: 'C', start: '2021-04-02' },
        { id: 'a', title: 'A', start: '2021-03-28T01:30:00+01:00', end: '2021-03-28T03:30:00+02:00', cancelled: true },
        { id: 'b', title: 'B', start: '2021-03-29T09:30:00+02:00' },
      ];
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const element = document.createElement('irev-events');
      element.data = events;
      element.setAttribute('now', '2021-03-01');
      container.append(element);
      await settle(element);
      expect(titles(element)).to.deep.equal(['A', 'B', 'C']);
      expect(badges(element)).to.deep.equal(['Annulé', 'À venir', 'À venir']);
      await expectNoAxeViolations(element);
    });
  });

  describe('in English', () => {
    // @lit/localize keeps one locale per page: load English before the cards render.
    before(() => useLang('en'));
    after(() => useLang('fr'));

    it('renders the cards in English', async () => {
      const element = await agendaOf({ now: '2021-03-09T10:00:00+01:00', lang: 'en' });
      expect(badges(element)).to.deep.equal(['Happening now', 'Today', 'Upcoming']);
      expect(visibleText(element)).to.contain('Tuesday 9 March 2021 · 2 pm – 5 pm').and.contain('Thursday 11 March 2021 from 2 pm');
    });

    it('says there is nothing to come in English', async () => {
      const element = await agendaOf({ now: '2022-01-01', lang: 'en' });
      expect(visibleText(element)).to.equal('No upcoming event for now.');
    });
  });
});
