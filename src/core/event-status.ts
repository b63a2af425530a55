import { clockVersion, parisDayKey, parseEventDate, startOfNextParisDay, until } from './paris-time.js';
import { safeUrl } from './urls.js';
import type { IrevEvent } from '../schemas/event.js';

/** Where an event stands for the visitor, at a given present. */
export type EventStatus = 'upcoming' | 'today' | 'ongoing' | 'past' | 'full' | 'closed' | 'cancelled';

/** Spans already read, per event object (and reading of Paris's clock): an agenda sorts and a card shows the same events at every render. */
const spans = new WeakMap<object, { start: Date; end: Date; clock: number }>();

/**
 * When an event starts and ends (exclusive). A plain-date end lasts until the end of that day (see `until`);
 * without an end, the event lasts until the end of its first day.
 */
export function eventSpan(event: Pick<IrevEvent, 'start' | 'end'>): { start: Date; end: Date } {
  let span = spans.get(event);
  if (span?.clock !== clockVersion) {
    const start = parseEventDate(event.start).date;
    spans.set(event, (span = { start, end: event.end ? until(event.end) : startOfNextParisDay(start), clock: clockVersion }));
  }
  return span;
}

/**
 * The status shown on a card. The event's own time comes first (cancelled, over, under way), then what
 * the visitor can still do (full, registration closed), then how soon it is (today, upcoming).
 */
export function eventStatus(event: IrevEvent, now: Date): EventStatus {
  if (event.cancelled) return 'cancelled';
  const { start, end } = eventSpan(event);
  if (now >= end) return 'past';
  if (now >= start) return 'ongoing';
  const registration = event.registration;
  if (registration?.seatsLeft === 0) return 'full';
  if (registration?.closes && now >= until(registration.closes)) return 'closed';
  return parisDayKey(now) === parisDayKey(start) ? 'today' : 'upcoming';
}

/** True from the first Paris day of the event until its end: when the link to join online is worth showing. */
export function isEventDay(event: IrevEvent, now: Date): boolean {
  const { start, end } = eventSpan(event);
  return !event.cancelled && parisDayKey(now) >= parisDayKey(start) && now < end;
}

/**
 * The link to join an online event, where it may be published at `now`: on the event's days only, never for a
 * cancelled one (a meeting link often carries its password). The card and the JSON-LD both ask here; calendars never get it.
 */
export function publishedJoinUrl(event: IrevEvent, now: Date, base: string): string | undefined {
  return isEventDay(event, now) ? safeUrl(event.online?.url, base) : undefined;
}

/** True when one of the event's tags is asked for (case ignored); no tag asked keeps every event. */
export function hasTag(event: IrevEvent, tags: readonly string[]): boolean {
  return tags.length === 0 || (event.tags ?? []).some((tag) => tags.includes(tag.toLowerCase()));
}

/**
 * An agenda: the events not over yet by start (soonest first), then, when `past` is asked, the others
 * most recent first.
 */
export function agenda(events: readonly IrevEvent[], now: Date, past = false): IrevEvent[] {
  return inAgendaOrder(
    events.map((event) => ({ value: event, ...eventSpan(event) })),
    now,
    past,
  );
}

function inAgendaOrder<T>(timed: { value: T; start: Date; end: Date }[], now: Date, past: boolean): T[] {
  const coming = timed.filter((e) => e.end > now).sort((a, b) => +a.start - +b.start);
  const over = past ? timed.filter((e) => e.end <= now).sort((a, b) => +b.start - +a.start) : [];
  return [...coming, ...over].map((e) => e.value);
}

/**
 * The agenda of items not validated yet, as indexes in the list: only their dates, tags and `cancelled` are read, and
 * an item where these cannot be read is left out (validation will report it). What is shown first is validated first.
 */
export function rawAgenda(
  raw: readonly unknown[],
  now: Date,
  { past = false, tags = [] as readonly string[], cancelled = true },
): number[] {
  const timed: { value: number; start: Date; end: Date }[] = [];
  raw.forEach((item, index) => {
    if (typeof item !== 'object' || item === null) return;
    const { start, end, tags: own, cancelled: off } = item as Record<string, unknown>;
    if (typeof start !== 'string' || (end != null && typeof end !== 'string') || (!cancelled && off === true)) return;
    const lower = Array.isArray(own) ? own.filter((tag) => typeof tag === 'string').map((tag: string) => tag.toLowerCase()) : [];
    if (tags.length > 0 && !lower.some((tag) => tags.includes(tag))) return;
    if (Number.isNaN(+parseEventDate(start).date)) return;
    const span = eventSpan({ start, end: (end as string | null) ?? undefined });
    if (!Number.isNaN(+span.end)) timed.push({ value: index, ...span });
  });
  return inAgendaOrder(timed, now, past);
}
