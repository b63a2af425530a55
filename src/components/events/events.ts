import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import type { LoadedPage } from '../../core/data-source.js';
import { agenda, hasTag, rawAgenda } from '../../core/event-status.js';
import { wholeNumber } from '../../core/hints.js';
import { baseStyles } from '../../core/styles.js';
import type { IrevEvent } from '../../schemas/event.js';
import { eventCardStyles } from '../event-card/event-card.styles.js';
import { IrevEventsElement, type EventsView } from '../event-card/events-element.js';
import { tagHints } from '../event-card/render-event.js';
import { eventsStyles } from './events.styles.js';

/** `limit`: cards shown at first and added by each « Afficher plus d'événements ». */
const LIMIT = { min: 1, fallback: 10 };

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
 * @csspart more-button - The button that shows more events.
 *
 * @event {CustomEvent<IrevLoadDetail>} irev-load - The data is read: how many cards are shown, of how many events.
 * @event {CustomEvent<IrevErrorDetail>} irev-error - The data could not be read.
 * @event {CustomEvent<IrevRegisterDetail>} irev-register - « S'inscrire » leads to a form on this page: which event, and the `id` the link points to (the form there takes it).
 */
export class IrevEvents extends IrevEventsElement {
  static override styles = [baseStyles, eventCardStyles, eventsStyles];

  /** Lit's reactive properties, declared without decorators (fewer bytes on every page); each is documented at its field. */
  static override properties: PropertyDeclarations = {
    limit: { type: Number },
    past: { type: Boolean },
    pagesShown: { state: true },
    announced: { state: true },
  };

  protected override list = true;

  /**
   * Events shown at first, and added by each « Afficher plus d'événements » (10).
   * @type {number}
   * @default 10
   */
  limit = LIMIT.fallback;

  /** Also shows the events that are over, after the others. */
  past = false;

  /** How many `limit`s of events the visitor asked to see. */
  private pagesShown = 1;
  /** The visitor asked for more: the live region says how many events are shown. */
  private announced = false;
  /** The first card « more » brought, to move the focus to once rendered. */
  private focusIndex?: number;

  protected select({ items }: LoadedPage<IrevEvent>, now: Date): EventsView {
    const tags = this.tags;
    // A tag no event carries is told once every event is checked: the first ones shown may not carry it.
    const hints = this.source.checked ? tagHints(items, tags) : [];
    const pageSize = wholeNumber(this, 'limit', this.limit, LIMIT, hints);
    const upcoming = agenda(
      items.filter((event) => hasTag(event, tags)),
      now,
      this.past,
    );
    const events = upcoming.slice(0, pageSize * this.pagesShown);
    const none = this.past
      ? msg('Aucun événement à afficher pour le moment.', { id: 'events.empty.data' })
      : msg('Aucun événement à venir pour le moment.', { id: 'event.none-upcoming' });
    return this.viewOf({ events, hints, none, remaining: upcoming.length - events.length });
  }

  protected override get cardsExpected(): number {
    return Number.isInteger(this.limit) && this.limit >= LIMIT.min ? this.limit : LIMIT.fallback;
  }

  protected shownFirst(raw: readonly unknown[], now: Date): number[] {
    return rawAgenda(raw, now, { past: this.past, tags: this.tags }).slice(0, this.cardsExpected * this.pagesShown);
  }

  private showMore(): void {
    this.focusIndex = this.source.view?.shown;
    this.pagesShown += 1;
    this.announced = true;
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Another selection starts at its first cards.
    if (['src', 'data', 'tag', 'past', 'limit'].some((name) => changed.has(name))) {
      this.pagesShown = 1;
      this.announced = false;
    }
    super.willUpdate(changed);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusIndex === undefined) return;
    const card = this.renderRoot.querySelectorAll<HTMLElement>('[part~="card"]')[this.focusIndex];
    this.focusIndex = undefined;
    if (!card) return;
    const link = card.querySelector<HTMLElement>('[part~="title"] a');
    if (link) link.focus();
    else {
      card.tabIndex = -1;
      card.focus();
    }
  }

  protected override renderFooter({ remaining = 0, shown }: EventsView) {
    return html`<div class="visually-hidden" role="status">
        ${this.announced ? msg(str`${shown} événements affichés`, { id: 'events.shown' }) : nothing}
      </div>
      ${
        remaining > 0
          ? html`<button part="more-button" class="irev-button irev-button--secondary more" type="button" @click=${this.showMore}>
              ${msg("Afficher plus d'événements", { id: 'events.more' })}
            </button>`
          : nothing
      }`;
  }
}
