// The card of one event, built with DOM calls: a list of 1,000 cards as Lit templates cost ~17 template instances a
// card (the profile's importNode, walkers and markers), three times the hand-written page. Same elements, parts,
// texts and accessible names as before; each card is a copy of shapes made once per render (one clone copies the
// article, its title, meta line and details list with their classes and parts), and is kept while what it shows
// stays the same (see `cardState`).
import { msg, str } from '@lit/localize';
import { formatDateRange, formatTimeRange } from '../../core/date-range.js';
import { formatDay, parisDayKey, parseEventDate } from '../../core/dates.js';
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

/** An element with its class (if any), its attribute `name` (if given a value) and its text (if any). */
function el(tag: string, className?: string, text?: string, name?: string, value?: string): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (value !== undefined) node.setAttribute(name!, value);
  // Most elements of a card hold one text: `textContent` is the cheapest way in.
  if (text) node.textContent = text;
  return node;
}

type Child = Node | string | false | undefined;

/** A copy of a shape. */
const copy = <T extends Node>(shape: T) => shape.cloneNode(true) as T;

/**
 * Elements side by side in `parent` get a space between them, as a template's line breaks gave (text read aloud or
 * copied keeps « Lieu En ligne », not « LieuEn ligne »); a text after an element gets none.
 */
function appendSpaced(parent: Element, children: readonly Child[]): void {
  let previous = false;
  for (const child of children) {
    if (!child) continue;
    const element = child instanceof Element;
    if (element && previous) parent.append(' ', child);
    else parent.append(child);
    previous = element;
  }
}

const STATUSES: readonly EventStatus[] = ['upcoming', 'today', 'ongoing', 'past', 'full', 'closed', 'cancelled'];

/** The parts every card of a render starts from, with their labels looked up once: built once, copied per card. */
function shapesOf({ level }: EventContext) {
  const card = el('article', 'irev-item card', undefined, 'part', 'card');
  const title = el('div', 'title', undefined, 'part', 'title');
  title.setAttribute('role', 'heading');
  title.setAttribute('aria-level', `${level}`);
  const meta = el('p', 'meta');
  meta.append(el('time', 'when'), ' ', el('span', 'badge', undefined, 'part', 'badge'));
  card.append(title, ' ', meta, ' ', el('dl', undefined, undefined, 'part', 'details'));
  const summary = el('summary', 'irev-button irev-button--secondary');
  summary.append(el('span', 'menu-label', msg('Ajouter à mon agenda', { id: 'event.calendar' })), ' ', el('span', 'visually-hidden'));
  const actions = el('div', 'actions', undefined, 'part', 'actions');
  actions.append(el('details', 'calendar', undefined, 'part', 'calendar'));
  actions.lastChild!.appendChild(summary);
  const register = el('a', 'irev-button', msg("S'inscrire", { id: 'event.register' }), 'part', 'register');
  register.append(el('span', 'visually-hidden'));
  const term = (label: string) => el('dt', undefined, label);
  return {
    card,
    actions,
    register,
    status: new Map(STATUSES.map((status) => [status, statusLabel(status)])),
    place: term(msg('Lieu', { id: 'event.place' })),
    audience: term(msg('Public', { id: 'event.audience' })),
    objectives: term(msg('Objectifs', { id: 'event.objectives' })),
    sessions: term(msg('Programme', { id: 'event.sessions' })),
    organiser: term(msg('Organisé par', { id: 'event.organiser' })),
    later: el('span', 'note', msg("Le lien de connexion sera affiché ici le jour de l'événement.", { id: 'event.online.later' })),
    join: msg('Rejoindre en ligne', { id: 'event.online.join' }),
  };
}

type Shapes = ReturnType<typeof shapesOf>;

/** The shapes of a render and the part of the cards' key its context makes, once per context. */
const contexts = new WeakMap<EventContext, { shapes?: Shapes; key: string }>();

function contextOf(context: EventContext) {
  let known = contexts.get(context);
  if (!known) {
    const { lang, base, level, registrationHref } = context;
    contexts.set(context, (known = { key: [lang, base, level, registrationHref].join('\0') }));
  }
  return known;
}

/** The visitor's view of the event at `now`, that the card shows, and its key: the same key, the same card (statuses change with `now`, rarely). */
export function cardState(event: IrevEvent, context: EventContext) {
  const status = eventStatus(event, context.now);
  const opens = event.registration?.opens ? parseEventDate(event.registration.opens).date : undefined;
  const notYet = !!opens && context.now < opens;
  const joinUrl = publishedJoinUrl(event, context.now, context.base);
  return { status, notYet, opens, joinUrl, key: [contextOf(context).key, status, notYet, joinUrl].join('\0') };
}

type CardState = ReturnType<typeof cardState>;

