import { property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import type { LoadedPage } from '../../core/data-source.js';
import { agenda, hasTag } from '../../core/event-status.js';
import { baseStyles } from '../../core/styles.js';
import type { IrevEvent } from '../../schemas/event.js';
import { eventCardStyles } from '../event-card/event-card.styles.js';
import { IrevEventsElement } from '../event-card/events-element.js';
import { tagHints } from '../event-card/render-event.js';
import { eventsStyles } from './events.styles.js';

/**
 * @summary An agenda of meetings and webinars as cards: those not over yet first, soonest first;
 * past ones after them, most recent first, only when asked. Describes the events to search engines
 * with schema.org JSON-LD in its light DOM.
 * @tag irev-events
 *
 * @csspart hint - Notes for the site editor about a mistyped attribute.
 * @csspart list - The list of events.
 * @csspart card - One event.
 * @csspart title - The title of an event.
 * @csspart badge - The status of an event.
 * @csspart details - The place, audience, objectives, programme and organiser of an event.
 * @csspart actions - The « S'inscrire » and « Ajouter à mon agenda » actions of an event.
 * @csspart register - The « S'inscrire » link.
 * @csspart calendar - The « Ajouter à mon agenda » menu.
 * @csspart status - The loading message.
 * @csspart error - The error message.
 * @csspart retry-button - The button that asks the source again.
 * @csspart empty - The message shown when there is no event to show.
 *
 * @event {CustomEvent<IrevLoadDetail>} irev-load - The data is read.
 * @event {CustomEvent<IrevErrorDetail>} irev-error - The data could not be read.
 */
@localized()
export class IrevEvents extends IrevEventsElement {
  static override styles = [baseStyles, eventCardStyles, eventsStyles];

  protected override list = true;

  /** At most this many events (all by default). */
  @property({ type: Number }) limit = 0;

  /** Also shows the events that are over, after the others. */
  @property({ type: Boolean }) past = false;

  protected select({ items }: LoadedPage<IrevEvent>, now: Date) {
    const tags = this.tags;
    const hints = tagHints(items, tags);
    // `limit="abc"` arrives as NaN: every event is shown and the editor is told.
    if (!(this.limit >= 0)) hints.push(msg('Attribut limit : un nombre entier positif est attendu.', { id: 'events.hint.limit' }));
    const events = agenda(
      items.filter((event) => hasTag(event, tags)),
      now,
      this.past,
    ).slice(0, this.limit > 0 ? this.limit : undefined);
    const none = this.past
      ? msg('Aucun événement à afficher pour le moment.', { id: 'events.empty.data' })
      : msg('Aucun événement à venir pour le moment.', { id: 'event.none-upcoming' });
    return { events, hints, none };
  }
}
