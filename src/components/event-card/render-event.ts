import { html, nothing, render, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { describeError, toDataError } from '../../core/data-error.js';
import { formatDateRange } from '../../core/date-range.js';
import { clockVersion, parseEventDate } from '../../core/dates.js';
import type { EventStatus } from '../../core/event-status.js';
import { loadModule } from '../../core/load-module.js';
import { inLang, type Lang } from '../../core/localization.js';
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
  /** Milliseconds the calendar menu's file may take to arrive: the widget's `timeout`. */
  timeout?: number;
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
  // Written again if Paris's wall clock comes to be read another way (paris-time.ts).
  const key = `${lang}${clockVersion}`;
  let text = byLang.get(key);
  if (text === undefined) byLang.set(key, (text = dateLine(event, lang)));
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

export function closeOnEscape(event: KeyboardEvent): void {
  const details = event.currentTarget as HTMLDetailsElement;
  if (event.key !== 'Escape' || !details.open) return;
  details.open = false;
  details.querySelector('summary')!.focus();
}

/**
 * Shows or drops the menu of an « Ajouter à mon agenda » that opened or closed: its links and .ics are built when it
 * opens, in the widget's language, by a file of their own (calendar-menu.ts) that the first menu opened loads.
 */
export function toggleCalendar(details: HTMLDetailsElement, event: IrevEvent, context: EventContext): void {
  // The menu is made in the widget's language too, not only rendered in it: its labels and what it gives the calendars.
  const show = (menu: () => unknown) => void inLang(context.lang, () => render(menu(), details));
  if (!details.open) return show(() => nothing);
  // Until the menu's file has come (a first tap on a phone: one round trip), the open menu says so, not nothing.
  show(() => html`<p class="note" role="status">${msg('Chargement…', { id: 'state.loading' })}</p>`);
  void loadModule('calendar', context.timeout ?? 10_000).then(
    ({ renderCalendarMenu }) => details.open && show(() => renderCalendarMenu(event, context)),
    // Closing and opening the menu again asks for the file again.
    (error: unknown) => details.open && show(() => html`<p class="note" role="alert">${describeError(toDataError(error))}</p>`),
  );
}

/** Loads the calendar menu's file when a visitor comes near a menu (pointer, focus), before it opens. */
export function prefetchCalendar(host: HTMLElement, timeout: () => number): void {
  const near = (visit: Event) => {
    if (!(visit.composedPath()[0] as Element).closest?.('[part~="calendar"]')) return;
    host.removeEventListener('pointerover', near);
    host.removeEventListener('focusin', near);
    loadModule('calendar', timeout()).catch(() => undefined);
  };
  host.addEventListener('pointerover', near);
  host.addEventListener('focusin', near);
}

/** « Ajouter à mon agenda » and its menu, on the form's confirmation (a card's is built with DOM calls: event-card-dom.ts). */
export function renderCalendar(event: IrevEvent, context: EventContext): TemplateResult {
  return html`<details
    part="calendar"
    class="calendar"
    @keydown=${closeOnEscape}
    @toggle=${(toggle: Event) => toggleCalendar(toggle.currentTarget as HTMLDetailsElement, event, context)}
  >
    <summary class="irev-button irev-button--secondary">
      <span class="menu-label">${msg('Ajouter à mon agenda', { id: 'event.calendar' })}</span
      ><span class="visually-hidden"> – ${event.title}</span>
    </summary>
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
