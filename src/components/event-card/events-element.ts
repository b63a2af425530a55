import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { IrevElement } from '../../core/base-element.js';
import { DataSourceController, type LoadedPage } from '../../core/data-source.js';
import { renderHints } from '../../core/hints.js';
import { loadModule } from '../../core/load-module.js';
import { baseStyles } from '../../core/styles.js';
import { parseList } from '../../core/text.js';
import { event as eventSchema, type IrevEvent } from '../../schemas/event.js';
import { eventCardStyles } from './event-card.styles.js';
import { registrationLink, renderEvent, type EventContext } from './render-event.js';

/**
 * What `<irev-event-card>` and `<irev-events>` share: the events source, the editor's attributes,
 * the cards and the JSON-LD written to the light DOM for search engines. Each says which events to show.
 */
export abstract class IrevEventsElement extends IrevElement {
  static override styles = [baseStyles, eventCardStyles];

  protected readonly source = new DataSourceController<IrevEvent>(this, { schema: eventSchema, collection: 'events' });

  /** JSON-LD of the events rendered last, written to the light DOM once rendered. */
  private described: { event: IrevEvent; base: string; registration?: string; now: Date }[] = [];

  /** True when the events are shown as a list of cards rather than one card. */
  protected list = false;

  /** URL of the events JSON file (`{"events": [...]}`). */
  @property() src = '';

  /** The events as a value, instead of `src`. */
  @property({ attribute: false }) data?: unknown;

  /** Milliseconds before the source is given up. */
  @property({ type: Number }) timeout = 10000;

  /** Only events carrying one of these tags (`regional` or `regional,national`), case ignored. */
  @property() tag = '';

  /** Where « S'inscrire » leads (`#inscription`, another page) for events that take registrations; defaults to the event's own link. */
  @property({ attribute: 'registration-href' }) registrationHref = '';

  /** Level of the event titles (2 by default). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The tags asked for, in lower case. */
  protected get tags(): string[] {
    return parseList(this.tag.toLowerCase());
  }

  /** The view of a loaded page: the events to show, notes for the editor, and what to say when there is none. */
  protected abstract select(page: LoadedPage<IrevEvent>, now: Date): { events: IrevEvent[]; hints: string[]; none: string };

  private renderReady(page: LoadedPage<IrevEvent>) {
    const context: EventContext = {
      base: page.base,
      now: this.currentDate,
      lang: this.resolvedLang,
      level: this.headingLevel,
      registrationHref: this.registrationHref,
    };
    const { events, hints, none } = this.select(page, context.now);
    this.described = events.map((event) => ({ event, base: page.base, registration: registrationLink(event, context), now: context.now }));
    const cards = events.map((event) => renderEvent(event, context));
    if (cards.length === 0) {
      // Ready data with nothing to show is, for a designer, the empty state.
      this.setState('empty');
    }
    return html`${renderHints(this, hints)}${
      cards.length === 0
        ? html`<p part="empty" class="irev-state">${none}</p>`
        : this.list
          ? html`<ul part="list" class="events">
              ${cards.map((card) => html`<li>${card}</li>`)}
            </ul>`
          : cards
    }`;
  }

  protected override updated(): void {
    if (this.described.length === 0) {
      this.querySelector(':scope > script[data-irev-jsonld]')?.remove();
      return;
    }
    // The JSON-LD writer loads after the cards are shown; it writes what the latest render described.
    loadModule('jsonld', () => import('../../core/jsonld.js'), this.timeout).then(
      ({ eventJsonLd, writeJsonLd }) =>
        writeJsonLd(
          this,
          this.described.map(({ event, base, registration, now }) => eventJsonLd(event, base, registration, now)),
        ),
      (error: Error) => console.error(`irev-widgets: ${error.message}`),
    );
  }

  protected override render() {
    this.described = [];
    return this.source.render({
      ready: (page) => this.renderReady(page),
      empty: () =>
        html`<p part="empty" class="irev-state">${msg('Aucun événement à afficher pour le moment.', { id: 'events.empty.data' })}</p>`,
    });
  }
}