function where(event: IrevEvent, context: EventContext, shapes: Shapes, { status, joinUrl }: CardState, lang?: string) {
  const { online } = event;
  const place = event.place && el('p', undefined, placeText(event), 'lang', lang);
  if (!online) return [place];
  const later = !joinUrl && safeUrl(online.url, context.base) && status !== 'past' && status !== 'cancelled';
  const line = el('p', undefined, onlineText(event));
  if (joinUrl) line.append(' — ', el('a', undefined, shapes.join, 'href', joinUrl));
  if (later) line.append(' ', el('br'), ' ', copy(shapes.later));
  return [place, line];
}

function sessions(event: IrevEvent, context: EventContext, lang?: string): HTMLElement {
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
    const what = el('span', undefined, session.title, 'lang', lang);
    if (session.audience) what.append(' ', el('span', 'note', `(${session.audience})`));
    const item = el('li');
    item.append(el('span', 'slot', slot), ' ', what);
    list.append(item);
  }
  return list;
}

/** A term (a copy of its shape) and its value in `list`, when there is a value; `lang` marks data in another language than the widget's. */
function fact(list: HTMLElement, term: HTMLElement, value: Child | Child[], lang?: string): void {
  const values = Array.isArray(value) ? value : [value];
  if (!values.some(Boolean)) return;
  const description = el('dd', undefined, undefined, 'lang', lang);
  if (values.length === 1) description.append(values[0] as Node | string);
  else appendSpaced(description, values);
  list.append(copy(term), ' ', description, ' ');
}

/** « Ajouter à mon agenda »: its menu of links is built when it opens, in the widget's language, and dropped when it closes (toggleCalendar). */
function listenToCalendar(details: HTMLDetailsElement, event: IrevEvent, context: EventContext): void {
  details.addEventListener('toggle', () => toggleCalendar(details, event, context));
  details.addEventListener('keydown', closeOnEscape);
}

/** The card of one event: what, when, status, where, for whom, why, by whom, and the actions. */
export function eventCard(event: IrevEvent, context: EventContext, state = cardState(event, context)): HTMLElement {
  const { base, lang } = context;
  const known = contextOf(context);
  const shapes = (known.shapes ??= shapesOf(context));
  const { status, notYet, opens } = state;
  const url = safeUrl(event.url, base);
  // The event's texts in their own language, the labels around them in the widget's (RGAA 8.7).
  const dataLang = markLang(event.lang, lang);
  const card = copy(shapes.card);
  card.setAttribute('data-status', status);
  const title = card.firstElementChild!;
  const meta = title.nextElementSibling!;
  const details = card.lastElementChild as HTMLElement;
  if (dataLang !== undefined) title.setAttribute('lang', dataLang);
  if (url) title.append(el('a', undefined, event.title, 'href', url));
  else title.textContent = event.title;
  const when = meta.firstElementChild!;
  when.setAttribute('datetime', event.start);
  when.textContent = whenText(event, lang);
  meta.lastElementChild!.textContent = shapes.status.get(status)!;
  if (event.description) details.before(el('p', undefined, event.description, 'lang', dataLang), ' ');
  fact(details, shapes.place, event.place || event.online ? where(event, context, shapes, state, dataLang) : undefined);
  fact(details, shapes.audience, event.audience, dataLang);
  if (event.objectives?.length) {
    const objectives = el('ul');
    appendSpaced(
      objectives,
      event.objectives.map((objective) => el('li', undefined, objective)),
    );
    fact(details, shapes.objectives, objectives, dataLang);
  }
  if (event.sessions?.length) fact(details, shapes.sessions, sessions(event, context, dataLang));
  const organiser = event.organiser;
  const organiserUrl = organiser && safeUrl(organiser.url, base);
  fact(
    details,
    shapes.organiser,
    organiser && (organiserUrl ? el('a', undefined, organiser.name, 'href', organiserUrl) : organiser.name),
    dataLang,
  );
  if (status === 'past' || status === 'cancelled') return card;
  const actions = copy(shapes.actions);
  const calendar = actions.lastChild as HTMLDetailsElement;
  const hiddenTitle = ` – ${event.title}`;
  calendar.firstChild!.lastChild!.textContent = hiddenTitle;
  listenToCalendar(calendar, event, context);
  const register = registrationLink(event, context);
  if (register && (status === 'upcoming' || status === 'today')) {
    if (notYet) {
      const opensDay = formatDay(opens!, lang);
      calendar.before(el('p', 'note', msg(str`Inscriptions à partir du ${opensDay}`, { id: 'event.register.opens' })));
    } else {
      const link = copy(shapes.register);
      link.setAttribute('href', register);
      link.lastChild!.textContent = hiddenTitle;
      link.addEventListener('click', (click) => followRegistration(click, event.id));
      calendar.before(link);
    }
  }
  card.append(' ', actions);
  return card;
}
