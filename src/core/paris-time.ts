// Dates as the data writes them, and Paris wall-clock time: one strict reader of ISO 8601 for the schemas, the cards,
// the calendars, the status and the news. No text and no Lit here, so the schemas can check with the very reader the
// widgets read with (the browser's own `Date.parse` turns « 30 février » into 2 March without a word).
import { whenIdle } from './idle.js';
import { memoize } from './memo.js';

/** Every date is shown in the time zone of the region, whatever the visitor's own. */
export const PARIS = 'Europe/Paris';

const formatters = new Map<Intl.DateTimeFormatOptions, Map<string, Intl.DateTimeFormat>>();

/**
 * One `Intl.DateTimeFormat` per locale and pattern, made once: creating one per date is what makes long lists slow.
 * `options` is a module constant: the cache is keyed by its identity, so a lookup costs no serialisation.
 */
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let byLocale = formatters.get(options);
  if (!byLocale) formatters.set(options, (byLocale = new Map()));
  let cached = byLocale.get(locale);
  if (!cached) byLocale.set(locale, (cached = new Intl.DateTimeFormat(locale, { timeZone: PARIS, ...options })));
  return cached;
}

/** The parts of an ISO 8601 value, as written. */
export interface IsoDate {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** Minutes east of UTC; absent for a plain date (`2021-02-17`, a whole day in Paris). */
  offset?: number;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(?:Z|([+-])(\d{2}):(\d{2})))?$/;
const TIMED_WITHOUT_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;
/** The months in French: the editor's messages here, the dates shown (dates.ts). */
export const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
/** UTC offsets in use on Earth run from -12:00 to +14:00. */
const MAX_OFFSET = 14 * 60;

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysIn = (year: number, month: number) => (month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31);

/**
 * Reads an ISO 8601 value: a plain date (`2021-02-17`) or a date-time with its offset (`2021-03-09T09:30:00+01:00`).
 * Returns its parts, or, for anything else, the reason in the site editor's words (« jour inexistant : 30 (février
 * 2021 a 28 jours) »). Hours run from 00:00 to 23:59: `24:00`, which RFC 3339 and HTML's `<time>` refuse, is refused.
 */
export function readIsoDate(value: string): IsoDate | string {
  return readOnce(value);
}

/** Each value is read once: validation, sorting, the status and the card all read the same dates. Frozen: shared. */
const readOnce = memoize((value: string): Readonly<IsoDate> | string => {
  const read = readIsoDateNow(value);
  return typeof read === 'string' ? read : Object.freeze(read);
});

function readIsoDateNow(value: string): IsoDate | string {
  const m = ISO.exec(value);
  if (!m) {
    return TIMED_WITHOUT_OFFSET.test(value)
      ? 'décalage horaire manquant (2021-03-09T09:30:00+01:00, ou Z pour UTC)'
      : 'date ISO 8601 attendue (2021-03-09 ou 2021-03-09T09:30:00+01:00)';
  }
  const [year, month, day, hour = 0, minute = 0, second = 0] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((part) =>
    part === undefined ? undefined : Number(part),
  ) as number[];
  if (month < 1 || month > 12) return `mois inexistant : ${m[2]} (de 01 à 12)`;
  const days = daysIn(year, month);
  if (day < 1 || day > days) return `jour inexistant : ${m[3]} (${MONTHS[month - 1]} ${year} a ${days} jours)`;
  if (hour === 24 && minute === 0 && second === 0) return "heure inexistante : 24:00 (écrire 00:00 le jour d'après)";
  if (hour > 23 || minute > 59) return `heure inexistante : ${m[4]}:${m[5]} (de 00:00 à 23:59)`;
  if (second > 59) return `seconde inexistante : ${m[6]} (de 00 à 59)`;
  let offset: number | undefined;
  if (m[4] !== undefined) {
    offset = m[8] ? (m[8] === '-' ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10])) : 0;
    if (Number(m[10]) > 59 || Math.abs(offset) > MAX_OFFSET) {
      return `décalage horaire inexistant : ${m[8]}${m[9]}:${m[10]} (de -12:00 à +14:00)`;
    }
  }
  const millisecond = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
  return { year, month, day, hour, minute, second, millisecond, offset };
}

/** The reason a value is no ISO 8601 date, or undefined when it is one. */
export function isoDateProblem(value: string): string | undefined {
  const read = readIsoDate(value);
  return typeof read === 'string' ? read : undefined;
}

export interface ParisParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const CLOCK: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
};
/** Offsets read with Intl, by instant: only instants in a month when Paris changes its clocks need one each. */
const readings = new Map<number, number>();
/** Paris's offset from UTC through a UTC month (by `year * 12 + month`), or null when it changes within that month. */
const monthOffsets = new Map<number, number | null>();
const MINUTE = 60_000;

/** Paris's offset from UTC at `time`, in milliseconds, from its wall clock read by Intl. */
function intlOffset(time: number): number {
  const parts = formatter('en-US', CLOCK).formatToParts(time);
  const read = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(read('year'), read('month') - 1, read('day'), read('hour'), read('minute'));
  return wall - Math.floor(time / MINUTE) * MINUTE;
}

/**
 * Paris's offset through the UTC month of `time` when it holds all month (its clocks change twice a year, in March and
 * October, and never twice within a month): two Intl readings a month instead of one per instant, which a list of
 * 1,000 events made 2,000 times (~0.05 ms each on a phone).
 */
function monthOffset(time: number): number | null {
  const date = new Date(time);
  const key = date.getUTCFullYear() * 12 + date.getUTCMonth();
  let offset = monthOffsets.get(key);
  if (offset === undefined) {
    const first = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
    const last = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) - MINUTE;
    const atFirst = intlOffset(first);
    offset = atFirst === intlOffset(last) ? atFirst : null;
    monthOffsets.set(key, offset);
  }
  return offset;
}

