import { formatter, parisParts, parseEventDate } from './paris-time.js';

export {
  PARIS,
  endPrecedesStart,
  formatter,
  isoDateProblem,
  parisDayKey,
  parisParts,
  parisTime,
  parseEventDate,
  readIsoDate,
  startOfNextParisDay,
  until,
  type EventDate,
  type IsoDate,
  type ParisParts,
} from './paris-time.js';

/** BCP 47 locale used by Intl for each UI language. */
export function intlLocale(lang: string): string {
  return lang === 'en' ? 'en-GB' : 'fr-FR';
}

/** Value of the `now` attribute, or the real present when absent or unreadable. */
export function resolveNow(value: string | null | undefined): Date {
  if (value) {
    const parsed = parseEventDate(value).date;
    if (!Number.isNaN(parsed.getTime())) return parsed;
  }
  return new Date();
}

/**
 * French typography, written here once for every date the widgets show: a no-break space inside « 9 h 30 »,
 * « 9 mars 2021 », « 9:30 am » and around the dash of « 9 h 30 – 12 h 30 », so a phone never breaks a time or a day.
 * Texts compared or copied read them as spaces (`\s` matches U+00A0); the word joiner U+2060 is invisible.
 */
export const NBSP = '\u00a0';
/** A text that never breaks: « 17 et 18 février 2021 ». */
export const keepTogether = (text: string) => text.replace(/ /g, NBSP);

const DAY: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };

/** The months' and weekdays' names of a language, as Intl writes them in a full date. */
const names = new Map<string, { months: string[]; weekdays: string[] }>();

/**
 * Read from Intl once per language, from the first day of each month of 2001 (those 12 days hold the 7 weekdays):
 * a date is then its Paris wall-clock parts and two look-ups, where asking Intl for each of 1,000 dates cost ~0.1 ms
 * a date on a phone.
 */
function namesOf(lang: string) {
  let known = names.get(lang);
  if (!known) {
    known = { months: [], weekdays: [] };
    for (let month = 0; month < 12; month++) {
      const noon = Date.UTC(2001, month, 1, 12);
      const parts = formatter(intlLocale(lang), DAY).formatToParts(noon);
      const read = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
      known.months[month] = read('month');
      known.weekdays[new Date(noon).getUTCDay()] = read('weekday');
    }
    names.set(lang, known);
  }
  return known;
}

export function dayParts(date: Date, lang: string) {
  const { year, month, day } = parisParts(date);
  const { months, weekdays } = namesOf(lang);
  // The weekday of the Paris calendar day (setUTCFullYear: years before 100 are not read as 19xx).
  const calendarDay = new Date(0);
  calendarDay.setUTCFullYear(year, month - 1, day);
  return {
    weekday: weekdays[calendarDay.getUTCDay()],
    // French writes the first of the month as an ordinal: « 1er mars ».
    day: lang === 'fr' && day === 1 ? '1er' : String(day),
    month: months[month - 1],
    year: String(year),
  };
}

/** « mardi 9 mars 2021 », "Tuesday 9 March 2021"; without the weekday when `weekday` is false. */
export function formatDay(date: Date, lang: string, weekday = true): string {
  const p = dayParts(date, lang);
  const text = keepTogether(`${p.day} ${p.month} ${p.year}`);
  return weekday ? `${p.weekday} ${text}` : text;
}
