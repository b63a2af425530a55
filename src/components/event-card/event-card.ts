import type { PropertyDeclarations } from 'lit';
import { msg, str } from '@lit/localize';
import type { LoadedPage } from '../../core/data-source.js';
import { agenda, hasTag, rawAgenda } from '../../core/event-status.js';
import { reportConfig } from '../../core/hints.js';
import type { IrevEvent } from '../../schemas/event.js';
import { IrevEventsElement } from './events-element.js';
import { tagHints } from './render-event.js';

/**
 * @summary One regional meeting or webinar: date and time slot in Europe/Paris, status, place or online,
 * audience, objectives, organiser, « S'inscrire » and « Ajouter à mon agenda » (.ics, Google, Outlook).
 * Describes the event to search engines with schema.org JSON-LD in its light DOM.
 * @tag irev-event-card
 *
 * @csspart hint - Notes for the site editor about a mistyped attribute.
 * @csspart card - The event.
 * @csspart title - The title of the event.
 * @csspart badge - The status: à venir, aujourd'hui, en cours, terminé, complet, inscriptions closes, annulé.
 * @csspart details - The place, audience, objectives, programme and organiser.
 * @csspart actions - The « S'inscrire » and « Ajouter à mon agenda » actions.
 * @csspart register - The « S'inscrire » link.
 * @csspart calendar - The « Ajouter à mon agenda » menu.
 * @csspart status - The loading message.
 * @csspart error - The error message.
 * @csspart retry-button - The button that asks the source again.
 * @csspart empty - The message shown when there is no event to show, or no event with that id.
 *
 * @event {CustomEvent<IrevLoadDetail>} irev-load - The data is read: whether the card is shown (`shown` 0 or 1), of how many events.
 * @event {CustomEvent<IrevErrorDetail>} irev-error - The data could not be read.
 * @event {CustomEvent<IrevRegisterDetail>} irev-register - « S'inscrire » leads to a form on this page: which event, and the `id` the link points to (the form there takes it).
 */
export class IrevEventCard extends IrevEventsElement {
  /** Lit's reactive properties, declared without decorators (fewer bytes on every page); each is documented at its field. */
  static override properties: PropertyDeclarations = { event: {}, next: { type: Boolean } };

  /** Id of the event to show. */
  event = '';

  /** Shows the next event that is not over, cancelled ones aside (also what happens without `event`); `tag` narrows it. */
  next = false;

  protected shownFirst(raw: readonly unknown[], now: Date): number[] {
    const id = this.event.trim();
    if (!id) return rawAgenda(raw, now, { tags: this.tags, cancelled: false }).slice(0, 1);
    const found = raw.findIndex((item) => (item as { id?: unknown } | null)?.id === id);
    return found >= 0 ? [found] : [];
  }

  protected select({ items }: LoadedPage<IrevEvent>, now: Date) {
    const id = this.event.trim();
    if (!id) {
      const tags = this.tags;
      const next = agenda(
        items.filter((event) => !event.cancelled && hasTag(event, tags)),
        now,
      ).slice(0, 1);
      return this.viewOf({
        events: next,
        hints: this.source.checked ? tagHints(items, tags) : [],
        none: msg('Aucun événement à venir pour le moment.', { id: 'event.none-upcoming' }),
      });
    }
    const found = items.filter((event) => event.id === id).slice(0, 1);
    const none = msg(str`Aucun événement ne porte l'identifiant « ${id} ».`, { id: 'event.unknown' });
    if (found.length === 0 && this.source.checked) reportConfig(this, `${none} (${items.map((event) => event.id).join(', ')})`);
    return this.viewOf({ events: found, hints: [], none });
  }
}
