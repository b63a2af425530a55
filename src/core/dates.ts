import { MONTHS, parisParts, parseEventDate } from './paris-time.js';

export {
  PARIS,
  clockVersion,
  onClockChange,
  endPrecedesStart,
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

/**
 * The months' and weekdays' names of each language, as Intl writes them in a full date (a test holds them to it):
 * asking Intl costs a page 50–150 ms before its first date (see paris-time.ts), and these names do not change.
 */
const NAMES: Record<string, { months: string[]; weekdays: string[] }> = {
  fr: {
    months: MONTHS,
    weekdays: 'dimanche lundi mardi mercredi jeudi vendredi samedi'.split(' '),
  },
  en: {
    months: 'January February March April May June July August September October November December'.split(' '),
    weekdays: 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' '),
  },
};

export function dayParts(date: Date, lang: string) {
  const { year, month, day } = parisParts(date);
  const { months, weekdays } = NAMES[lang === 'en' ? 'en' : 'fr'];
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
