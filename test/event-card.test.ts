import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import { defineAll } from '../src/define-all.js';
import type { IrevEventCard } from '../src/components/event-card/event-card.js';
import { useLang } from '../src/core/localization.js';
import type { IrevEvent } from '../src/schemas/event.js';
import { expectNoAxeViolations } from './shared/a11y.js';
import { runDataWidgetSuite } from './shared/data-widget-suite.js';
import { captureConsole, mockUrl, mount, settle, visibleText, type Mounted } from './shared/helpers.js';
import { oversizedEvent } from './shared/oversized.js';

defineAll();

runDataWidgetSuite({
  tag: 'irev-event-card',
  attributes: { now: '2021-03-01' },
  good: { file: 'demo/data/events.json', count: 5, shown: 1, readyText: 'Rencontre régionale dédiée aux 13 cités éducatives' },
  empty: 'test/fixtures/events/empty.json',
  mixed: { file: 'test/fixtures/events/mixed.json', count: 3, shown: 1, invalid: 3 },
  hostile: 'test/fixtures/events/hostile.json',
  nulls: { file: 'test/fixtures/events/nulls.json', count: 2, shown: 1, invalid: 1 },
  oversized: (text) => ({ events: [oversizedEvent(text)] }),
});

const demo = mockUrl({ file: 'demo/data/events.json' });
const dst = mockUrl({ file: 'test/fixtures/events/dst.json' });

/** A meeting of 9 March 2021, 9 h 30 – 12 h 30, with what a test changes. */
const meeting = (changes: Partial<IrevEvent> = {}): IrevEvent => ({
  id: 'rencontre',
  title: 'Rencontre régionale',
  start: '2021-03-09T09:30:00+01:00',
  end: '2021-03-09T12:30:00+01:00',
  online: { platform: 'visioconférence' },
  registration: { url: 'https://irev.fr/inscription' },
  ...changes,
});

/** A card fed with `.data` instead of a file. */
async function cardOf(events: IrevEvent[], attributes: Record<string, string> = {}): Promise<IrevEventCard> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const element = document.createElement('irev-event-card');
  element.data = { events };
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  container.append(element);
  return settle(element);
}

async function cardFrom(src: string, attributes: Record<string, string | boolean>, container?: HTMLElement): Promise<IrevEventCard> {
  return settle(await mount<IrevEventCard>('irev-event-card', { src, ...attributes }, { container }));
}

