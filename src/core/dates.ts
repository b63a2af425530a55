import { msg, str } from '@lit/localize';

/** Every date is shown in the time zone of the region, whatever the visitor's own. */
export const PARIS = 'Europe/Paris';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One `Intl.DateTimeFormat` per locale and pattern, made once: creating one per date is what makes long lists slow. */
export function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, { timeZone: PARIS, ...options });
    formatters.set(key, cached);
  }
  return cached;
}

/** BCP 47 locale used by Intl for each UI language. */
export function intlLocale(lang: string): string {
  return lang === 'en' ? 'en-GB' : 'fr-FR';
}

export interface ParisParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** The wall-clock reading of an instant in Paris. */
export function parisParts(date: Date): ParisParts {
  const parts = formatter('en-US', {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(date);
  const read = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: read('year'), month: read('month'), day: read('day'), hour: read('hour'), minute: read('minute') };
}

/** The instant when Paris clocks read the given wall time (DST-safe). */
export function parisTime(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const offsetAt = (instant: number) => {
    const p = parisParts(new Date(instant));
    return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - instant;
  };
  let instant = wall - offsetAt(wall);
  // Near a change of offset the first guess may sit on the other side: correct once.
  instant = wall - offsetAt(instant);
  return new Date(instant);
}

export interface EventDate {
  date: Date;
  /** A plain date (`2021-02-17`): the whole day, with no time to show. */
  allDay: boolean;
}

const plainDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads an ISO 8601 value: a plain date is midnight in Paris on that day. */
export function parseEventDate(value: string): EventDate {
  const m = plainDate.exec(value);
  if (m) return { date: parisTime(Number(m[1]), Number(m[2]), Number(m[3])), allDay: true };
  return { date: new Date(value), allDay: false };
}

/** A key that is equal for two instants on the same Paris calendar day. */
export function parisDayKey(date: Date): string {
  const p = parisParts(date);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** The first instant of the Paris day after the one `date` falls in. */
export function startOfNextParisDay(date: Date): Date {
  const p = parisParts(date);
  return parisTime(p.year, p.month, p.day + 1);
}

/** Value of the `now` attribute, or the real present when absent or unreadable. */
export function resolveNow(value: string | null | undefined): Date {
  if (value) {
    const parsed = parseEventDate(value).date;
    if (!Number.isNaN(parsed.getTime())) return parsed;
  }
  return new Date();
}

function dayParts(date: Date, lang: string) {
  const parts = formatter(intlLocale(lang), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).formatToParts(date);
  const read = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const day = read('day');
  return {
    weekday: read('weekday'),
    // French writes the first of the month as an ordinal: « 1er mars ».
    day: lang === 'fr' && day === '1' ? '1er' : day,
    month: read('month'),
    year: read('year'),
  };
}

/** « mardi 9 mars 2021 », "Tuesday 9 March 2021"; without the weekday when `weekday` is false. */
export function formatDay(date: Date, lang: string, weekday = true): string {
  const p = dayParts(date, lang);
  const text = `${p.day} ${p.month} ${p.year}`;
  return weekday ? `${p.weekday} ${text}` : text;
}

/** « 9 h 30 », « 14 h » in French; "9:30 am", "2 pm" in English. */
export function formatTime(date: Date, lang: string): string {
  const { hour, minute } = parisParts(date);
  if (lang === 'fr') return minute === 0 ? `${hour} h` : `${hour} h ${String(minute).padStart(2, '0')}`;
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  const suffix = hour < 12 ? 'am' : 'pm';
  return minute === 0 ? `${h12} ${suffix}` : `${h12}:${String(minute).padStart(2, '0')} ${suffix}`;
}

/** The date with its day, month and year, for `<time datetime>`. */
export function isoDay(date: Date): string {
  return parisDayKey(date);
}

export interface RangeOptions {
  lang: string;
  /** Between the day and the time slot: « , » in running text, « · » on a card. */
  separator?: string;
}

function formatDayRange(start: Date, last: Date, lang: string): string {
  const a = dayParts(start, lang);
  const b = dayParts(last, lang);
  // The first day says only what differs from the last: « 17 », « 28 février », « 30 décembre 2021 ».
  const first = a.year !== b.year ? `${a.day} ${a.month} ${a.year}` : a.month !== b.month ? `${a.day} ${a.month}` : a.day;
  const lastDay = `${b.day} ${b.month} ${b.year}`;
  if (parisDayKey(startOfNextParisDay(start)) === parisDayKey(last)) {
    return msg(str`${first} et ${lastDay}`, { id: 'range.days.two' });
  }
  return msg(str`du ${first} au ${lastDay}`, { id: 'range.days.many' });
}

/**
 * A human date range in Paris time: « mardi 9 mars 2021, 9 h 30 – 12 h 30 », « 17 et 18 février 2021 »,
 * « jeudi 11 mars 2021 à partir de 14 h ». `end` is inclusive for all-day values.
 */
export function formatDateRange(start: EventDate, end: EventDate | undefined, options: RangeOptions): string {
  const { lang } = options;
  const separator = options.separator ?? ', ';
  if (start.allDay) {
    if (!end || parisDayKey(end.date) === parisDayKey(start.date)) return formatDay(start.date, lang);
    return formatDayRange(start.date, end.date, lang);
  }
  const day = formatDay(start.date, lang);
  const from = formatTime(start.date, lang);
  if (!end) return msg(str`${day} à partir de ${from}`, { id: 'range.open-ended' });
  const to = formatTime(end.date, lang);
  if (parisDayKey(start.date) === parisDayKey(end.date)) return `${day}${separator}${from} – ${to}`;
  const endDay = formatDay(end.date, lang);
  const first = `${day}${separator}${from}`;
  const last = `${endDay}${separator}${to}`;
  return msg(str`du ${first} au ${last}`, { id: 'range.timed.days' });
}
