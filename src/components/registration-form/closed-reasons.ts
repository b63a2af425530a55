import { msg, str } from '@lit/localize';
import { formatTime } from '../../core/date-range.js';
import { formatDay, parseEventDate } from '../../core/dates.js';
import { eventStatus, type EventStatus } from '../../core/event-status.js';
import type { Lang } from '../../core/localization.js';
import type { IrevEvent } from '../../schemas/event.js';

/** Why an event takes no registration at `now`. */
export type ClosedReason = 'cancelled' | 'over' | 'started' | 'full' | 'closed' | 'not-yet';

/** The card's statuses that close registration, and how the form says each. */
const closedBy: Partial<Record<EventStatus, ClosedReason>> = {
  cancelled: 'cancelled',
  past: 'over',
  ongoing: 'started',
  full: 'full',
  closed: 'closed',
};

/**
 * Why registration for `event` is closed at `now`, or undefined while it is open: the card's status (the event's own
 * time, then its seats, then the closing date), then whether registration has opened yet.
 */
export function closedReason(event: IrevEvent, now: Date): ClosedReason | undefined {
  const opens = event.registration?.opens;
  return closedBy[eventStatus(event, now)] ?? (opens && now < parseEventDate(opens).date ? 'not-yet' : undefined);
}

/** A day, with its time when the data gives one: « mardi 2 mars 2021 », « mardi 2 mars 2021 à 9 h ». */
function when(value: string, lang: Lang): string {
  const { date, allDay } = parseEventDate(value);
  const day = formatDay(date, lang);
  if (allDay) return day;
  const time = formatTime(date, lang);
  return msg(str`${day} à ${time}`, { id: 'form.day-at' });
}

/** What the visitor reads instead of the form: why, and when it applies. */
export function closedMessage(reason: ClosedReason, event: IrevEvent, lang: Lang): string {
  switch (reason) {
    case 'cancelled':
      return msg('Cet événement est annulé : les inscriptions sont fermées.', { id: 'form.closed.cancelled' });
    case 'over':
      return msg('Cet événement est terminé : les inscriptions sont fermées.', { id: 'form.closed.over' });
    case 'started':
      return msg('Cet événement a commencé : les inscriptions sont fermées.', { id: 'form.closed.started' });
    case 'full':
      return msg("Cet événement est complet : il n'y a plus de place.", { id: 'form.closed.full' });
    case 'closed': {
      const day = when(event.registration!.closes!, lang);
      return msg(str`Les inscriptions ont fermé le ${day}.`, { id: 'form.closed.closes' });
    }
    case 'not-yet': {
      const day = when(event.registration!.opens!, lang);
      return msg(str`Les inscriptions ouvriront le ${day}.`, { id: 'form.closed.opens' });
    }
  }
}