const $ = <T extends Element = HTMLElement>(element: Element, selector: string) => element.shadowRoot!.querySelector<T>(selector);
const text = (node: Element | null) =>
  (node?.textContent ?? '')
    .replace(/\u2060/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const badge = (element: Element) => text($(element, '[part~="badge"]'));
const when = (element: Element) => text($(element, 'time'));
/** Opens the « Ajouter à mon agenda » menu of the card (its first one), whose links are built only then. */
async function openCalendar(element: Element): Promise<void> {
  $<HTMLElement>(element, '[part~="calendar"] > summary')!.click();
  await waitUntil(() => $(element, '[part~="calendar"] button'), 'the calendar menu did not open');
}
/** The JSON-LD of a card: its writer loads after the card is shown. */
const jsonLdOf = async (element: Element) => {
  await waitUntil(() => element.querySelector(':scope > script[type="application/ld+json"]'), 'no JSON-LD written');
  const scripts = element.querySelectorAll(':scope > script[type="application/ld+json"]');
  expect(scripts).to.have.length(1);
  return JSON.parse(scripts[0].textContent!) as Record<string, unknown> & { location: unknown; offers: Record<string, unknown> };
};

describe('<irev-event-card>', () => {
  it('runs in a visitor time zone other than Paris', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/New_York');
  });

  describe('with event="rencontre-13-cites-2021-03-09" on 1 March 2021', () => {
    it('shows the title, the time slot in Paris, the status, the place, the audience, the five objectives and the organiser', async () => {
      const element = await cardFrom(demo, { event: 'rencontre-13-cites-2021-03-09', now: '2021-03-01' });
      expect(text($(element, '[part~="title"]'))).to.equal('Rencontre régionale dédiée aux 13 cités éducatives');
      expect($(element, '[part~="title"]')!.getAttribute('aria-level')).to.equal('2');
      expect(when(element)).to.equal('mardi 9 mars 2021 · 9 h 30 – 12 h 30');
      expect($(element, 'time')!.getAttribute('datetime')).to.equal('2021-03-09T09:30:00+01:00');
      expect(badge(element)).to.equal('À venir');
      const page = visibleText(element);
      expect(page).to.contain('Lieu En ligne (visioconférence)');
      expect(page).to.contain(
        'Public membres des troïkas, comités de pilotage restreints et coordonnateurs des 13 cités éducatives déjà en place',
      );
      const objectives = [...element.shadowRoot!.querySelectorAll('dd ul li')].map(text);
      expect(objectives).to.have.length(5);
      expect(objectives[0]).to.match(/^Favoriser les échanges de pratiques inspirantes/);
      expect(objectives[4]).to.equal("Ouvrir un espace d'échanges avec l'ANCT.");
      expect(page).to.contain('Organisé par IREV');
      expect($<HTMLAnchorElement>(element, 'dd a')!.href).to.equal('https://www.irev.fr/');
      expect(text($(element, '[part~="register"]'))).to.equal("S'inscrire – Rencontre régionale dédiée aux 13 cités éducatives");
      expect($<HTMLAnchorElement>(element, '[part~="register"]')!.href).to.equal(
        'https://irev.fr/rencontre-regionale-dediee-aux-13-cites-educatives-mardi-9-mars-de-9h30-12h30',
      );
      expect(text($(element, 'summary'))).to.equal('Ajouter à mon agenda – Rencontre régionale dédiée aux 13 cités éducatives');
      await expectNoAxeViolations(element);
    });

    it('keeps the hours of a slot together, so « 9 h 30 » never breaks across lines on a phone', async () => {
      const element = await cardFrom(demo, { event: 'rencontre-13-cites-2021-03-09', now: '2021-03-01' });
      expect($(element, 'time')!.textContent!.trim()).to.equal(
        'mardi 9\u00a0mars\u00a02021 · 9\u00a0h\u00a030\u00a0–\u2060\u00a012\u00a0h\u00a030',
      );
    });
  });

  describe('the DOM of a card', () => {
    // Every part a card can show, with texts in English in a French card: the elements, classes, parts, attributes,
    // languages and the spaces between elements (read aloud or copied: « Lieu En ligne », not « LieuEn ligne »).
    const full = meeting({
      lang: 'en',
      description: 'A <b>morning</b> of exchanges.',
      url: 'https://irev.fr/rencontre',
      place: { name: 'Maison de la cité', city: 'Lille' },
      online: { url: 'https://visio.example.org/r', platform: 'Zoom' },
      audience: 'troïkas',
      objectives: ['Share', 'Prepare'],
      sessions: [
        { id: 'accueil', title: 'Welcome', start: '2021-03-09T09:30:00+01:00', end: '2021-03-09T10:00:00+01:00', audience: 'all' },
      ],
      organiser: { name: 'IREV', url: 'https://www.irev.fr' },
    });

    /** The card's HTML, its dates left out (their texts are tested on their own). */
    const cardHtml = (element: Element) => {
      const card = $(element, 'article')!.cloneNode(true) as Element;
      card.querySelectorAll('time, .slot').forEach((date) => (date.textContent = '…'));
      return card.outerHTML;
    };
    const title =
      '<div class="title" part="title" role="heading" aria-level="LEVEL" lang="en"><a href="https://irev.fr/rencontre">Rencontre régionale</a></div>';
    const meta = (badge: string) =>
      `<p class="meta"><time class="when" datetime="2021-03-09T09:30:00+01:00">…</time> <span class="badge" part="badge">${badge}</span></p>`;
    const details = (online: string) =>
      [
        '<dl part="details"><dt>Lieu</dt> <dd><p lang="en">Maison de la cité, Lille</p> ',
        online,
        '</dd> <dt>Public</dt> <dd lang="en">troïkas</dd> <dt>Objectifs</dt> <dd lang="en"><ul><li>Share</li> <li>Prepare</li></ul></dd> ',
        '<dt>Programme</dt> <dd><ul><li><span class="slot">…</span> <span lang="en">Welcome <span class="note">(all)</span></span></li></ul></dd> ',
        '<dt>Organisé par</dt> <dd lang="en"><a href="https://www.irev.fr/">IREV</a></dd> </dl>',
      ].join('');
    const calendar = (label: string) =>
      `<details class="calendar" part="calendar"><summary class="irev-button irev-button--secondary"><span class="menu-label">${label}</span> <span class="visually-hidden"> – Rencontre régionale</span></summary></details>`;

    it('holds the same elements, classes, parts, attributes, languages and spaces as before, its data as text', async () => {
      const element = await cardOf([full], { event: 'rencontre', now: '2021-03-01', 'heading-level': '3' });
      expect(cardHtml(element)).to.equal(
        [
          '<article class="irev-item card" part="card" data-status="upcoming">',
          title.replace('LEVEL', '3'),
          ' ',
          meta('À venir'),
          ' <p lang="en">A &lt;b&gt;morning&lt;/b&gt; of exchanges.</p> ',
          details('<p>En ligne (Zoom) <br> <span class="note">Le lien de connexion sera affiché ici le jour de l\'événement.</span></p>'),
          ' <div class="actions" part="actions">',
          '<a class="irev-button" part="register" href="https://irev.fr/inscription">S\'inscrire<span class="visually-hidden"> – Rencontre régionale</span></a> ',
          calendar('Ajouter à mon agenda'),
          '</div></article>',
        ].join(''),
      );
    });

    it('has no actions once the meeting is over, and says when registration opens before it does, in English', async () => {
      const past = await cardOf([full], { event: 'rencontre', now: '2021-03-10' });
      expect(cardHtml(past)).to.equal(
        [
          '<article class="irev-item card" part="card" data-status="past">',
          title.replace('LEVEL', '2'),
          ' ',
          meta('Terminé'),
          ' <p lang="en">A &lt;b&gt;morning&lt;/b&gt; of exchanges.</p> ',
          details('<p>En ligne (Zoom)</p>'),
          '</article>',
        ].join(''),
      );
      const later = await cardOf([meeting({ registration: { url: 'https://irev.fr/inscription', opens: '2021-03-02' } })], {
        event: 'rencontre',
        now: '2021-03-01',
        lang: 'en',
      });
      const note = $(later, '.actions > p.note')!;
      expect(text(note)).to.equal('Registration opens on Tuesday 2 March 2021');
      note.textContent = '…';
      expect(cardHtml(later)).to.equal(
        [
          '<article class="irev-item card" part="card" data-status="upcoming">',
          '<div class="title" part="title" role="heading" aria-level="2" lang="fr">Rencontre régionale</div> ',
          meta('Upcoming'),
          ' <dl part="details"><dt>Where</dt> <dd><p>Online (visioconférence)</p></dd> </dl> ',
          '<div class="actions" part="actions"><p class="note">…</p> ',
          calendar('Add to my calendar'),
          '</div></article>',
        ].join(''),
      );
    });
  });

  describe('with the other meetings of the seed', () => {
    it('shows the afternoon of 9 March with its closing exchange with the ANCT in the programme', async () => {
      const element = await cardFrom(demo, { event: 'soutien-labellisation-2021-03-09', now: '2021-03-01' });
      expect(when(element)).to.equal('mardi 9 mars 2021 · 14 h – 17 h');
      expect(element.shadowRoot!.querySelectorAll('dd ul')[0].querySelectorAll('li')).to.have.length(4);
      expect(visibleText(element)).to.contain("Programme 16 h 30 – 17 h Espace d'échanges avec un·e représentant·e de l'ANCT");
    });

    it('shows the two days of 17 and 18 February as one all-day range', async () => {
      const element = await cardFrom(demo, { event: 'outils-labellisation-2021-02-17', now: '2021-02-01' });
      expect(when(element)).to.equal('17 et 18 février 2021');
      expect($(element, 'time')!.getAttribute('datetime')).to.equal('2021-02-17');
    });

    it('shows the INJEP webinar as open-ended and online', async () => {
      const element = await cardFrom(demo, { event: 'webinaire-evaluation-2021-03-11', now: '2021-03-01' });
      expect(when(element)).to.equal('jeudi 11 mars 2021 à partir de 14 h');
      expect(visibleText(element)).to.contain('En ligne (webinaire)').and.contain('Organisé par INJEP');
      expect($(element, '[part~="register"]'), 'the webinar has no registration link').to.equal(null);
    });
  });

  describe('when the event id is unknown', () => {
    it('says so in a localized message, reaches :state(empty), reports 0 shown and lists the known ids in the console', async () => {
      await captureConsole('warn', async (warnings) => {
        const element = await cardFrom(demo, { event: 'rencontre-du-10-mars', now: '2021-03-01' });
        expect(element.matches(':state(empty)')).to.equal(true);
        expect((element as IrevEventCard & Mounted).events.find((event) => event.type === 'irev-load')?.detail).to.deep.equal({
          shown: 0,
          total: 5,
          invalid: 0,
        });
        expect(text($(element, '[part~="empty"]'))).to.equal("Aucun événement ne porte l'identifiant « rencontre-du-10-mars ».");
        expect(warnings.find((w) => w.includes('rencontre-du-10-mars'))).to.contain('webinaire-evaluation-2021-03-11');
        expect(element.querySelector('script')).to.equal(null);
        await expectNoAxeViolations(element);
      });
    });
  });

  describe('with next', () => {
    it('shows the next event that is not over', async () => {
      expect(text($(await cardFrom(demo, { next: true, now: '2021-02-20' }), '[part~="title"]'))).to.equal(
        'Séance de travail « diagnostic partagé »',
      );
      expect(text($(await cardFrom(demo, { next: true, now: '2021-03-09T13:00:00+01:00' }), '[part~="title"]'))).to.equal(
        'Soutien à la labellisation des 8 nouvelles cités éducatives',
      );
    });

    it('keeps showing a meeting while it is under way', async () => {
      const element = await cardFrom(demo, { next: true, now: '2021-03-09T10:00:00+01:00' });
      expect(text($(element, '[part~="title"]'))).to.equal('Rencontre régionale dédiée aux 13 cités éducatives');
      expect(badge(element)).to.equal('En cours');
    });

    it('is what a card without event shows', async () => {
      const element = await cardFrom(demo, { now: '2021-03-10' });
      expect(text($(element, '[part~="title"]'))).to.equal('Webinaire EVALUATION');
    });

    it('with tag="national" shows the next national event only', async () => {
      const element = await cardFrom(demo, { next: true, tag: 'national', now: '2021-02-01' });
      expect(text($(element, '[part~="title"]'))).to.equal('Webinaire EVALUATION');
    });

    it('with tag="regional" after the last regional meeting says there is none to come', async () => {
      const element = await cardFrom(demo, { next: true, tag: 'Regional', now: '2021-03-10' });
      expect(element.matches(':state(empty)')).to.equal(true);
      expect(text($(element, '[part~="empty"]'))).to.equal('Aucun événement à venir pour le moment.');
      await expectNoAxeViolations(element);
    });

    it('skips a cancelled event', async () => {
      const element = await cardOf(
        [
          meeting({ id: 'a', title: 'Annulée', cancelled: true }),
          meeting({ id: 'b', title: 'Maintenue', start: '2021-03-10', end: undefined }),
        ],
        {
          now: '2021-03-01',
        },
      );
      expect(text($(element, '[part~="title"]'))).to.equal('Maintenue');
    });

    it('tells the editor about a tag no event carries', async () => {
      const element = await cardFrom(demo, { next: true, tag: 'regionale', now: '2021-03-01' });
      expect(text($(element, '[part~="hint"]'))).to.equal(
        'Attribut tag : étiquette inconnue « regionale ». Étiquettes possibles : cites-educatives, regional, labellisation, national, evaluation.',
      );
    });
  });

  describe('status, computed from now, the dates, the registration dates and the seats left', () => {
    const cases: [string, Partial<IrevEvent>, string, string][] = [
      ['a meeting a week away', {}, '2021-03-01', 'À venir'],
      ['a meeting later today', {}, '2021-03-09T08:00:00+01:00', "Aujourd'hui"],
      ['a meeting under way', {}, '2021-03-09T10:00:00+01:00', 'En cours'],
      ['a meeting that has just ended', {}, '2021-03-09T12:30:00+01:00', 'Terminé'],
      ['a meeting with no seat left', { registration: { url: 'https://irev.fr/i', seatsLeft: 0, capacity: 40 } }, '2021-03-01', 'Complet'],
      [
        'a meeting whose registration closed the day before',
        { registration: { url: 'https://irev.fr/i', closes: '2021-03-05' } },
        '2021-03-06',
        'Inscriptions closes',
      ],
      [
        'a meeting on the last evening of registration',
        { registration: { url: 'https://irev.fr/i', closes: '2021-03-05' } },
        '2021-03-05T23:30:00+01:00',
        'À venir',
      ],
      ['a cancelled meeting', { cancelled: true }, '2021-03-01', 'Annulé'],
      [
        'the first morning of the two days of February',
        { start: '2021-02-17', end: '2021-02-18' },
        '2021-02-17T10:00:00+01:00',
        'En cours',
      ],
      ['the last minute of the second day', { start: '2021-02-17', end: '2021-02-18' }, '2021-02-18T23:59:00+01:00', 'En cours'],
      ['the day after the two days', { start: '2021-02-17', end: '2021-02-18' }, '2021-02-19', 'Terminé'],
      [
        'an open-ended webinar in the evening',
        { start: '2021-03-11T14:00:00+01:00', end: undefined },
        '2021-03-11T20:00:00+01:00',
        'En cours',
      ],
      ['an open-ended webinar the next day', { start: '2021-03-11T14:00:00+01:00', end: undefined }, '2021-03-12', 'Terminé'],
    ];
    for (const [what, changes, now, expected] of cases) {
      it(`shows « ${expected} » for ${what}, with no axe violation`, async () => {
        const element = await cardOf([meeting(changes)], { event: 'rencontre', now });
        expect(badge(element)).to.equal(expected);
        await expectNoAxeViolations(element);
      });
    }

    it("offers « S'inscrire » only while registration is open", async () => {
      const register = async (changes: Partial<IrevEvent>, now: string) =>
        $(await cardOf([meeting(changes)], { event: 'rencontre', now }), '[part~="register"]');
      expect(await register({}, '2021-03-01')).to.not.equal(null);
      expect(await register({}, '2021-03-09T08:00:00+01:00')).to.not.equal(null);
      expect(await register({}, '2021-03-09T10:00:00+01:00')).to.equal(null);
      expect(await register({ registration: { url: 'https://irev.fr/i', seatsLeft: 0 } }, '2021-03-01')).to.equal(null);
      expect(
        await register({ registration: { url: 'https://irev.fr/i', closes: '2021-03-05T12:00:00+01:00' } }, '2021-03-05T12:00:00+01:00'),
      ).to.equal(null);
      expect(await register({ cancelled: true }, '2021-03-01')).to.equal(null);
    });

    it('says when registration opens, before it does', async () => {
      const element = await cardOf([meeting({ registration: { url: 'https://irev.fr/i', opens: '2021-03-02' } })], {
        event: 'rencontre',
        now: '2021-03-01T18:00:00+01:00',
      });
      expect($(element, '[part~="register"]')).to.equal(null);
      expect(text($(element, '[part~="actions"] p'))).to.equal('Inscriptions à partir du mardi 2 mars 2021');
      const opened = await cardOf([meeting({ registration: { url: 'https://irev.fr/i', opens: '2021-03-02' } })], {
        event: 'rencontre',
        now: '2021-03-02T00:00:00+01:00',
      });
      expect($(opened, '[part~="register"]')).to.not.equal(null);
    });

    it('offers neither registration nor calendar once the meeting is over', async () => {
      const element = await cardOf([meeting()], { event: 'rencontre', now: '2021-03-10' });
      expect($(element, '[part~="actions"]')).to.equal(null);
    });
  });

  describe('a timed start with a plain-date end (9 March, 9 h → 10 March): the end is the whole of the 10th, in every output', () => {
    const twoDays = meeting({ start: '2021-03-09T09:00:00+01:00', end: '2021-03-10' });
    const originalClick = HTMLAnchorElement.prototype.click;
    afterEach(() => {
      HTMLAnchorElement.prototype.click = originalClick;
    });

    it('says « du mardi 9 mars 2021 · 9 h au mercredi 10 mars 2021 », with no « 0 h », in the programme too', async () => {
      const element = await cardOf(
        [{ ...twoDays, sessions: [{ id: 's', title: 'Ouverture', start: '2021-03-09T09:00:00+01:00', end: '2021-03-09' }] }],
        { event: 'rencontre', now: '2021-03-01' },
      );
      expect(when(element)).to.equal('du mardi 9 mars 2021 · 9 h au mercredi 10 mars 2021');
      expect(visibleText(element))
        .to.contain('Programme mardi 9 mars 2021 à partir de 9 h Ouverture')
        .and.not.match(/(^|\D)0 h/);
    });

    it('is « En cours » all through the 10th and « Terminé » on the 11th', async () => {
      expect(badge(await cardOf([twoDays], { event: 'rencontre', now: '2021-03-10T23:30:00+01:00' }))).to.equal('En cours');
      expect(badge(await cardOf([twoDays], { event: 'rencontre', now: '2021-03-11' }))).to.equal('Terminé');
    });

    it('ends the .ics, Google and JSON-LD event with the 10th too', async () => {
      let ics: Promise<string> | undefined;
      const create = URL.createObjectURL;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        if (!this.download) originalClick.call(this);
      };
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        ics = (blob as Blob).text();
        return create.call(URL, blob);
      };
      try {
        const element = await cardOf([twoDays], { event: 'rencontre', now: '2021-03-01' });
        await openCalendar(element);
        $<HTMLButtonElement>(element, '[part~="calendar"] button')!.click();
        expect(await ics).to.contain('\r\nDTSTART:20210309T080000Z\r\nDTEND:20210310T230000Z\r\n');
        const google = new URL($<HTMLAnchorElement>(element, 'a[href^="https://calendar.google.com"]')!.href);
        expect(google.searchParams.get('dates')).to.equal('20210309T080000Z/20210310T230000Z');
        const jsonLd = await jsonLdOf(element);
        expect([jsonLd.startDate, jsonLd.endDate], 'schema.org reads a Date end as that whole day').to.deep.equal([
          '2021-03-09T09:00:00+01:00',
          '2021-03-10',
        ]);
      } finally {
        URL.createObjectURL = create;
      }
    });
  });

  describe('impossible dates', () => {
    it('leaves out an event of 30 February instead of showing it on 2 March, and says why in the console', async () => {
      await captureConsole('warn', async (warnings) => {
        const element = await cardOf([meeting({ start: '2021-02-30', end: undefined }), meeting({ id: 'autre', title: 'Autre' })], {
          now: '2021-02-01',
        });
        expect(text($(element, '[part~="title"]'))).to.equal('Autre');
        expect(warnings.join('\n')).to.contain('[0] start: jour inexistant : 30 (février 2021 a 28 jours)');
      });
    });

    it('tells the editor when `now` is no date, and uses the real clock', async () => {
      await captureConsole('warn', async (warnings) => {
        const element = await cardOf([meeting()], { event: 'rencontre', now: '2021-02-30' });
        expect(badge(element), 'the meeting of 2021 is over by the real clock').to.equal('Terminé');
        expect(warnings.join('\n')).to.contain(
          "Attribut now : « 2021-02-30 » n'est pas une date (jour inexistant : 30 (février 2021 a 28 jours)) ; l'heure réelle est utilisée.",
        );
      });
    });
  });

  describe('with texts of a million characters', () => {
    it('writes the capped title to the JSON-LD and the calendars as well', async () => {
      const element = await cardOf([oversizedEvent('ж'.repeat(1_000_000))], { event: 'longue', now: '2021-03-01' });
      const jsonLd = await jsonLdOf(element);
      expect((jsonLd.name as string).length).to.equal(255);
      expect((jsonLd.description as string).length).to.be.at.most(2000);
      await openCalendar(element);
      const google = new URL($<HTMLAnchorElement>(element, 'a[href^="https://calendar.google.com"]')!.href).searchParams;
      expect(google.get('text')).to.equal(jsonLd.name);
      expect(google.get('details')!.length).to.be.below(5000);
    });
  });

  describe('across daylight saving, for a visitor in New York', () => {
    const cases: [string, string, string][] = [
      ['samedi-27-mars', 'samedi 27 mars 2021 · 10 h – 12 h', 'the day before Paris moves to summer time'],
      ['nuit-28-mars', 'dimanche 28 mars 2021 · 1 h 30 – 3 h 30', 'the night Paris skips from 2 h to 3 h'],
      ['lundi-29-mars', 'lundi 29 mars 2021 · 9 h 30 – 12 h 30', 'the day after'],
      ['27-29-mars', 'du 27 au 29 mars 2021', 'three whole days across the change'],
      ['20-mars', 'samedi 20 mars 2021 · 9 h 30 – 12 h 30', 'the week New York has changed and Paris has not'],
      ['30-31-octobre', '30 et 31 octobre 2021', 'the weekend Paris moves back to winter time'],
      ['nuit-31-octobre', 'du samedi 30 octobre 2021 · 20 h au dimanche 31 octobre 2021 · 10 h', 'a night across the change'],
    ];
    for (const [id, expected, what] of cases) {
      it(`shows ${what} in Paris time: « ${expected} »`, async () => {
        expect(when(await cardFrom(dst, { event: id, now: '2021-03-01' }))).to.equal(expected);
      });
    }

    it('ends the night of 28 March at 3 h 30 summer time, one hour after it began', async () => {
      expect(badge(await cardFrom(dst, { event: 'nuit-28-mars', now: '2021-03-28T03:15:00+02:00' }))).to.equal('En cours');
      expect(badge(await cardFrom(dst, { event: 'nuit-28-mars', now: '2021-03-28T01:30:00Z' }))).to.equal('Terminé');
    });

    it('keeps the weekend of 30–31 October under way until midnight of the 31st, winter time', async () => {
      expect(badge(await cardFrom(dst, { event: '30-31-octobre', now: '2021-10-31T23:30:00+01:00' }))).to.equal('En cours');
      expect(badge(await cardFrom(dst, { event: '30-31-octobre', now: '2021-10-31T23:00:00Z' }))).to.equal('Terminé');
    });
  });

  describe('online meetings', () => {
    const webinar = meeting({
      start: '2021-03-11T14:00:00+01:00',
      end: undefined,
      online: { url: 'https://visio.example.org/injep', platform: 'Zoom' },
    });

    it('does not show the link before the day, and says when it will be', async () => {
      const element = await cardOf([webinar], { event: 'rencontre', now: '2021-03-10T18:00:00+01:00' });
      expect(visibleText(element)).to.contain("En ligne (Zoom) Le lien de connexion sera affiché ici le jour de l'événement.");
      expect(element.shadowRoot!.querySelector('a[href^="https://visio"]')).to.equal(null);
    });

    it('shows the link on the day and while it is under way', async () => {
      for (const now of ['2021-03-11T08:00:00+01:00', '2021-03-11T15:00:00+01:00']) {
        const element = await cardOf([webinar], { event: 'rencontre', now });
        const link = element.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="https://visio"]');
        expect(text(link)).to.equal('Rejoindre en ligne');
        expect(link!.href).to.equal('https://visio.example.org/injep');
        await expectNoAxeViolations(element);
      }
    });

    it('hides the link once it is over, and for a cancelled webinar', async () => {
      for (const [changes, now] of [
        [{}, '2021-03-12'],
        [{ cancelled: true }, '2021-03-11T15:00:00+01:00'],
      ] as const) {
        const element = await cardOf([{ ...webinar, ...changes }], { event: 'rencontre', now });
        expect(element.shadowRoot!.querySelector('a[href^="https://visio"]')).to.equal(null);
        expect(visibleText(element)).to.not.contain('Le lien de connexion');
      }
    });

    it('shows a venue with its address, and both for a mixed meeting', async () => {
      const element = await cardOf(
        [meeting({ place: { name: 'Maison de la cité', address: '2 rue de la République', postalCode: '59300', city: 'Valenciennes' } })],
        { event: 'rencontre', now: '2021-03-01' },
      );
      expect(visibleText(element)).to.contain(
        'Lieu Maison de la cité, 2 rue de la République, 59300 Valenciennes En ligne (visioconférence)',
      );
    });
  });

  describe('registration-href', () => {
    it("sends « S'inscrire » to the form on the page", async () => {
      const element = await cardFrom(demo, {
        event: 'rencontre-13-cites-2021-03-09',
        now: '2021-03-01',
        'registration-href': '#inscription',
      });
      expect($<HTMLAnchorElement>(element, '[part~="register"]')!.href).to.equal(new URL('#inscription', document.baseURI).href);
      expect((await jsonLdOf(element)).offers.url).to.equal(new URL('#inscription', document.baseURI).href);
    });

    it('goes to #inscription for an event registered through the page form, when the editor sets nothing', async () => {
      const element = await cardOf([meeting({ registration: { form: true } })], { event: 'rencontre', now: '2021-03-01' });
      expect($<HTMLAnchorElement>(element, '[part~="register"]')!.href).to.equal(new URL('#inscription', document.baseURI).href);
    });

    it('refuses an unsafe link from the editor as from the data', async () => {
      const element = await cardOf([meeting({ registration: { url: 'javascript:alert(1)' } })], {
        event: 'rencontre',
        now: '2021-03-01',
        'registration-href': 'javascript:alert(1)',
      });
      expect($(element, '[part~="register"]')).to.equal(null);
    });
  });

  describe('« Ajouter à mon agenda »', () => {
    let downloads: { name: string; blob: Blob }[];
    const created = new Map<string, Blob>();
    const originals = { click: HTMLAnchorElement.prototype.click, create: URL.createObjectURL };
    beforeEach(() => {
      downloads = [];
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        const url = originals.create.call(URL, blob);
        created.set(url, blob as Blob);
        return url;
      };
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        if (this.download) downloads.push({ name: this.download, blob: created.get(this.href)! });
        else originals.click.call(this);
      };
    });
    afterEach(() => {
      HTMLAnchorElement.prototype.click = originals.click;
      URL.createObjectURL = originals.create;
    });

    it('downloads an .ics file made on click, that ical.js reads back field by field', async () => {
      const element = await cardFrom(demo, { event: 'rencontre-13-cites-2021-03-09', now: '2021-03-01' });
      expect(created.size, 'no Blob before the click').to.equal(0);
      await openCalendar(element);
      $<HTMLButtonElement>(element, '[part~="calendar"] button')!.click();
      expect(downloads).to.have.length(1);
      expect(downloads[0].name).to.equal('rencontre-13-cites-2021-03-09.ics');
      expect(downloads[0].blob.type).to.equal('text/calendar;charset=utf-8');
      const ics = await downloads[0].blob.text();
      expect(ics).to.match(/^BEGIN:VCALENDAR\r\n/);
      const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
      expect(event.uid).to.equal(`rencontre-13-cites-2021-03-09@${location.hostname}`);
      expect(event.summary).to.equal('Rencontre régionale dédiée aux 13 cités éducatives');
      expect(event.startDate.toJSDate().toISOString()).to.equal('2021-03-09T08:30:00.000Z');
      expect(event.endDate.toJSDate().toISOString()).to.equal('2021-03-09T11:30:00.000Z');
      expect(event.location).to.equal('En ligne (visioconférence)');
      expect(event.description).to.contain('Public : membres des troïkas, comités de pilotage restreints');
      expect(event.description).to.contain('Objectifs :\n– Favoriser les échanges de pratiques inspirantes');
      expect(event.description).to.contain('Organisé par : IREV');
      expect(event.component.getFirstPropertyValue('url')).to.equal(
        'https://irev.fr/rencontre-regionale-dediee-aux-13-cites-educatives-mardi-9-mars-de-9h30-12h30',
      );
    });

    it('never puts the link to join an online meeting in the calendar', async () => {
      const element = await cardOf([meeting({ online: { url: 'https://visio.example.org/secret', platform: 'Zoom' } })], {
        event: 'rencontre',
        now: '2021-03-09T08:00:00+01:00',
      });
      await openCalendar(element);
      $<HTMLButtonElement>(element, '[part~="calendar"] button')!.click();
      const ics = await downloads[0].blob.text();
      expect(ics).to.contain('LOCATION:En ligne (Zoom)');
      expect(ics).to.not.contain('visio.example.org');
      const google = $<HTMLAnchorElement>(element, 'a[href^="https://calendar.google.com"]')!;
      expect(google.href).to.not.contain('visio.example.org');
    });

    it('says « Chargement… » in the open menu until its entries are there, then shows them', async () => {
      const element = await cardFrom(demo, { event: 'rencontre-13-cites-2021-03-09', now: '2021-03-01' });
      const details = $<HTMLDetailsElement>(element, '[part~="calendar"]')!;
      // What the open menu held before its entries: its file is in the browser's cache by now, so only for an instant.
      const shown: string[] = [];
      const observer = new MutationObserver((records) =>
        records.forEach((record) => record.addedNodes.forEach((node) => node instanceof Element && shown.push(text(node)))),
      );
      observer.observe(details, { childList: true, subtree: true });
      await openCalendar(element);
      observer.disconnect();
      expect(shown[0]).to.equal('Chargement…');
      expect(text(details)).to.not.contain('Chargement');
    });

    it('links to Google Calendar and Outlook.com in a new window, filled in', async () => {
      const element = await cardFrom(demo, { event: 'outils-labellisation-2021-02-17', now: '2021-02-01' });
      await openCalendar(element);
      const google = $<HTMLAnchorElement>(element, 'a[href^="https://calendar.google.com"]')!;
      const outlook = $<HTMLAnchorElement>(element, 'a[href^="https://outlook.live.com"]')!;
      expect(text(google)).to.equal('Google Agenda (nouvelle fenêtre)');
      expect(text(outlook)).to.equal('Outlook.com (nouvelle fenêtre)');
      for (const link of [google, outlook]) {
        expect(link.target).to.equal('_blank');
        expect(link.rel).to.equal('noopener');
      }
      const g = new URL(google.href).searchParams;
      expect(g.get('text')).to.match(/^Présentation et transmission aux 8 cités éducatives/);
      expect(g.get('dates')).to.equal('20210217/20210219');
      expect(g.get('location')).to.equal('En ligne (visioconférence)');
      expect(g.get('details')).to.contain('Public : les 8 cités éducatives en cours de labellisation');
      const o = new URL(outlook.href).searchParams;
      expect([o.get('startdt'), o.get('enddt'), o.get('allday')]).to.deep.equal(['2021-02-17', '2021-02-19', 'true']);
    });
  });

  describe('with the keyboard', () => {
    const originalClick = HTMLAnchorElement.prototype.click;
    afterEach(() => {
      HTMLAnchorElement.prototype.click = originalClick;
    });

    it('reaches and operates every action: register, the calendar menu, the .ics file, Escape to close', async () => {
      let downloaded = '';
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        downloaded = this.download;
      };
      const container = await fixture<HTMLDivElement>(html`<div><button id="before">avant</button></div>`);
      const element = await cardFrom(demo, { event: 'rencontre-13-cites-2021-03-09', now: '2021-03-01' }, container);
      container.querySelector<HTMLButtonElement>('#before')!.focus();
      const focused = () => element.shadowRoot!.activeElement as HTMLElement | null;
      const path: string[] = [];
      for (let i = 0; i < 3; i += 1) {
        await sendKeys({ press: 'Tab' });
        path.push(text(focused()));
      }
      expect(path).to.deep.equal([
        'IREV',
        "S'inscrire – Rencontre régionale dédiée aux 13 cités éducatives",
        'Ajouter à mon agenda – Rencontre régionale dédiée aux 13 cités éducatives',
      ]);
      const details = $<HTMLDetailsElement>(element, 'details')!;
      await sendKeys({ press: 'Enter' });
      expect(details.open).to.equal(true);
      await expectNoAxeViolations(element);
      await sendKeys({ press: 'Tab' });
      expect(focused()!.localName).to.equal('button');
      await sendKeys({ press: 'Enter' });
      expect(downloaded).to.equal('rencontre-13-cites-2021-03-09.ics');
      await sendKeys({ press: 'Tab' });
      expect(text(focused())).to.equal('Google Agenda (nouvelle fenêtre)');
      await sendKeys({ press: 'Escape' });
      expect(details.open).to.equal(false);
      expect(focused()!.localName).to.equal('summary');
      await expectNoAxeViolations(element);
    });
  });

  describe('JSON-LD for search engines', () => {
    it('describes the meeting as a schema.org Event in a script of the light DOM', async () => {
      const element = await cardFrom(demo, { event: 'rencontre-13-cites-2021-03-09', now: '2021-03-01' });
      expect(await jsonLdOf(element)).to.deep.equal({
        '@context': 'https://schema.org',
        '@type': 'Event',
        name: 'Rencontre régionale dédiée aux 13 cités éducatives',
        startDate: '2021-03-09T09:30:00+01:00',
        endDate: '2021-03-09T12:30:00+01:00',
        eventStatus: 'https://schema.org/EventScheduled',
        eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
        location: { '@type': 'VirtualLocation' },
        organizer: { '@type': 'Organization', name: 'IREV', url: 'https://www.irev.fr/' },
        audience: {
          '@type': 'Audience',
          audienceType: 'membres des troïkas, comités de pilotage restreints et coordonnateurs des 13 cités éducatives déjà en place',
        },
        offers: {
          '@type': 'Offer',
          url: 'https://irev.fr/rencontre-regionale-dediee-aux-13-cites-educatives-mardi-9-mars-de-9h30-12h30',
          availability: 'https://schema.org/InStock',
        },
      });
    });

    it('says offline, mixed, cancelled and sold out when they are', async () => {
      const place = { name: 'Maison de la cité', address: '2 rue de la République', postalCode: '59300', city: 'Valenciennes' };
      const offline = await jsonLdOf(await cardOf([meeting({ online: undefined, place })], { event: 'rencontre' }));
      expect(offline.eventAttendanceMode).to.equal('https://schema.org/OfflineEventAttendanceMode');
      expect(offline.location).to.deep.equal({
        '@type': 'Place',
        name: 'Maison de la cité',
        address: {
          '@type': 'PostalAddress',
          streetAddress: '2 rue de la République',
          postalCode: '59300',
          addressLocality: 'Valenciennes',
          addressCountry: 'FR',
        },
      });
      const mixed = await jsonLdOf(
        await cardOf(
          [
            meeting({
              place,
              online: { url: 'https://visio.example.org/r' },
              cancelled: true,
              registration: { url: 'https://irev.fr/i', seatsLeft: 0, opens: '2021-02-15' },
            }),
          ],
          {
            event: 'rencontre',
          },
        ),
      );
      expect(mixed.eventAttendanceMode).to.equal('https://schema.org/MixedEventAttendanceMode');
      expect((mixed.location as { '@type': string }[]).map((l) => l['@type'])).to.deep.equal(['Place', 'VirtualLocation']);
      expect((mixed.location as { url?: string }[])[1].url, 'no link to join a cancelled meeting').to.equal(undefined);
      expect(mixed.eventStatus).to.equal('https://schema.org/EventCancelled');
      expect(mixed.offers).to.deep.equal({
        '@type': 'Offer',
        url: 'https://irev.fr/i',
        availability: 'https://schema.org/SoldOut',
        validFrom: '2021-02-15',
      });
    });

    it('publishes the link to join online as the card shows it: on the day of the event only', async () => {
      const online = meeting({ online: { url: 'https://visio.example.org/secret?pwd=1234', platform: 'Zoom' } });
      const before = await cardOf([online], { event: 'rencontre', now: '2021-03-05' });
      expect((await jsonLdOf(before)).location).to.deep.equal({ '@type': 'VirtualLocation' });
      expect(before.querySelector('script')!.textContent).to.not.contain('visio.example.org');
      const onTheDay = await cardOf([online], { event: 'rencontre', now: '2021-03-09T08:00:00+01:00' });
      expect((await jsonLdOf(onTheDay)).location).to.deep.equal({
        '@type': 'VirtualLocation',
        url: 'https://visio.example.org/secret?pwd=1234',
      });
      expect($<HTMLAnchorElement>(onTheDay, 'a[href^="https://visio"]')!.href).to.equal('https://visio.example.org/secret?pwd=1234');
    });

    it('cannot be broken out of by a hostile title, and keeps no unsafe URL', async () => {
      const title = '</script><script>window.__irevPwned=1</script><!--';
      const element = await cardOf(
        [meeting({ title, url: 'javascript:window.__irevPwned=1', organiser: { name: 'O', url: 'data:text/html,x' } })],
        {
          event: 'rencontre',
        },
      );
      const script = element.querySelector(':scope > script')!;
      expect(script.textContent).to.not.contain('<');
      expect(script.textContent).to.contain('\\u003c/script>');
      expect(element.children).to.have.length(1);
      const data = await jsonLdOf(element);
      expect(data.name).to.equal(title);
      expect(data.url).to.equal(undefined);
      expect(data.organizer).to.deep.equal({ '@type': 'Organization', name: 'O' });
      expect((window as unknown as { __irevPwned?: number }).__irevPwned).to.equal(undefined);
    });

    it('follows the event shown, in one script, and goes away when there is none', async () => {
      const element = await cardFrom(demo, { event: 'rencontre-13-cites-2021-03-09', now: '2021-03-01' });
      await jsonLdOf(element);
      element.event = 'webinaire-evaluation-2021-03-11';
      await element.updateComplete;
      await waitUntil(() => element.querySelector('script')?.textContent?.includes('Webinaire EVALUATION'), 'JSON-LD not rewritten');
      expect((await jsonLdOf(element)).name).to.equal('Webinaire EVALUATION');
      element.event = 'inconnu';
      await element.updateComplete;
      expect(element.querySelector('script')).to.equal(null);
    });
  });

  describe('in English on a French page', () => {
    it('opens the calendar menu in English, and fills the calendars in English', async () => {
      const element = await cardFrom(demo, { event: 'rencontre-13-cites-2021-03-09', now: '2021-03-01', lang: 'en' });
      await openCalendar(element);
      expect(text($(element, '[part~="calendar"] button'))).to.equal('.ics file (Apple, Outlook, Thunderbird…)');
      const google = $<HTMLAnchorElement>(element, 'a[href^="https://calendar.google.com"]')!;
      expect(text(google)).to.equal('Google Calendar (opens in a new window)');
      expect(new URL(google.href).searchParams.get('details')).to.contain('Audience: membres des troïkas').and.contain('Organiser: IREV');
    });
  });

  describe('in English', () => {
    // @lit/localize keeps one locale per page: load English before the cards render.
    before(() => useLang('en'));
    after(() => useLang('fr'));

    it('renders the date, the status, the labels and the actions in English', async () => {
      const element = await cardFrom(demo, { event: 'rencontre-13-cites-2021-03-09', now: '2021-03-01', lang: 'en' });
      expect(when(element)).to.equal('Tuesday 9 March 2021 · 9:30 am – 12:30 pm');
      expect(badge(element)).to.equal('Upcoming');
      const page = visibleText(element);
      expect(page).to.contain('Where Online (visioconférence)').and.contain('Audience membres des troïkas').and.contain('Objectives');
      expect(page).to.contain('Organiser IREV').and.contain('Register').and.contain('Add to my calendar');
      await openCalendar(element);
      expect(text($(element, '[part~="calendar"] button'))).to.equal('.ics file (Apple, Outlook, Thunderbird…)');
      expect(text($(element, 'a[href^="https://calendar.google.com"]'))).to.equal('Google Calendar (opens in a new window)');
      await expectNoAxeViolations(element);
    });

    it('says an unknown id in English', async () => {
      const element = await cardFrom(demo, { event: 'nope', now: '2021-03-01', lang: 'en' });
      expect(text($(element, '[part~="empty"]'))).to.equal('No event has the id "nope".');
    });

    it('shows the webinar as open-ended in English', async () => {
      const element = await cardFrom(demo, { event: 'webinaire-evaluation-2021-03-11', now: '2021-03-01', lang: 'en' });
      expect(when(element)).to.equal('Thursday 11 March 2021 from 2 pm');
    });
  });
});