/** Paris's offset from UTC at `time`, in milliseconds: its month's, or, in a month it changes, Intl's for that instant. */
function intlParisOffset(time: number): number {
  const offset = monthOffset(time);
  if (offset !== null) return offset;
  let reading = readings.get(time);
  if (reading === undefined) {
    // Bounded: a page that reads dates for hours never holds more than a few thousand.
    if (readings.size >= 10_000) readings.clear();
    readings.set(time, (reading = intlOffset(time)));
  }
  return reading;
}

const HOUR = 60 * MINUTE;
/** The first year France follows the EU's summer time rule (1996; until 1995 winter time came back in September). */
const RULE_SINCE = 1996;
/** Each year's summer time in Paris by the rule, as [start, end) instants. */
const summers = new Map<number, readonly [number, number]>();
/** Years read by the rule that Intl has not confirmed yet. */
const unconfirmed = new Set<number>();
let ruleHolds = true;
let confirming = false;
const ruleListeners: (() => void)[] = [];

/**
 * Bumped when the browser's time zone data proves the summer time rule wrong: texts made from Paris's wall clock
 * before that are written again (their caches key on it).
 */
export let clockVersion = 0;

/** Runs `listener` when Paris's wall clock is read another way from then on (the widgets show their dates again). */
export function onClockChange(listener: () => void): void {
  ruleListeners.push(listener);
}

/** 01:00 UTC on the last Sunday of `month` (0-based): when the EU's clocks change. */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0, 1));
  return last.getTime() - last.getUTCDay() * 24 * HOUR;
}

/**
 * Paris's offset by the EU's rule: +2 h from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of
 * October, +1 h otherwise. The first Intl date formatter of a page costs 50–150 ms (the browser reads its time zones
 * and calendars then), before any date can show: the rule costs nothing. Intl confirms it once the page is idle
 * (`confirmRule`); where it disagrees (a law changed, and the browser knows), Intl answers from then on.
 */
function ruleOffset(time: number, year: number): number {
  let summer = summers.get(year);
  if (!summer) {
    summers.set(year, (summer = [lastSunday(year, 2), lastSunday(year, 9)]));
    unconfirmed.add(year);
    if (!confirming) {
      confirming = true;
      // Long after the first dates: the check waits for the page to settle, five seconds at most.
      whenIdle(confirmRule, 5000, 500);
    }
  }
  return time >= summer[0] && time < summer[1] ? 2 * HOUR : HOUR;
}

/**
 * Checks the rule against Intl for each year it was read for: on both sides of each change, in winter and in summer.
 * An engine without the Paris time zone keeps the rule.
 */
function confirmRule(): void {
  confirming = false;
  try {
    for (const year of unconfirmed) {
      const [start, end] = summers.get(year)!;
      const instants = [Date.UTC(year, 0, 15), start - MINUTE, start, Date.UTC(year, 6, 15), end - MINUTE, end];
      if (instants.some((time) => intlOffset(time) !== ruleOffset(time, year))) {
        ruleHolds = false;
        clockVersion += 1;
        console.warn(
          `irev-widgets: this browser's time zone data for Paris differs from the summer time rule in ${year}; dates follow the browser's.`,
        );
        ruleListeners.forEach((listener) => listener());
        break;
      }
    }
  } catch {
    // No Paris time zone in this engine: the rule is the best reading there is.
  }
  unconfirmed.clear();
}

/** Paris's offset from UTC at `time`, in milliseconds. */
function parisOffset(time: number): number {
  const year = new Date(time).getUTCFullYear();
  return ruleHolds && year >= RULE_SINCE ? ruleOffset(time, year) : intlParisOffset(time);
}

/** The wall-clock reading of an instant in Paris (an invalid date throws a RangeError, as Intl does). */
export function parisParts(date: Date): ParisParts {
  const time = date.getTime();
  const wall = new Date(time + parisOffset(time));
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
  };
}

/** The instant when Paris clocks read the given wall time (DST-safe). */
export function parisTime(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // Near a change of offset the first guess may sit on the other side: correct once.
  const guess = wall - parisOffset(wall);
  return new Date(wall - parisOffset(guess));
}

export interface EventDate {
  date: Date;
  /** A plain date (`2021-02-17`): the whole day, with no time to show. */
  allDay: boolean;
}

/** Reads an ISO 8601 value: a plain date is midnight in Paris on that day; an impossible date is an invalid Date. */
export function parseEventDate(value: string): EventDate {
  const iso = readIsoDate(value);
  if (typeof iso === 'string') return { date: new Date(NaN), allDay: false };
  if (iso.offset === undefined) return { date: parisTime(iso.year, iso.month, iso.day), allDay: true };
  const utc = Date.UTC(iso.year, iso.month - 1, iso.day, iso.hour, iso.minute, iso.second, iso.millisecond);
  return { date: new Date(utc - iso.offset * 60_000), allDay: false };
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

/**
 * The instant an end or a closing date stops applying. A plain date is inclusive, whatever the start: it lasts until
 * the end of that day in Paris. The text, the status, the calendars and the schemas all end an event here.
 */
export function until(value: string): Date {
  const { date, allDay } = parseEventDate(value);
  return allDay ? startOfNextParisDay(date) : date;
}

/** True when `end` comes before `start` (a plain-date end on the start's own day does not: it lasts all that day). */
export function endPrecedesStart(start: string, end: string): boolean {
  const from = parseEventDate(start).date;
  return parseEventDate(end).allDay ? until(end) <= from : until(end) < from;
}
