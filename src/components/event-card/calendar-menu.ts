// The « Ajouter à mon agenda » menu's entries: a file of its own, loaded when a visitor first opens a menu (or comes
// near one), as few visitors do; the cards and the form's confirmation show the menu's button without it.
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { downloadIcs, googleCalendarUrl, outlookCalendarUrl, type CalendarEntry } from '../../core/calendar.js';
import { safeUrl } from '../../core/urls.js';
import type { IrevEvent } from '../../schemas/event.js';
import { onlineText, placeText, registrationLink, type EventContext } from './render-event.js';

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
