import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { googleCalendarUrl, outlookCalendarUrl, toIcs, type CalendarEntry } from '../src/core/calendar.js';

const STAMP = new Date('2021-03-01T10:00:00Z');

const morning: CalendarEntry = {
  uid: 'rencontre-13-cites-2021-03-09@irev.fr',
  title: 'Rencontre régionale dédiée aux 13 cités éducatives',
  start: '2021-03-09T09:30:00+01:00',
  end: '2021-03-09T12:30:00+01:00',
  details: 'Public : membres des troïkas\n\nObjectifs :\n– Renforcer l’interconnaissance',
  location: 'En ligne (visioconférence)',
  url: 'https://irev.fr/rencontre-regionale-dediee-aux-13-cites-educatives-mardi-9-mars-de-9h30-12h30',
};

/** The one VEVENT of an iCalendar text, read by ical.js. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

const octets = (line: string) => new TextEncoder().encode(line).length;
const physicalLines = (ics: string) => ics.split('\r\n').slice(0, -1);

describe('calendar (src/core/calendar.ts)', () => {
  describe('toIcs, read back by ical.js', () => {
    it('gives the fields of a timed meeting one by one, times in UTC', () => {
      const { calendar, vevent, event } = parse(toIcs(morning, STAMP));
      expect(calendar.getFirstPropertyValue('version')).to.equal('2.0');
      expect(calendar.getFirstPropertyValue('prodid')).to.equal('-//IREV//irev-widgets//FR');
      expect(event.uid).to.equal('rencontre-13-cites-2021-03-09@irev.fr');
      expect(event.summary).to.equal(morning.title);
      expect(event.description).to.equal(morning.details);
      expect(event.location).to.equal('En ligne (visioconférence)');
      expect(vevent.getFirstPropertyValue('url')).to.equal(morning.url);
      expect(vevent.getFirstPropertyValue('status')).to.equal('CONFIRMED');
      expect((vevent.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString()).to.equal('2021-03-01T10:00:00.000Z');
      expect(event.startDate.isDate).to.equal(false);
      expect(event.startDate.zone?.tzid).to.equal('UTC');
      expect(event.startDate.toJSDate().toISOString()).to.equal('2021-03-09T08:30:00.000Z');
      expect(event.endDate.toJSDate().toISOString()).to.equal('2021-03-09T11:30:00.000Z');
    });

    it('writes the raw text with CRLF line endings only, and UTC times in basic format', () => {
      const ics = toIcs(morning, STAMP);
      expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).to.equal(true);
      expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).to.equal(true);
      expect(ics.replace(/\r\n/g, '')).to.not.match(/[\r\n]/);
      expect(ics).to.contain('\r\nDTSTART:20210309T083000Z\r\n');
      expect(ics).to.contain('\r\nDTEND:20210309T113000Z\r\n');
      expect(ics).to.contain('\r\nDTSTAMP:20210301T100000Z\r\n');
    });

    it('writes an all-day, two-day meeting as dates with an exclusive end (17 and 18 February)', () => {
      const ics = toIcs({ uid: 'outils@irev.fr', title: 'Outils', start: '2021-02-17', end: '2021-02-18' }, STAMP);
      expect(ics).to.contain('\r\nDTSTART;VALUE=DATE:20210217\r\n');
      expect(ics).to.contain('\r\nDTEND;VALUE=DATE:20210219\r\n');
      const { event } = parse(ics);
      expect(event.startDate.isDate).to.equal(true);
      expect(event.startDate.toString()).to.equal('2021-02-17');
      expect(event.endDate.toString()).to.equal('2021-02-19');
    });

    it('ends a one-day meeting the next day (22 February)', () => {
      const { event } = parse(toIcs({ uid: 'diag@irev.fr', title: 'Diagnostic', start: '2021-02-22' }, STAMP));
      expect([event.startDate.toString(), event.endDate.toString()]).to.deep.equal(['2021-02-22', '2021-02-23']);
    });

    it('ends a timed start with a plain-date end at the end of that day in Paris (9 March 9 h → 10 March)', () => {
      const entry = { uid: 'deux-jours@irev.fr', title: 'Deux jours', start: '2021-03-09T09:00:00+01:00', end: '2021-03-10' };
      const ics = toIcs(entry, STAMP);
      expect(ics).to.contain('\r\nDTSTART:20210309T080000Z\r\nDTEND:20210310T230000Z\r\n');
      const { event } = parse(ics);
      expect(event.endDate.toJSDate().toISOString()).to.equal('2021-03-10T23:00:00.000Z');
      expect(new URL(googleCalendarUrl(entry)).searchParams.get('dates')).to.equal('20210309T080000Z/20210310T230000Z');
      const outlook = new URL(outlookCalendarUrl(entry)).searchParams;
      expect([outlook.get('startdt'), outlook.get('enddt'), outlook.get('allday')]).to.deep.equal([
        '2021-03-09T08:00:00Z',
        '2021-03-10T23:00:00Z',
        'false',
      ]);
    });

    it('leaves out DTEND for an open-ended webinar, as RFC 5545 allows', () => {
      const ics = toIcs({ uid: 'webinaire@irev.fr', title: 'Webinaire EVALUATION', start: '2021-03-11T14:00:00+01:00' }, STAMP);
      expect(ics).to.contain('\r\nDTSTART:20210311T130000Z\r\n');
      expect(ics).to.not.contain('DTEND');
      expect(parse(ics).event.startDate.toJSDate().toISOString()).to.equal('2021-03-11T13:00:00.000Z');
    });

    describe('across daylight-saving changes in Paris', () => {
      it('keeps the instants of a night that loses an hour (28 March 2021, 1 h 30 – 3 h 30)', () => {
        const { event } = parse(
          toIcs({ uid: 'nuit@irev.fr', title: 'Nuit', start: '2021-03-28T01:30:00+01:00', end: '2021-03-28T03:30:00+02:00' }, STAMP),
        );
        expect(event.startDate.toJSDate().toISOString()).to.equal('2021-03-28T00:30:00.000Z');
        expect(event.endDate.toJSDate().toISOString()).to.equal('2021-03-28T01:30:00.000Z');
        expect(event.duration.toSeconds()).to.equal(3600);
      });

      it('keeps the instants of a night that gains an hour (30 October 20 h – 31 October 10 h)', () => {
        const { event } = parse(
          toIcs({ uid: 'veille@irev.fr', title: 'Veille', start: '2021-10-30T20:00:00+02:00', end: '2021-10-31T10:00:00+01:00' }, STAMP),
        );
        expect(event.startDate.toJSDate().toISOString()).to.equal('2021-10-30T18:00:00.000Z');
        expect(event.endDate.toJSDate().toISOString()).to.equal('2021-10-31T09:00:00.000Z');
        expect(event.duration.toSeconds()).to.equal(15 * 3600);
      });

      it('ends all-day meetings on the right day (27–29 March, 30–31 October)', () => {
        const march = toIcs({ uid: 'm@irev.fr', title: 'Mars', start: '2021-03-27', end: '2021-03-29' }, STAMP);
        const october = toIcs({ uid: 'o@irev.fr', title: 'Octobre', start: '2021-10-30', end: '2021-10-31' }, STAMP);
        expect(march).to.contain('DTSTART;VALUE=DATE:20210327\r\nDTEND;VALUE=DATE:20210330\r\n');
        expect(october).to.contain('DTSTART;VALUE=DATE:20211030\r\nDTEND;VALUE=DATE:20211101\r\n');
      });
    });

    it('escapes commas, semicolons, backslashes and newlines, and reads them back unchanged', () => {
      const title = 'Troïkas, comités; C:\\chemin\\dossier';
      const details = 'Ligne 1\nLigne 2\r\nLigne 3\rfin';
      const ics = toIcs({ ...morning, title, details }, STAMP);
      expect(ics).to.contain('SUMMARY:Troïkas\\, comités\\; C:\\\\chemin\\\\dossier\r\n');
      expect(ics).to.contain('DESCRIPTION:Ligne 1\\nLigne 2\\nLigne 3\\nfin\r\n');
      const { event } = parse(ics);
      expect(event.summary).to.equal(title);
      expect(event.description).to.equal('Ligne 1\nLigne 2\nLigne 3\nfin');
    });

    it('drops control characters, which iCalendar text may not hold', () => {
      const ics = toIcs({ ...morning, title: 'Bip\u0007 bip\u0000\tfin' }, STAMP);
      expect(parse(ics).event.summary).to.equal('Bip bip\tfin');
    });

    it('folds long lines at 75 octets without splitting a multi-byte character', () => {
      const title = `ab${'€'.repeat(30)} ${'é'.repeat(50)} ${'🎓'.repeat(25)} Liévin`;
      const ics = toIcs({ ...morning, title }, STAMP);
      const lines = physicalLines(ics);
      for (const line of lines) {
        expect(octets(line), line).to.be.at.most(75);
        expect(line, 'no half of a surrogate pair').to.not.match(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      }
      const summary = lines.findIndex((line) => line.startsWith('SUMMARY:'));
      // « SUMMARY:ab » is 10 octets and each « € » 3: the 22nd would end at octet 76, so the line stops at 73.
      expect(octets(lines[summary])).to.equal(73);
      expect(lines[summary + 1].startsWith(' €')).to.equal(true);
      expect(parse(ics).event.summary).to.equal(title);
    });

    it('marks a cancelled meeting CANCELLED', () => {
      expect(parse(toIcs({ ...morning, cancelled: true }, STAMP)).vevent.getFirstPropertyValue('status')).to.equal('CANCELLED');
    });
  });

  describe('googleCalendarUrl', () => {
    it('fills in the title, UTC dates, details and place', () => {
      const url = new URL(googleCalendarUrl(morning));
      expect(url.origin + url.pathname).to.equal('https://calendar.google.com/calendar/render');
      expect(Object.fromEntries(url.searchParams)).to.deep.equal({
        action: 'TEMPLATE',
        text: morning.title,
        dates: '20210309T083000Z/20210309T113000Z',
        details: morning.details,
        location: morning.location,
      });
    });

    it('gives all-day meetings dates with an exclusive end, and open-ended ones their start twice', () => {
      expect(
        new URL(googleCalendarUrl({ uid: 'x', title: 'Outils', start: '2021-02-17', end: '2021-02-18' })).searchParams.get('dates'),
      ).to.equal('20210217/20210219');
      expect(
        new URL(googleCalendarUrl({ uid: 'x', title: 'Webinaire', start: '2021-03-11T14:00:00+01:00' })).searchParams.get('dates'),
      ).to.equal('20210311T130000Z/20210311T130000Z');
    });
  });

  describe('outlookCalendarUrl', () => {
    it('fills in the compose form with UTC times', () => {
      const url = new URL(outlookCalendarUrl(morning));
      expect(url.origin + url.pathname).to.equal('https://outlook.live.com/calendar/0/deeplink/compose');
      expect(Object.fromEntries(url.searchParams)).to.deep.equal({
        path: '/calendar/action/compose',
        rru: 'addevent',
        subject: morning.title,
        startdt: '2021-03-09T08:30:00Z',
        enddt: '2021-03-09T11:30:00Z',
        allday: 'false',
        body: morning.details,
        location: morning.location,
      });
    });

    it('marks all-day meetings with dates and allday=true', () => {
      const params = new URL(outlookCalendarUrl({ uid: 'x', title: 'Outils', start: '2021-02-17', end: '2021-02-18' })).searchParams;
      expect([params.get('startdt'), params.get('enddt'), params.get('allday')]).to.deep.equal(['2021-02-17', '2021-02-19', 'true']);
    });
  });
});
