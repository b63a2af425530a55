import { parisDayKey, parseEventDate, until } from './paris-time.js';

/** What a calendar needs to know about an event, already localized and with safe URLs. */
export interface CalendarEntry {
  /** Globally unique: the event id and the host of its data (`rencontre-9-mars@irev.fr`). */
  uid: string;
  title: string;
  /** ISO 8601 with an offset, or a plain date (all day). */
  start: string;
  /** Inclusive end, as in the data (a plain date lasts all that day, after a timed start too); absent: a start only. */
  end?: string;
  details?: string;
  location?: string;
  url?: string;
  cancelled?: boolean;
}

interface Span {
  allDay: boolean;
  /** `2021-02-17` (all day) or `2021-03-09T08:30:00Z`. */
  start: string;
  /** Exclusive for all-day events, as RFC 5545 and the calendar sites want it. */
  end?: string;
}

const utc = (date: Date) => date.toISOString().replace(/\.\d+/, '');

function spanOf(entry: CalendarEntry): Span {
  const start = parseEventDate(entry.start);
  if (!start.allDay) return { allDay: false, start: utc(start.date), end: entry.end && utc(until(entry.end)) };
  const [year, month, day] = parisDayKey(parseEventDate(entry.end ?? entry.start).date)
    .split('-')
    .map(Number);
  return { allDay: true, start: entry.start, end: new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10) };
}

/** `2021-03-09T08:30:00Z` → `20210309T083000Z`, `2021-02-17` → `20210217`. */
const basic = (value: string) => value.replace(/[-:]/g, '');

/** RFC 5545 TEXT: backslash, semicolon, comma and newlines escaped; other control characters are not allowed. */
const escapeText = (value: string) =>
  value
    // eslint-disable-next-line no-control-regex
    .replace(/[\0-\x08\x0b\x0c\x0e-\x1f\x7f]/g, '')
    .replace(/\r\n?|[\n\\;,]/g, (c) => (c < ' ' ? '\\n' : `\\${c}`));

const encoder = new TextEncoder();

/** Folds a content line at 75 octets, never inside a UTF-8 character; continuation lines start with a space. */
function fold(line: string): string {
  let out = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    if (size + bytes > 75) {
      out += '\r\n ';
      size = 1;
    }
    out += char;
    size += bytes;
  }
  return out;
}

/** An iCalendar file (RFC 5545) holding one event, times in UTC, all-day events as dates. */
export function toIcs(entry: CalendarEntry, stamp = new Date()): string {
  const span = spanOf(entry);
  const date = span.allDay ? ';VALUE=DATE:' : ':';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//IREV//irev-widgets//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(entry.uid)}`,
    `DTSTAMP:${basic(utc(stamp))}`,
    `DTSTART${date}${basic(span.start)}`,
    span.end && `DTEND${date}${basic(span.end)}`,
    `SUMMARY:${escapeText(entry.title)}`,
    entry.details && `DESCRIPTION:${escapeText(entry.details)}`,
    entry.location && `LOCATION:${escapeText(entry.location)}`,
    entry.url && `URL:${entry.url}`,
    `STATUS:${entry.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines
    .filter(Boolean)
    .map((line) => `${fold(line as string)}\r\n`)
    .join('');
}

/** A link that opens Google Calendar's « new event » form, filled in. */
export function googleCalendarUrl(entry: CalendarEntry): string {
  const { start, end = start } = spanOf(entry);
  const params = new URLSearchParams({ action: 'TEMPLATE', text: entry.title, dates: `${basic(start)}/${basic(end)}` });
  if (entry.details) params.set('details', entry.details);
  if (entry.location) params.set('location', entry.location);
  return `https://calendar.google.com/calendar/render?${params}`;
}

/** A link that opens Outlook.com's « new event » form, filled in. */
export function outlookCalendarUrl(entry: CalendarEntry): string {
  const { allDay, start, end = start } = spanOf(entry);
  const params = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: entry.title,
    startdt: start,
    enddt: end,
    allday: String(allDay),
  });
  if (entry.details) params.set('body', entry.details);
  if (entry.location) params.set('location', entry.location);
  return `https://outlook.live.com/calendar/0/deeplink/compose?${params}`;
}

/** Offers the event as an `.ics` download: a Blob URL made on demand and released after. */
export function downloadIcs(entry: CalendarEntry, fileName: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([toIcs(entry)], { type: 'text/calendar;charset=utf-8' }));
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}
