import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { downloadIcs, googleCalendarUrl, outlookCalendarUrl, type CalendarEntry } from '../../core/calendar.js';
import { formatDateRange, formatDay, formatTimeRange, parisDayKey, parseEventDate } from '../../core/dates.js';
import { eventStatus, publishedJoinUrl, type EventStatus } from '../../core/event-status.js';
import { followRegistration } from '../../core/registration-link.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { markLang, type Lang } from '../../core/localization.js';
import { safeUrl } from '../../core/urls.js';
import type { IrevEvent } from '../../schemas/event.js';

/** What the card of one event depends on besides the event: shared by `<irev-event-card>` and `<irev-events>`. */
export interface EventContext {
  /** URL of the data, that relative links resolve against. */
  base: string;
  now: Date;
  lang: Lang;
  /** `aria-level` of the event's title. */
  level: number;
  /** The editor's `registration-href`, which wins over the data. */
  registrationHref?: string;
  /** Ids of the events whose « Ajouter à mon agenda » menu is open: only those build their links. */
  openCalendars?: ReadonlySet<string>;
  /** Called when a calendar menu opens or closes, so that the host renders its links or drops them. */
  onCalendarToggle?: (id: string, open: boolean) => void;
}

/**
 * Where « S'inscrire » leads, for an event that takes registrations (has `registration`): the editor's
 * `registration-href`, else the event's own URL, else the form on the page (`#inscription`).
 */
export function registrationLink(event: IrevEvent, { base, registrationHref }: EventContext): string | undefined {
  const registration = event.registration;
  if (!registration) return undefined;
  if (registrationHref) return safeUrl(registrationHref, document.baseURI);
  return safeUrl(registration.url, base) ?? (registration.form ? safeUrl('#inscription', document.baseURI) : undefined);
}

/** The badge of a status: one message looked up, not the seven of them per card. */
function statusLabel(status: EventStatus): string {
  switch (status) {
    case 'upcoming':
      return msg('À venir', { id: 'event.status.upcoming' });
    case 'today':
      return msg("Aujourd'hui", { id: 'event.status.today' });
    case 'ongoing':
      return msg('En cours', { id: 'event.status.ongoing' });
    case 'past':
      return msg('Terminé', { id: 'event.status.past' });
    case 'full':
      return msg('Complet', { id: 'event.status.full' });
    case 'closed':
      return msg('Inscriptions closes', { id: 'event.status.closed' });
    default:
      return msg('Annulé', { id: 'event.status.cancelled' });
  }
}

/** The date line of each event, per language, written once: a card renders again when « more » adds others. */
const whenTexts = new WeakMap<IrevEvent, Map<string, string>>();

function whenText(event: IrevEvent, lang: Lang): string {
  let byLang = whenTexts.get(event);
  if (!byLang) whenTexts.set(event, (byLang = new Map()));
  let text = byLang.get(lang);
  if (text === undefined) {
    const start = parseEventDate(event.start);
    text = formatDateRange(start, event.end ? parseEventDate(event.end) : undefined, { lang, separator: ' · ' });
    byLang.set(lang, text);
  }
  return text;
}

