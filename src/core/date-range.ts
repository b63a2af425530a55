// Times and date ranges (« 9 h 30 – 12 h 30 », « du 17 au 19 février 2021 »): what the event cards and the form show,
// kept out of dates.ts, which every element loads (the news feed shows days only).
import { msg, str } from '@lit/localize';
import { dayParts, formatDay, keepTogether, NBSP } from './dates.js';
import { parisDayKey, parisParts, startOfNextParisDay, type EventDate } from './paris-time.js';

/** « 9 h 30 », « 14 h » in French; "9:30 am", "2 pm" in English. */
export function formatTime(date: Date, lang: string): string {
  const { hour, minute } = parisParts(date);
  if (lang === 'fr') return minute === 0 ? `${hour}${NBSP}h` : `${hour}${NBSP}h${NBSP}${String(minute).padStart(2, '0')}`;
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  const suffix = hour < 12 ? 'am' : 'pm';
  return minute === 0 ? `${h12}${NBSP}${suffix}` : `${h12}:${String(minute).padStart(2, '0')}${NBSP}${suffix}`;
}

/**
 * « 9 h 30 – 12 h 30 », one unbreakable piece: a line may break after a dash even before a no-break space (Unicode
 * line breaking, UAX 14 LB12a), so a word joiner follows it.
 */
export function formatTimeRange(start: Date, end: Date, lang: string): string {
  return `${formatTime(start, lang)}${NBSP}–\u2060${NBSP}${formatTime(end, lang)}`;
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
  const first = keepTogether(a.year !== b.year ? `${a.day} ${a.month} ${a.year}` : a.month !== b.month ? `${a.day} ${a.month}` : a.day);
  const lastDay = keepTogether(`${b.day} ${b.month} ${b.year}`);
  if (parisDayKey(startOfNextParisDay(start)) === parisDayKey(last)) {
    const two = msg(str`${first} et ${lastDay}`, { id: 'range.days.two' });
    // Two days of one year are one short unit (« 17 et 18 février 2021 »); across years, the line may break at « et ».
    return a.year === b.year ? keepTogether(two) : two;
  }
  return msg(str`du ${first} au ${lastDay}`, { id: 'range.days.many' });
}

/**
 * A human date range in Paris time: « mardi 9 mars 2021, 9 h 30 – 12 h 30 », « 17 et 18 février 2021 »,
 * « jeudi 11 mars 2021 à partir de 14 h ». A plain-date `end` is inclusive, after a timed start too: it ends
 * with that day (« du mardi 9 mars 2021, 9 h au mercredi 10 mars 2021 »), as the status and the calendars say.
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
  const sameDay = end && parisDayKey(start.date) === parisDayKey(end.date);
  // No end, or the end of the start's own day: the event runs from its start until the day is over.
  if (!end || (end.allDay && sameDay)) return msg(str`${day} à partir de ${from}`, { id: 'range.open-ended' });
  const to = end.allDay ? '' : formatTime(end.date, lang);
  if (sameDay) return `${day}${separator}${formatTimeRange(start.date, end.date, lang)}`;
  const first = `${day}${separator}${from}`;
  const last = end.allDay ? formatDay(end.date, lang) : `${formatDay(end.date, lang)}${separator}${to}`;
  return msg(str`du ${first} au ${last}`, { id: 'range.timed.days' });
}
