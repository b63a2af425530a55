// The card of one event, built with DOM calls: a list of 1,000 cards as Lit templates cost ~17 template instances a
// card (the profile's importNode, walkers and markers), three times the hand-written page. Same elements, parts,
// texts and accessible names as before; each card is built once per what it shows (see `cardState`) and kept.
import { msg, str } from '@lit/localize';
import { formatDateRange, formatTimeRange } from '../../core/date-range.js';
import { clockVersion, formatDay, parisDayKey, parseEventDate } from '../../core/dates.js';
import { eventStatus, publishedJoinUrl, type EventStatus } from '../../core/event-status.js';
import { markLang } from '../../core/localization.js';
import { followRegistration } from '../../core/registration-link.js';
import { safeUrl } from '../../core/urls.js';
import type { IrevEvent } from '../../schemas/event.js';
import {
  closeOnEscape,
  onlineText,
  placeText,
  registrationLink,
  statusLabel,
  toggleCalendar,
  whenText,
  type EventContext,
} from './render-event.js';

type Child = Node | string | false | null | undefined | 0;

/**
 * An element with its class (or none), its attributes (own keys only: a polluted Object.prototype adds none) and
 * children; two elements side by side get a space between them, as a template's line breaks gave (text read aloud
 * or copied keeps « Lieu En ligne », not « LieuEn ligne »).
 */
function el(tag: string, className?: string, attributes?: Record<string, string | undefined>, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  // `for…in`, not an array of entries: a thousand cards make thousands of these.
  for (const name in attributes)
    if (Object.hasOwn(attributes, name) && attributes[name] !== undefined) node.setAttribute(name, attributes[name]);
  // Most elements of a card hold one text: `textContent` is the cheapest way in (a thousand cards make 15,000 of them).
  if (children.length === 1 && typeof children[0] === 'string') {
    node.textContent = children[0];
    return node;
  }
  let previous = false;
  for (const child of children) {
    if (!child) continue;
    const element = child instanceof Element;
    if (element && previous) node.append(' ', child);
    else node.append(child);
    previous = element;
  }
  return node;
}

/** The visitor's view of the event at `now`, that the card shows, and its key: the same key, the same card (statuses change with `now`, rarely). */
export function cardState(event: IrevEvent, context: EventContext) {
  const status = eventStatus(event, context.now);
  const opens = event.registration?.opens ? parseEventDate(event.registration.opens).date : undefined;
  const notYet = !!opens && context.now < opens;
  const joinUrl = publishedJoinUrl(event, context.now, context.base);
  // clockVersion: the card's dates are written again if Paris's wall clock comes to be read another way (paris-time.ts).
  const key = [context.lang, clockVersion, context.base, context.level, context.registrationHref, status, notYet, joinUrl].join('\0');
  return { status, notYet, opens, joinUrl, key };
}

function where(event: IrevEvent, context: EventContext, status: EventStatus, joinUrl?: string): Child[] {
  const { online } = event;
  const place = event.place && el('p', undefined, { lang: markLang(event.lang, context.lang) }, placeText(event));
  if (!online) return [place];
  const later =
    !joinUrl &&
    safeUrl(online.url, context.base) &&
    status !== 'past' &&
    status !== 'cancelled' &&
    el('span', 'note', undefined, msg("Le lien de connexion sera affiché ici le jour de l'événement.", { id: 'event.online.later' }));
  const join = joinUrl && el('a', undefined, { href: joinUrl }, msg('Rejoindre en ligne', { id: 'event.online.join' }));
  return [place, el('p', undefined, undefined, onlineText(event), join && ' — ', join, later && ' ', later && el('br'), later)];
}

function sessions(event: IrevEvent, context: EventContext): HTMLElement {
  const lang = markLang(event.lang, context.lang);
  const day = parisDayKey(parseEventDate(event.start).date);
  const list = el('ul');
  for (const session of event.sessions!) {
    const start = parseEventDate(session.start);
    const end = session.end ? parseEventDate(session.end) : undefined;
    // A timed slot on the event's own day needs only its hours (a plain-date end is a whole day, not « 0 h »).
    const slot =
      !start.allDay && end && !end.allDay && parisDayKey(start.date) === day && parisDayKey(end.date) === day
        ? formatTimeRange(start.date, end.date, context.lang)
        : formatDateRange(start, end, { lang: context.lang, separator: ' · ' });
    const audience = session.audience && el('span', 'note', undefined, `(${session.audience})`);
    list.append(
      el(
        'li',
        undefined,
        undefined,
        el('span', 'slot', undefined, slot),
        el('span', undefined, { lang }, session.title, audience && ' ', audience),
      ),
    );
  }
  return list;
}