const placeText = (event: IrevEvent) => {
  const place = event.place;
  return place && [place.name, place.address, [place.postalCode, place.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
};

const onlineText = (event: IrevEvent) => {
  const platform = event.online?.platform;
  return msg('En ligne', { id: 'event.online' }) + (platform ? ` (${platform})` : '');
};

/** The event as a calendar sees it: localized details, a location, safe URLs. */
export function calendarEntry(event: IrevEvent, context: EventContext): CalendarEntry {
  const colon = context.lang === 'fr' ? ' : ' : ': ';
  const labelled = (label: string, value?: string) => value && label + colon + value;
  const objectives = event.objectives?.map((objective) => `– ${objective}`).join('\n');
  return {
    uid: `${event.id}@${new URL(context.base).hostname || 'irev-widgets'}`,
    title: event.title,
    start: event.start,
    end: event.end,
    details: [
      event.description,
      labelled(msg('Public', { id: 'event.audience' }), event.audience),
      labelled(msg('Objectifs', { id: 'event.objectives' }), objectives && `\n${objectives}`),
      labelled(msg('Organisé par', { id: 'event.organiser' }), event.organiser?.name),
    ]
      .filter(Boolean)
      .join('\n\n')
      .replace(/ \n/g, '\n'),
    // The link to join stays off calendars: it is shown on the day only.
    location: placeText(event) || (event.online && onlineText(event)),
    url: safeUrl(event.url, context.base) ?? registrationLink(event, context),
    cancelled: event.cancelled,
  };
}

function closeOnEscape(event: KeyboardEvent): void {
  const details = event.currentTarget as HTMLDetailsElement;
  if (event.key !== 'Escape' || !details.open) return;
  details.open = false;
  details.querySelector('summary')!.focus();
}

/** The menu's entries: the Google and Outlook links and the .ics, built only when they can be seen. */
function renderCalendarMenu(event: IrevEvent, context: EventContext): TemplateResult {
  const entry = calendarEntry(event, context);
  const fileName = `${event.id.replace(/[^\w-]+/g, '-')}.ics`;
  const newWindow = html`<span class="visually-hidden"> ${msg('(nouvelle fenêtre)', { id: 'event.new-window' })}</span>`;
  return html`<ul>
    <li>
      <button type="button" class="link" @click=${() => downloadIcs(entry, fileName)}>
        ${msg('Fichier .ics (Apple, Outlook, Thunderbird…)', { id: 'event.calendar.ics' })}
      </button>
    </li>
    <li>
      <a href=${googleCalendarUrl(entry)} target="_blank" rel="noopener"
        >${msg('Google Agenda', { id: 'event.calendar.google' })}${newWindow}</a
      >
    </li>
    <li><a href=${outlookCalendarUrl(entry)} target="_blank" rel="noopener">Outlook.com${newWindow}</a></li>
  </ul>`;
}

/**
 * « Ajouter à mon agenda » and its menu, on the card and on the form's confirmation. A list of cards (a context with
 * onCalendarToggle) builds a menu's links only while it is open; a single calendar builds them at once.
 */
export function renderCalendar(event: IrevEvent, context: EventContext): TemplateResult {
  const lazy = !!context.onCalendarToggle;
  const open = !!context.openCalendars?.has(event.id);
  const toggle = (toggled: Event) => context.onCalendarToggle?.(event.id, (toggled.currentTarget as HTMLDetailsElement).open);
  return html`<details part="calendar" class="calendar" ?open=${open} @toggle=${toggle} @keydown=${closeOnEscape}>
    <summary class="irev-button irev-button--secondary">
      <span class="menu-label">${msg('Ajouter à mon agenda', { id: 'event.calendar' })}</span
      ><span class="visually-hidden"> – ${event.title}</span>
    </summary>
    ${open || !lazy ? renderCalendarMenu(event, context) : nothing}
  </details>`;
}

function renderWhere(event: IrevEvent, context: EventContext, status: EventStatus) {
  const { online } = event;
  const joinUrl = publishedJoinUrl(event, context.now, context.base);
  return html`${event.place ? html`<p lang=${ifDefined(markLang(event.lang, context.lang))}>${placeText(event)}</p>` : nothing}
  ${
    online
      ? html`<p>
          ${onlineText(event)}
          ${
            joinUrl
              ? html`— <a href=${joinUrl}>${msg('Rejoindre en ligne', { id: 'event.online.join' })}</a>`
              : safeUrl(online.url, context.base) && status !== 'past' && status !== 'cancelled'
                ? html`<br /><span class="note">
                      ${msg("Le lien de connexion sera affiché ici le jour de l'événement.", { id: 'event.online.later' })}
                    </span>`
                : nothing
          }
        </p>`
      : nothing
  }`;
}

function renderSessions(event: IrevEvent, context: EventContext) {
  const lang = markLang(event.lang, context.lang);
  const day = parisDayKey(parseEventDate(event.start).date);
  return html`<ul>
    ${event.sessions!.map((session) => {
      const start = parseEventDate(session.start);
      const end = session.end ? parseEventDate(session.end) : undefined;
      // A timed slot on the event's own day needs only its hours (a plain-date end is a whole day, not « 0 h »).
      const slot =
        !start.allDay && end && !end.allDay && parisDayKey(start.date) === day && parisDayKey(end.date) === day
          ? formatTimeRange(start.date, end.date, context.lang)
          : formatDateRange(start, end, { lang: context.lang, separator: ' · ' });
      return html`<li>
        <span class="slot">${slot}</span>
        <span lang=${ifDefined(lang)}
          >${session.title}${session.audience ? html` <span class="note">(${session.audience})</span>` : nothing}</span
        >
      </li>`;
    })}
  </ul>`;
}

/** A term and its value; `lang` marks a value that is data in another language than the widget's. */
const fact = (label: string, value: unknown, lang?: string) =>
  value
    ? html`<dt>${label}</dt>
        <dd lang=${ifDefined(lang)}>${value}</dd>`
    : nothing;

/** The card of one event: what, when, status, where, for whom, why, by whom, and the actions. */
export function renderEvent(event: IrevEvent, context: EventContext): TemplateResult {
  const { base, now, lang } = context;
  const status = eventStatus(event, now);
  const url = safeUrl(event.url, base);
  const register = registrationLink(event, context);
  const opens = event.registration?.opens ? parseEventDate(event.registration.opens).date : undefined;
  const notYet = opens && now < opens;
  const canRegister = register && (status === 'upcoming' || status === 'today');
  const organiserUrl = safeUrl(event.organiser?.url, base);
  const opensDay = opens && formatDay(opens, lang);
  // The event's texts in their own language, the labels around them in the widget's (RGAA 8.7).
  const dataLang = markLang(event.lang, lang);
  return html`<article part="card" class="irev-item card" data-status=${status}>
    <div part="title" class="title" role="heading" aria-level=${context.level} lang=${ifDefined(dataLang)}>
      ${url ? html`<a href=${url}>${event.title}</a>` : event.title}
    </div>
    <p class="meta">
      <time class="when" datetime=${event.start}>${whenText(event, lang)}</time>
      <span part="badge" class="badge">${statusLabel(status)}</span>
    </p>
    ${event.description ? html`<p lang=${ifDefined(dataLang)}>${event.description}</p>` : nothing}
    <dl part="details">
      ${fact(msg('Lieu', { id: 'event.place' }), event.place || event.online ? renderWhere(event, context, status) : '')}
      ${fact(msg('Public', { id: 'event.audience' }), event.audience, dataLang)}
      ${fact(
        msg('Objectifs', { id: 'event.objectives' }),
        event.objectives?.length &&
          html`<ul>
            ${event.objectives.map((o) => html`<li>${o}</li>`)}
          </ul>`,
        dataLang,
      )}
      ${fact(msg('Programme', { id: 'event.sessions' }), event.sessions?.length && renderSessions(event, context))}
      ${fact(
        msg('Organisé par', { id: 'event.organiser' }),
        event.organiser && (organiserUrl ? html`<a href=${organiserUrl}>${event.organiser.name}</a>` : event.organiser.name),
        dataLang,
      )}
    </dl>
    ${
      status !== 'past' && status !== 'cancelled'
        ? html`<div part="actions" class="actions">
            ${
              canRegister && notYet
                ? html`<p class="note">${msg(str`Inscriptions à partir du ${opensDay}`, { id: 'event.register.opens' })}</p>`
                : canRegister
                  ? html`<a
                      part="register"
                      class="irev-button"
                      href=${register}
                      @click=${(click: MouseEvent) => followRegistration(click, event.id)}
                    >
                      ${msg("S'inscrire", { id: 'event.register' })}<span class="visually-hidden"> – ${event.title}</span>
                    </a>`
                  : nothing
            }
            ${renderCalendar(event, context)}
          </div>`
        : nothing
    }
  </article>`;
}

/** Notes for the site editor when `tag` names a tag no event carries. */
export function tagHints(events: readonly IrevEvent[], tags: readonly string[]): string[] {
  const known = [...new Set(events.flatMap((event) => event.tags ?? []).map((tag) => tag.toLowerCase()))];
  const unknown = tags.filter((tag) => !known.includes(tag)).join(', ');
  const possible = known.join(', ');
  return unknown
    ? [msg(str`Attribut tag : étiquette inconnue « ${unknown} ». Étiquettes possibles : ${possible}.`, { id: 'event.hint.tag' })]
    : [];
}
