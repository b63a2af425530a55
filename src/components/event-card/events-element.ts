import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { msg } from '@lit/localize';
import { IrevElement } from '../../core/base-element.js';
import { DataSourceController, type LoadedPage } from '../../core/data-source.js';
import { commonSettings, HEADING_LEVEL, renderHints } from '../../core/hints.js';
import { loadModule } from '../../core/load-module.js';
import { baseStyles } from '../../core/styles.js';
import { parseList } from '../../core/text.js';
import { event as eventSchema, type IrevEvent } from '../../schemas/event.js';
import { eventCardStyles } from './event-card.styles.js';
import { cardState, eventCard } from './event-card-dom.js';
import { prefetchCalendar, registrationLink, type EventContext } from './render-event.js';

/** What an element shows of a loaded page: the events, notes for the editor, what to say when there is none. */
export interface EventsView {
  events: IrevEvent[];
  /** How many events are shown. */
  shown: number;
  hints: string[];
  none: string;
  /** Events left to show with « more » (the agenda). */
  remaining?: number;
}

/**
 * What `<irev-event-card>` and `<irev-events>` share: the events source, the editor's attributes,
 * the cards and the JSON-LD written to the light DOM for search engines. Each says which events to show.
 */
export abstract class IrevEventsElement extends IrevElement {
  static override styles = [baseStyles, eventCardStyles];

  /** Lit's reactive properties, declared without decorators (fewer bytes on every page); each is documented at its field. */
  static override properties: PropertyDeclarations = {
    src: {},
    data: { attribute: false },
    timeout: { type: Number },
    tag: {},
    registrationHref: { attribute: 'registration-href' },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  protected readonly source = new DataSourceController<IrevEvent, EventsView>(this, {
    schema: eventSchema,
    collection: 'events',
    view: ([page]) => this.select(page, this.currentDate),
    shownFirst: (raw) => this.shownFirst(raw, this.currentDate),
    skeleton: () => this.cardsExpected,
  });

  /** `heading-level` and `timeout` as read, with the editor's notes about them. */
  private common: ReturnType<typeof commonSettings> = { headingLevel: HEADING_LEVEL.fallback, hints: [] };

  /** True when the events are shown as a list of cards rather than one card. */
  protected list = false;

  /** Each event's card (in its `<li>` in a list) as last built, with what it showed: kept while that stays the same. */
  private cards = new WeakMap<IrevEvent, { key: string; node: HTMLElement }>();
  /** The list of cards, kept across renders so that only cards that come or go touch the DOM (focus stays). */
  private cardList?: HTMLElement;

  /** URL of the events JSON file (`{"events": [...]}`). */
  src = '';

  /** The events as a value, instead of `src`. */
  data?: unknown;

  /** Milliseconds before the source is given up. */
  timeout = 10000;

  /** Only events carrying one of these tags (`regional` or `regional,national`), case ignored. */
  tag = '';

  /** Where « S'inscrire » leads (`#inscription`, another page) for events that take registrations; defaults to the event's own link. */
  registrationHref = '';

  /** Level of the event titles (2 by default). */
  headingLevel = 2;

  /** The tags asked for, in lower case. */
  protected get tags(): string[] {
    return parseList(this.tag.toLowerCase());
  }

  /** The view of a loaded page: the events to show, notes for the editor, and what to say when there is none. */
  protected abstract select(page: LoadedPage<IrevEvent>, now: Date): EventsView;

  /** How many cards the element will show at first, kept room for while it loads. */
  protected get cardsExpected(): number {
    return 1;
  }

  /** Indexes of the raw events `select` would show, validated before the others (see DataSourceOptions). */
  protected abstract shownFirst(raw: readonly unknown[], now: Date): number[] | undefined;

  /** A view with its `shown` count, from the events it shows. */
  protected viewOf(view: Omit<EventsView, 'shown'>): EventsView {
    return { ...view, shown: view.events.length };
  }

  /** What follows the cards (the agenda's « more »). */
  protected renderFooter(_view: EventsView): unknown {
    return nothing;
  }

  private context(page: LoadedPage<IrevEvent>): EventContext {
    return {
      base: page.base,
      now: this.currentDate,
      lang: this.resolvedLang,
      level: this.common.headingLevel,
      registrationHref: this.registrationHref,
      timeout: this.source.timeout,
    };
  }

  constructor() {
    super();
    prefetchCalendar(this, () => this.source.timeout);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.common = commonSettings(this);
  }

  private renderReady(view: EventsView, page: LoadedPage<IrevEvent>) {
    const context = this.context(page);
    const cards = view.events.map((event) => this.card(event, context));
    // Ready data with nothing to show is, for a designer, the empty state: the source says so from `shown`.
    if (cards.length === 0) return html`<p part="empty" class="irev-state">${view.none}</p>`;
    if (!this.list) return cards;
    const list = (this.cardList ??= Object.assign(document.createElement('ul'), { className: 'events' }));
    list.setAttribute('part', 'list');
    cards.forEach((card, index) => list.children[index] !== card && list.insertBefore(card, list.children[index] ?? null));
    while (list.children.length > cards.length) list.lastElementChild!.remove();
    return html`${list}${this.renderFooter(view)}`;
  }

  /** The card of `event`, built again only when what it shows changed. */
  private card(event: IrevEvent, context: EventContext): HTMLElement {
    const state = cardState(event, context);
    const key = state.key;
    const kept = this.cards.get(event);
    if (kept?.key === key) return kept.node;
    const card = eventCard(event, context, state);
    const node = this.list ? document.createElement('li') : card;
    if (node !== card) node.append(card);
    this.cards.set(event, { key, node });
    return node;
  }

  /** The cards shown now, and only those: search engines never get the whole data file. */
  private shownEvents(): { page?: LoadedPage<IrevEvent>; events: IrevEvent[] } {
    const page = this.source.state === 'ready' ? this.source.pages[0] : undefined;
    return { page, events: page && this.source.view ? this.source.view.events : [] };
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.shownEvents().events.length === 0) {
      this.querySelector(':scope > script[data-irev-jsonld]')?.remove();
      return;
    }
    // The JSON-LD writer loads after the cards are shown; it writes what the latest render showed.
    loadModule('jsonld', this.source.timeout).then(
      ({ eventJsonLd, writeJsonLd }) => {
        const { page, events } = this.shownEvents();
        const context = page && this.context(page);
        writeJsonLd(
          this,
          events.map((event) => eventJsonLd(event, page!.base, registrationLink(event, context!), context!.now)),
        );
      },
      (error: Error) => console.error(`irev-widgets: ${error.message}`),
    );
  }

  protected override render() {
    // Notes for the editor show in every state; those about the data's values once it is read.
    const view = this.source.state === 'error' ? undefined : this.source.view;
    const hints = [...this.common.hints, ...(view?.hints ?? [])];
    return html`${renderHints(this, hints)}${this.source.render({
      ready: (view, [page]) => this.renderReady(view, page),
      empty: () =>
        html`<p part="empty" class="irev-state">${msg('Aucun événement à afficher pour le moment.', { id: 'events.empty.data' })}</p>`,
    })}`;
  }
}