/** A term and its value in `list`, when there is a value; `lang` marks data in another language than the widget's. */
function fact(list: HTMLElement, label: string, value: Child | Child[], lang?: string): void {
  const values = Array.isArray(value) ? value : [value];
  if (!values.some(Boolean)) return;
  list.append(el('dt', undefined, undefined, label), ' ', el('dd', undefined, { lang }, ...values), ' ');
}

/** The calendar menu's closed button, built once per render and copied per card. */
let shaped: [EventContext, HTMLElement] | undefined;

/** « Ajouter à mon agenda »: its menu of links is built when it opens, in the widget's language, and dropped when it closes (toggleCalendar). */
function calendar(event: IrevEvent, context: EventContext): HTMLElement {
  if (shaped?.[0] !== context)
    shaped = [
      context,
      el(
        'details',
        'calendar',
        { part: 'calendar' },
        el(
          'summary',
          'irev-button irev-button--secondary',
          undefined,
          el('span', 'menu-label', undefined, msg('Ajouter à mon agenda', { id: 'event.calendar' })),
          el('span', 'visually-hidden'),
        ),
      ),
    ];
  const details = shaped[1].cloneNode(true) as HTMLDetailsElement;
  details.firstChild!.lastChild!.textContent = ` – ${event.title}`;
  details.addEventListener('toggle', () => toggleCalendar(details, event, context));
  details.addEventListener('keydown', closeOnEscape);
  return details;
}

/** The card of one event: what, when, status, where, for whom, why, by whom, and the actions. */
export function eventCard(
  event: IrevEvent,
  context: EventContext,
  { status, notYet, opens, joinUrl }: ReturnType<typeof cardState>,
): HTMLElement {
  const { base, lang } = context;
  const url = safeUrl(event.url, base);
  const registerUrl = registrationLink(event, context);
  const canRegister = registerUrl && (status === 'upcoming' || status === 'today');
  const organiserUrl = safeUrl(event.organiser?.url, base);
  // The event's texts in their own language, the labels around them in the widget's (RGAA 8.7).
  const dataLang = markLang(event.lang, lang);
  const title = el('div', 'title', { part: 'title', role: 'heading', 'aria-level': `${context.level}`, lang: dataLang });
  title.append(url ? el('a', undefined, { href: url }, event.title) : event.title);
  const details = el('dl', undefined, { part: 'details' });
  fact(details, msg('Lieu', { id: 'event.place' }), event.place || event.online ? where(event, context, status, joinUrl) : undefined);
  fact(details, msg('Public', { id: 'event.audience' }), event.audience, dataLang);
  const objectives =
    event.objectives?.length && el('ul', undefined, undefined, ...event.objectives.map((o) => el('li', undefined, undefined, o)));
  fact(details, msg('Objectifs', { id: 'event.objectives' }), objectives, dataLang);
  fact(details, msg('Programme', { id: 'event.sessions' }), event.sessions?.length && sessions(event, context));
  const organiser =
    event.organiser && (organiserUrl ? el('a', undefined, { href: organiserUrl }, event.organiser.name) : event.organiser.name);
  fact(details, msg('Organisé par', { id: 'event.organiser' }), organiser, dataLang);
  let actions: HTMLElement | undefined;
  if (status !== 'past' && status !== 'cancelled') {
    let register: HTMLElement | undefined;
    if (canRegister && notYet) {
      const opensDay = formatDay(opens!, lang);
      register = el('p', 'note', undefined, msg(str`Inscriptions à partir du ${opensDay}`, { id: 'event.register.opens' }));
    } else if (canRegister) {
      register = el(
        'a',
        'irev-button',
        { part: 'register', href: registerUrl },
        msg("S'inscrire", { id: 'event.register' }),
        el('span', 'visually-hidden', undefined, ` – ${event.title}`),
      );
      register.addEventListener('click', (click) => followRegistration(click, event.id));
    }
    // Through el(): a space between the two actions, read aloud or copied (« …éducatives Ajouter à mon agenda »).
    actions = el('div', 'actions', { part: 'actions' }, register, calendar(event, context));
  }
  const when = el('time', 'when', { datetime: event.start }, whenText(event, lang));
  return el(
    'article',
    'irev-item card',
    { part: 'card', 'data-status': status },
    title,
    el('p', 'meta', undefined, when, el('span', 'badge', { part: 'badge' }, statusLabel(status))),
    event.description && el('p', undefined, { lang: dataLang }, event.description),
    details,
    actions,
  );
}
