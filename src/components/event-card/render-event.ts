import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { downloadIcs, googleCalendarUrl, outlookCalendarUrl, type CalendarEntry } from '../../core/calendar.js';
import { formatDateRange } from '../../core/date-range.js';
import { parseEventDate } from '../../core/dates.js';
import type { EventStatus } from '../../core/event-status.js';
import type { Lang } from '../../core/localization.js';
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
export function statusLabel(status: EventStatus): string {
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

/** « mardi 9 mars 2021 · 9 h 30 – 12 h 30 »: the date line of an event, or of a session read as one. */
export function dateLine(event: Pick<IrevEvent, 'start' | 'end'>, lang: Lang): string {
  const end = event.end ? parseEventDate(event.end) : undefined;
  return formatDateRange(parseEventDate(event.start), end, { lang, separator: ' · ' });
}

/** The date line of each event, per language, written once: a card renders again when « more » adds others. */
const whenTexts = new WeakMap<IrevEvent, Map<string, string>>();

export function whenText(event: IrevEvent, lang: Lang): string {
  let byLang = whenTexts.get(event);
  if (!byLang) whenTexts.set(event, (byLang = new Map()));
  let text = byLang.get(lang);
  if (text === undefined) byLang.set(lang, (text = dateLine(event, lang)));
  return text;
}

export const placeText = (event: IrevEvent) => {
  const place = event.place;
  return place && [place.name, place.address, [place.postalCode, place.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
};

export const onlineText = (event: IrevEvent) => {
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

export function closeOnEscape(event: KeyboardEvent): void {
  const details = event.currentTarget as HTMLDetailsElement;
  if (event.key !== 'Escape' || !details.open) return;
  details.open = false;
  details.querySelector('summary')!.focus();
}

/** The menu's entries: the Google and Outlook links and the .ics, built only when they can be seen. */
export function renderCalendarMenu(event: IrevEvent, context: EventContext): TemplateResult {
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

/** « Ajouter à mon agenda » and its menu, on the form's confirmation (a card builds its menu when it opens: event-card-dom.ts). */
export function renderCalendar(event: IrevEvent, context: EventContext): TemplateResult {
  return html`<details part="calendar" class="calendar" @keydown=${closeOnEscape}>
    <summary class="irev-button irev-button--secondary">
      <span class="menu-label">${msg('Ajouter à mon agenda', { id: 'event.calendar' })}</span
      ><span class="visually-hidden"> – ${event.title}</span>
    </summary>
    ${renderCalendarMenu(event, context)}
  </details>`;
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
