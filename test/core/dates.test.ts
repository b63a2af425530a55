import { expect } from '@open-wc/testing';
import { formatDateRange, formatDay, formatTime, parisParts, parisTime, parseEventDate, resolveNow } from '../../src/core/dates.js';
import { useLang } from '../../src/core/localization.js';

const range = (start: string, end: string | undefined, lang = 'fr', separator?: string) =>
  formatDateRange(parseEventDate(start), end ? parseEventDate(end) : undefined, { lang, separator });

describe('dates in Europe/Paris', () => {
  before(() => useLang('fr'));

  it('runs in a visitor time zone other than Paris (the tests would prove nothing otherwise)', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/New_York');
  });

  describe('in French', () => {
    it('formats a morning slot: « mardi 9 mars 2021, 9 h 30 – 12 h 30 »', () => {
      expect(range('2021-03-09T09:30:00+01:00', '2021-03-09T12:30:00+01:00')).to.equal('mardi 9 mars 2021, 9 h 30 – 12 h 30');
    });
    it('uses the card separator when asked: « mardi 9 mars 2021 · 14 h – 17 h »', () => {
      expect(range('2021-03-09T14:00:00+01:00', '2021-03-09T17:00:00+01:00', 'fr', ' · ')).to.equal('mardi 9 mars 2021 · 14 h – 17 h');
    });
    it('formats an open-ended webinar: « jeudi 11 mars 2021 à partir de 14 h »', () => {
      expect(range('2021-03-11T14:00:00+01:00', undefined)).to.equal('jeudi 11 mars 2021 à partir de 14 h');
    });
    it('formats two consecutive days: « 17 et 18 février 2021 »', () => {
      expect(range('2021-02-17', '2021-02-18')).to.equal('17 et 18 février 2021');
    });
    it('formats several days in a month: « du 17 au 19 février 2021 »', () => {
      expect(range('2021-02-17', '2021-02-19')).to.equal('du 17 au 19 février 2021');
    });
    it('formats days across months, with « 1er »', () => {
      expect(range('2021-02-28', '2021-03-01')).to.equal('28 février et 1er mars 2021');
      expect(range('2021-02-27', '2021-03-02')).to.equal('du 27 février au 2 mars 2021');
    });
    it('formats days across years', () => {
      expect(range('2021-12-30', '2022-01-02')).to.equal('du 30 décembre 2021 au 2 janvier 2022');
    });
    it('formats one all-day date with its weekday', () => {
      expect(range('2021-02-22', undefined)).to.equal('lundi 22 février 2021');
      expect(range('2021-02-22', '2021-02-22')).to.equal('lundi 22 février 2021');
    });
    it('formats a timed event over two days', () => {
      expect(range('2021-03-09T09:00:00+01:00', '2021-03-10T17:00:00+01:00')).to.equal(
        'du mardi 9 mars 2021, 9 h au mercredi 10 mars 2021, 17 h',
      );
    });
  });

  describe('around the change to summer time (Sunday 28 March 2021, 2 h → 3 h in Paris)', () => {
    it('shows the Paris wall time on each side of the change', () => {
      expect(range('2021-03-27T10:00:00+01:00', '2021-03-27T12:00:00+01:00')).to.equal('samedi 27 mars 2021, 10 h – 12 h');
      expect(range('2021-03-29T10:00:00+02:00', '2021-03-29T12:00:00+02:00')).to.equal('lundi 29 mars 2021, 10 h – 12 h');
    });
    it('shows a slot given in UTC across the change in Paris time', () => {
      // 00:30 UTC = 1 h 30 (winter); 01:30 UTC = 3 h 30 (summer): the hour 2 h does not exist that night.
      expect(range('2021-03-28T00:30:00Z', '2021-03-28T01:30:00Z')).to.equal('dimanche 28 mars 2021, 1 h 30 – 3 h 30');
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
      expect(formatDay(date, 'fr')).to.equal('dimanche 28 mars 2021');
      expect(range('2021-03-27', '2021-03-29')).to.equal('du 27 au 29 mars 2021');
    });
    it('shows times on the back change (31 October 2021) in Paris time', () => {
      expect(formatTime(new Date('2021-10-31T00:30:00Z'), 'fr')).to.equal('2 h 30');
      expect(formatTime(new Date('2021-10-31T01:30:00Z'), 'fr')).to.equal('2 h 30');
      expect(formatTime(new Date('2021-10-31T02:30:00Z'), 'fr')).to.equal('3 h 30');
    });
  });

  describe('in English', () => {
    before(() => useLang('en'));
    after(() => useLang('fr'));
    it('formats a slot with am/pm', () => {
      expect(range('2021-03-09T09:30:00+01:00', '2021-03-09T12:30:00+01:00', 'en')).to.equal('Tuesday 9 March 2021, 9:30 am – 12:30 pm');
    });
    it('formats days and open ends', () => {
      expect(range('2021-02-17', '2021-02-18', 'en')).to.equal('17 and 18 February 2021');
      expect(range('2021-02-17', '2021-02-19', 'en')).to.equal('17 – 19 February 2021');
      expect(range('2021-02-27', '2021-03-02', 'en')).to.equal('27 February – 2 March 2021');
      expect(range('2021-03-11T14:00:00+01:00', undefined, 'en')).to.equal('Thursday 11 March 2021 from 2 pm');
    });
  });

  describe('the now attribute', () => {
    it('stands for the present when it is a date', () => {
      expect(resolveNow('2021-03-01T10:00:00+01:00').toISOString()).to.equal('2021-03-01T09:00:00.000Z');
      expect(resolveNow('2021-03-01').toISOString()).to.equal('2021-02-28T23:00:00.000Z');
    });
    it('falls back to the clock when absent or unreadable', () => {
      for (const value of [undefined, '', 'hier']) expect(Math.abs(resolveNow(value).getTime() - Date.now())).to.be.lessThan(1000);
    });
  });
});
