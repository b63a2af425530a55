import { expect } from '@open-wc/testing';
import { formatDateRange, formatTime } from '../../src/core/date-range.js';
import { formatDay, isoDateProblem, parisParts, parisTime, parseEventDate, readIsoDate, resolveNow } from '../../src/core/dates.js';
import { useLang } from '../../src/core/localization.js';

const range = (start: string, end: string | undefined, lang = 'fr', separator?: string) =>
  formatDateRange(parseEventDate(start), end ? parseEventDate(end) : undefined, { lang, separator });
/** An expected text, `_` standing for a no-break space (U+00A0) and `–_` for a dash joined to it: where a line may not break. */
const nb = (text: string) => text.replace(/–_/g, '–\u2060_').replace(/_/g, '\u00a0');

describe('dates in Europe/Paris', () => {
  before(() => useLang('fr'));

  it('runs in a visitor time zone other than Paris (the tests would prove nothing otherwise)', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/New_York');
  });

  describe('in French', () => {
    it('formats a morning slot: « mardi 9 mars 2021, 9 h 30 – 12 h 30 »', () => {
      expect(range('2021-03-09T09:30:00+01:00', '2021-03-09T12:30:00+01:00')).to.equal(nb('mardi 9_mars_2021, 9_h_30_–_12_h_30'));
    });
    it('uses the card separator when asked: « mardi 9 mars 2021 · 14 h – 17 h »', () => {
      expect(range('2021-03-09T14:00:00+01:00', '2021-03-09T17:00:00+01:00', 'fr', ' · ')).to.equal(nb('mardi 9_mars_2021 · 14_h_–_17_h'));
    });
    it('formats an open-ended webinar: « jeudi 11 mars 2021 à partir de 14 h »', () => {
      expect(range('2021-03-11T14:00:00+01:00', undefined)).to.equal(nb('jeudi 11_mars_2021 à partir de 14_h'));
    });
    it('formats two consecutive days: « 17 et 18 février 2021 »', () => {
      expect(range('2021-02-17', '2021-02-18')).to.equal(nb('17_et_18_février_2021'));
    });
    it('formats several days in a month: « du 17 au 19 février 2021 »', () => {
      expect(range('2021-02-17', '2021-02-19')).to.equal(nb('du 17 au 19_février_2021'));
    });
    it('formats days across months, with « 1er »', () => {
      expect(range('2021-02-28', '2021-03-01')).to.equal(nb('28_février_et_1er_mars_2021'));
      expect(range('2021-02-27', '2021-03-02')).to.equal(nb('du 27_février au 2_mars_2021'));
    });
    it('formats days across years', () => {
      expect(range('2021-12-30', '2022-01-02')).to.equal(nb('du 30_décembre_2021 au 2_janvier_2022'));
      // Two days over the new year are too long to stay whole on a phone: the line may break around « et ».
      expect(range('2021-12-31', '2022-01-01')).to.equal(nb('31_décembre_2021 et 1er_janvier_2022'));
    });
    it('formats one all-day date with its weekday', () => {
      expect(range('2021-02-22', undefined)).to.equal(nb('lundi 22_février_2021'));
      expect(range('2021-02-22', '2021-02-22')).to.equal(nb('lundi 22_février_2021'));
    });
    it('formats a timed event over two days', () => {
      expect(range('2021-03-09T09:00:00+01:00', '2021-03-10T17:00:00+01:00')).to.equal(
        nb('du mardi 9_mars_2021, 9_h au mercredi 10_mars_2021, 17_h'),
      );
    });
    it('ends a timed start with a plain-date end with that whole day, never at « 0 h »', () => {
      expect(range('2021-03-09T09:00:00+01:00', '2021-03-10', 'fr', ' · ')).to.equal(
        nb('du mardi 9_mars_2021 · 9_h au mercredi 10_mars_2021'),
      );
      // A plain-date end on the start's own day: from the start until the day is over.
      expect(range('2021-03-09T09:00:00+01:00', '2021-03-09')).to.equal(nb('mardi 9_mars_2021 à partir de 9_h'));
    });
  });

  describe('around the change to summer time (Sunday 28 March 2021, 2 h → 3 h in Paris)', () => {
    it('shows the Paris wall time on each side of the change', () => {
      expect(range('2021-03-27T10:00:00+01:00', '2021-03-27T12:00:00+01:00')).to.equal(nb('samedi 27_mars_2021, 10_h_–_12_h'));
      expect(range('2021-03-29T10:00:00+02:00', '2021-03-29T12:00:00+02:00')).to.equal(nb('lundi 29_mars_2021, 10_h_–_12_h'));
    });
    it('shows a slot given in UTC across the change in Paris time', () => {
      // 00:30 UTC = 1 h 30 (winter); 01:30 UTC = 3 h 30 (summer): the hour 2 h does not exist that night.
      expect(range('2021-03-28T00:30:00Z', '2021-03-28T01:30:00Z')).to.equal(nb('dimanche 28_mars_2021, 1_h_30_–_3_h_30'));
    });
    it('finds Paris midnight and noon on both sides (DST-safe wall time)', () => {
      expect(parisTime(2021, 3, 28).toISOString()).to.equal('2021-03-27T23:00:00.000Z');
      expect(parisTime(2021, 3, 29).toISOString()).to.equal('2021-03-28T22:00:00.000Z');
      expect(parisTime(2021, 3, 28, 12).toISOString()).to.equal('2021-03-28T10:00:00.000Z');
      expect(parisTime(2021, 10, 31, 12).toISOString()).to.equal('2021-10-31T11:00:00.000Z');
    });
    it('keeps an all-day date on its day whatever the visitor time zone', () => {
      const { date } = parseEventDate('2021-03-28');
      expect(parisParts(date)).to.deep.include({ year: 2021, month: 3, day: 28, hour: 0 });
      expect(formatDay(date, 'fr')).to.equal(nb('dimanche 28_mars_2021'));
      expect(range('2021-03-27', '2021-03-29')).to.equal(nb('du 27 au 29_mars_2021'));
    });
    it('reads the same Paris wall clock as the browser does, every few hours from 1970 to 2100', () => {
      // parisParts reads the EU's summer time rule from 1996 on, and Intl (twice a month, or per instant in the months
      // Paris changes its clocks) before: this reading, made by Intl alone, is what both must give.
      const intl = new Intl.DateTimeFormat('en-US', {
        timeZone: 'Europe/Paris',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        hourCycle: 'h23',
      });
      const mismatches: string[] = [];
      // A prime step (36 h 53 min) visits every hour of the day and every day of the month over the years.
      for (let time = Date.UTC(1970, 0, 1); time < Date.UTC(2100, 0, 1); time += 2213 * 60_000) {
        const parts = intl.formatToParts(time);
        const read = (type: string) => Number(parts.find((part) => part.type === type)?.value);
        const expected = { year: read('year'), month: read('month'), day: read('day'), hour: read('hour'), minute: read('minute') };
        const actual = parisParts(new Date(time));
        if (JSON.stringify(actual) !== JSON.stringify(expected)) mismatches.push(new Date(time).toISOString());
      }
      expect(mismatches.slice(0, 5)).to.deep.equal([]);
    });
    it('writes the same days as the browser does, in French and English, every few hours from 1970 to 2100', () => {
      // formatDay asks Intl for the names of the months and weekdays once, then counts from Paris's wall clock.
      const mismatches: string[] = [];
      for (const [lang, locale] of [
        ['fr', 'fr-FR'],
        ['en', 'en-GB'],
      ]) {
        const intl = new Intl.DateTimeFormat(locale, {
          timeZone: 'Europe/Paris',
          weekday: 'long',
          day: 'numeric',
          month: 'long',
          year: 'numeric',
        });
        for (let time = Date.UTC(1970, 0, 1); time < Date.UTC(2100, 0, 1); time += 2213 * 60_000) {
          const parts = intl.formatToParts(time);
          const read = (type: string) => parts.find((part) => part.type === type)!.value;
          const day = lang === 'fr' && read('day') === '1' ? '1er' : read('day');
          const expected = `${read('weekday')} ${day}\u00a0${read('month')}\u00a0${read('year')}`;
          if (formatDay(new Date(time), lang) !== expected) mismatches.push(`${lang} ${new Date(time).toISOString()}`);
        }
      }
      expect(mismatches.slice(0, 5)).to.deep.equal([]);
    });
    it('shows times on the back change (31 October 2021) in Paris time', () => {
      expect(formatTime(new Date('2021-10-31T00:30:00Z'), 'fr')).to.equal(nb('2_h_30'));
      expect(formatTime(new Date('2021-10-31T01:30:00Z'), 'fr')).to.equal(nb('2_h_30'));
      expect(formatTime(new Date('2021-10-31T02:30:00Z'), 'fr')).to.equal(nb('3_h_30'));
    });
  });

  describe('in English', () => {
    before(() => useLang('en'));
    after(() => useLang('fr'));
    it('formats a slot with am/pm', () => {
      expect(range('2021-03-09T09:30:00+01:00', '2021-03-09T12:30:00+01:00', 'en')).to.equal(
        nb('Tuesday 9_March_2021, 9:30_am_–_12:30_pm'),
      );
    });
    it('formats days and open ends', () => {
      expect(range('2021-02-17', '2021-02-18', 'en')).to.equal(nb('17_and_18_February_2021'));
      expect(range('2021-02-17', '2021-02-19', 'en')).to.equal(nb('17 – 19_February_2021'));
      expect(range('2021-02-27', '2021-03-02', 'en')).to.equal(nb('27_February – 2_March_2021'));
      expect(range('2021-03-11T14:00:00+01:00', undefined, 'en')).to.equal(nb('Thursday 11_March_2021 from 2_pm'));
    });
  });

  describe('reading ISO 8601 values', () => {
    it('reads plain dates and date-times with their offset, leap days included', () => {
      expect(readIsoDate('2021-03-09T09:30:15.5+01:00')).to.deep.equal({
        year: 2021,
        month: 3,
        day: 9,
        hour: 9,
        minute: 30,
        second: 15,
        millisecond: 500,
        offset: 60,
      });
      expect(readIsoDate('2021-02-17')).to.deep.include({ year: 2021, month: 2, day: 17, offset: undefined });
      for (const valid of ['2020-02-29', '2000-02-29', '2021-04-30T23:59:59Z', '2021-03-09T09:30+14:00', '2021-03-09T09:30-12:00']) {
        expect(isoDateProblem(valid), valid).to.equal(undefined);
      }
      expect(parseEventDate('2021-03-09T09:30:00+01:00').date.toISOString()).to.equal('2021-03-09T08:30:00.000Z');
      expect(parseEventDate('2021-03-09T09:30:00.250Z').date.toISOString()).to.equal('2021-03-09T09:30:00.250Z');
    });

    it('refuses impossible dates and times, saying why in the editor’s words', () => {
      const cases: [string, string][] = [
        ['2021-02-30', 'jour inexistant : 30 (février 2021 a 28 jours)'],
        ['2021-04-31T10:00:00+02:00', 'jour inexistant : 31 (avril 2021 a 30 jours)'],
        ['2021-02-29', 'jour inexistant : 29 (février 2021 a 28 jours)'],
        ['1900-02-29', 'jour inexistant : 29 (février 1900 a 28 jours)'],
        ['2021-03-00', 'jour inexistant : 00 (mars 2021 a 31 jours)'],
        ['2021-13-01', 'mois inexistant : 13 (de 01 à 12)'],
        ['2021-03-09T24:00:00+01:00', "heure inexistante : 24:00 (écrire 00:00 le jour d'après)"],
        ['2021-03-09T25:00:00+01:00', 'heure inexistante : 25:00 (de 00:00 à 23:59)'],
        ['2021-03-09T10:60+01:00', 'heure inexistante : 10:60 (de 00:00 à 23:59)'],
        ['2021-03-09T10:00:60+01:00', 'seconde inexistante : 60 (de 00 à 59)'],
        ['2021-03-09T10:00:00+15:00', 'décalage horaire inexistant : +15:00 (de -12:00 à +14:00)'],
        ['2021-03-09T10:00:00+01:60', 'décalage horaire inexistant : +01:60 (de -12:00 à +14:00)'],
        ['2021-03-09T10:00:00', 'décalage horaire manquant (2021-03-09T09:30:00+01:00, ou Z pour UTC)'],
        ['9 mars 2021', 'date ISO 8601 attendue (2021-03-09 ou 2021-03-09T09:30:00+01:00)'],
      ];
      for (const [value, reason] of cases) {
        expect(isoDateProblem(value), value).to.equal(reason);
        expect(Number.isNaN(parseEventDate(value).date.getTime()), `${value} is no date`).to.equal(true);
      }
    });
  });

  describe('the now attribute', () => {
    it('stands for the present when it is a date', () => {
      expect(resolveNow('2021-03-01T10:00:00+01:00').toISOString()).to.equal('2021-03-01T09:00:00.000Z');
      expect(resolveNow('2021-03-01').toISOString()).to.equal('2021-02-28T23:00:00.000Z');
    });
    it('falls back to the clock when absent or unreadable', () => {
      for (const value of [undefined, '', 'hier', '2021-02-30', '2021-03-09T10:00']) {
        expect(Math.abs(resolveNow(value).getTime() - Date.now()), String(value)).to.be.lessThan(1000);
      }
    });
  });
});
