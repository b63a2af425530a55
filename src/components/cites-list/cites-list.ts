import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import { IrevElement } from '../../core/base-element.js';
import { DataSourceController, type LoadedPage } from '../../core/data-source.js';
import { departementLabel } from '../../core/departements.js';
import { commonSettings, HEADING_LEVEL, renderHints } from '../../core/hints.js';
import { baseStyles } from '../../core/styles.js';
import { readHashState, writeHashState } from '../../core/url-state.js';
import { parseList } from '../../core/text.js';
import { cite as citeSchema, citeStatuses, type Cite, type CiteStatus } from '../../schemas/cite.js';
import {
  countText,
  filterCites,
  indexCites,
  rawFirstCites,
  scopeOf,
  type CiteEntry,
  type CitesScope,
  type VisitorChoice,
} from './cites-filter.js';
import { citesListStyles } from './cites-list.styles.js';
import { renderCites } from './cites-template.js';

/** Detail of `irev-filter-change`. */
export interface CitesFilterDetail {
  departements: string[];
  status: CiteStatus | null;
  search: string;
  count: number;
}

declare module '../../core/events.js' {
  interface IrevEventMap {
    'irev-filter-change': CitesFilterDetail;
  }
}
declare global {
  interface GlobalEventHandlersEventMap {
    'irev-filter-change': CustomEvent<CitesFilterDetail>;
  }
}

/** What the list shows: the editor's scope, the visitor's choice, the cités that match and those on screen. */
interface CitesView {
  scope: CitesScope;
  choice: VisitorChoice;
  matches: CiteEntry[];
  visible: CiteEntry[];
  shown: number;
  countText: string;
}

/** Cités shown at first and added by each « Afficher plus »: the DOM stays small whatever the data. */
const PAGE_SIZE = 60;
/** Longest search kept: no cité name and its communes need more, and a shared link cannot make the filter crawl. */
const SEARCH_MAX = 100;

/**
 * @summary The Cités éducatives of the network, grouped by département, with search and filters.
 * @tag irev-cites-list
 *
 * @csspart hint - Notes for the site editor about a mistyped attribute.
 * @csspart controls - The search field and the filters.
 * @csspart count - The heading that states how many cités are shown.
 * @csspart group-title - The heading of a département.
 * @csspart cite - One cité.
 * @csspart badge - The status of a cité.
 * @csspart status - The loading message.
 * @csspart error - The error message.
 * @csspart retry-button - The button that asks the source again.
 * @csspart empty - The message shown when no cité matches.
 *
 * @event {CustomEvent<IrevLoadDetail>} irev-load - The data is shown: how many cités, of how many read.
 * @event {CustomEvent<IrevErrorDetail>} irev-error - The data could not be read.
 * @event {CustomEvent<CitesFilterDetail>} irev-filter-change - The visitor changed the search or a filter.
 */
export class IrevCitesList extends IrevElement {
  static override styles = [baseStyles, citesListStyles];

  /** Lit's reactive properties, declared without decorators (fewer bytes on every page); each is documented at its field. */
  static override properties: PropertyDeclarations = {
    query: { state: true },
    chosenDepartement: { state: true },
    chosenStatus: { state: true },
    shown: { state: true },
    announcement: { state: true },
    src: {},
    data: { attribute: false },
    timeout: { type: Number },
    departement: {},
    status: {},
    search: { type: Boolean },
    filters: { type: Boolean },
    groupBy: { attribute: 'group-by' },
    layout: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
  };

  private readonly source = new DataSourceController<Cite, CitesView>(this, {
    schema: citeSchema,
    collection: 'cites',
    view: ([page]) => this.computeView(page),
    // A fixed list shows its first cités before the others are checked; search and filters need every cité.
    shownFirst: (raw) => {
      if (this.search || this.filters) return undefined;
      const first = rawFirstCites(raw, this, this.shown);
      this.writtenCount = first.count;
      return first.indexes;
    },
    // How many cités will come is unknown until read: ten keep the first screen steady, a département has a few (room.ts).
    skeleton: () => (parseList(this.departement).length > 0 ? 3 : 10),
  });
  private readonly indexes = new WeakMap<LoadedPage<Cite>, CiteEntry[]>();
  /** How many cités the list holds as written, shown in its heading while they are checked in idle time. */
  private writtenCount = 0;

  private query = '';
  private chosenDepartement = '';
  private chosenStatus = '';
  private shown = PAGE_SIZE;
  private announcement = '';
  private announceTimer?: ReturnType<typeof setTimeout>;

  /** URL of the cités JSON file (`{"cites": [...]}`). */
  src = '';

  /** The cités as a value, instead of `src`. */
  data?: unknown;

  /** Milliseconds before the source is given up. */
  timeout = 10000;

  /** Only these départements, by code: `59` or `59,62`. */
  departement = '';

  /**
   * Only this status: `labellisee` or `en-labellisation`.
   * @type {'' | 'labellisee' | 'en-labellisation'}
   */
  status = '';

  /** Shows a search field (names and communes, accents and case ignored). */
  search = false;

  /** Shows département and status filters. */
  filters = false;

  /**
   * `departement` (default) groups the cités under their département; `none` lists them all together.
   * @type {'departement' | 'none'}
   */
  groupBy = 'departement';

  /**
   * `auto` (default): one, two or three columns after the widget's own width; `list`: one column; `grid`: tiles.
   * @type {'auto' | 'list' | 'grid'}
   */
  layout = 'auto';

  /** Level of the count heading (2 by default); département headings sit one level below. */
  headingLevel = 2;

  /** Keeps the search and filters in the URL hash, so a shared link shows the same view. */
  syncUrl = false;

  private get hashPrefix(): string {
    return this.id || 'cites';
  }

  /** `heading-level` and `timeout` as read, with the editor's notes about them. */
  private common: ReturnType<typeof commonSettings> = { headingLevel: HEADING_LEVEL.fallback, hints: [] };

  /** What the widget shows now, from an index built once per data set. */
  private computeView(page: LoadedPage<Cite>): CitesView {
    let entries = this.indexes.get(page);
    if (!entries) this.indexes.set(page, (entries = indexCites(page.items)));
    const scope = scopeOf(entries, this);
    // Choices may come from a shared link: only a département and a status the widget offers count.
    const choice: VisitorChoice = {
      query: this.query.slice(0, SEARCH_MAX),
      departement: scope.departements.includes(this.chosenDepartement) ? this.chosenDepartement : '',
      status: !scope.status && (citeStatuses as readonly string[]).includes(this.chosenStatus) ? this.chosenStatus : '',
    };
    const matches = filterCites(entries, scope, choice);
    const countDepartements = choice.departement ? [choice.departement] : scope.restricted ? scope.departements : [];
    const visible = matches.slice(0, this.shown);
    // While the rest is checked, the heading counts the cités as written, and notes wait for every cité.
    const checked = this.source.checked;
    const count = countText(checked ? matches.length : this.writtenCount, countDepartements, this.resolvedLang);
    if (!checked) scope.hints = [];
    return { scope, choice, matches, visible, shown: visible.length, countText: count };
  }

  private userChanged({ scope, choice, matches, countText }: CitesView): void {
    clearTimeout(this.announceTimer);
    // Announced once the visitor pauses typing, not at every keystroke.
    this.announceTimer = setTimeout(() => (this.announcement = countText), 600);
    if (this.syncUrl) writeHashState(this.hashPrefix, { q: choice.query, departement: choice.departement, status: choice.status });
    this.emit('irev-filter-change', {
      departements: choice.departement ? [choice.departement] : scope.restricted ? scope.departements : [],
      status: (choice.status || scope.status || null) as CiteStatus | null,
      search: choice.query,
      count: matches.length,
    });
  }

  private onSearch(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    this.shown = PAGE_SIZE;
  }

  private onDepartement(event: Event): void {
    this.chosenDepartement = (event.target as HTMLSelectElement).value;
    this.shown = PAGE_SIZE;
  }

  private onStatus(event: Event): void {
    this.chosenStatus = (event.target as HTMLSelectElement).value;
    this.shown = PAGE_SIZE;
  }

  private clearSearch(): void {
    this.query = '';
    this.chosenDepartement = '';
    this.chosenStatus = '';
    // Lit's @query would bring its decorator machinery to every page for this one look-up.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl) {
      const state = readHashState(this.hashPrefix, ['q', 'departement', 'status']);
      [this.query, this.chosenDepartement, this.chosenStatus] = [state.q.slice(0, SEARCH_MAX), state.departement, state.status];
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.common = commonSettings(this);
  }

  protected override updated(changed: PropertyValues): void {
    const visitorChanged = ['query', 'chosenDepartement', 'chosenStatus'].some((name) => changed.has(name));
    if (visitorChanged && this.source.view) this.userChanged(this.source.view);
  }

  private renderControls({ scope, choice }: CitesView) {
    if (!this.search && !this.filters) return nothing;
    return html`<div part="controls" class="controls">
      ${
        this.search
          ? html`<div class="field" role="search">
              <label for="search">${msg('Rechercher une cité ou une commune', { id: 'cites.search.label' })}</label>
              <input id="search" type="search" autocomplete="off" maxlength=${SEARCH_MAX} .value=${choice.query} @input=${this.onSearch} />
            </div>`
          : nothing
      }
      ${
        this.filters && scope.departements.length > 1
          ? html`<div class="field">
              <label for="departement">${msg('Département', { id: 'cites.filter.departement' })}</label>
              <select id="departement" @change=${this.onDepartement}>
                <option value="" ?selected=${!choice.departement}>
                  ${msg('Tous les départements', { id: 'cites.filter.all-departements' })}
                </option>
                ${scope.departements.map((code) => html`<option value=${code} ?selected=${code === choice.departement}>${departementLabel(code)}</option>`)}
              </select>
            </div>`
          : nothing
      }
      ${
        this.filters && !scope.status
          ? html`<div class="field">
              <label for="status">${msg('Statut', { id: 'cites.filter.status' })}</label>
              <select id="status" @change=${this.onStatus}>
                <option value="" ?selected=${!choice.status}>${msg('Tous les statuts', { id: 'cites.filter.all-statuses' })}</option>
                <option value="labellisee" ?selected=${choice.status === 'labellisee'}>
                  ${msg('Labellisées', { id: 'cites.filter.labellisees' })}
                </option>
                <option value="en-labellisation" ?selected=${choice.status === 'en-labellisation'}>
                  ${msg('En cours de labellisation', { id: 'cites.status.en-labellisation' })}
                </option>
              </select>
            </div>`
          : nothing
      }
    </div>`;
  }

  private renderReady(view: CitesView, page: LoadedPage<Cite>) {
    const { scope, choice, matches, visible, countText } = view;
    const remaining = matches.length - visible.length;
    return html`${this.renderControls(view)}
      <div part="count" class="count" role="heading" aria-level=${this.common.headingLevel}>${countText}</div>
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${
        matches.length === 0
          ? html`<div part="empty" class="empty irev-state">
              <p>
                ${
                  choice.query
                    ? msg(str`Aucune cité éducative ne correspond à « ${choice.query} ».`, { id: 'cites.empty.search' })
                    : msg('Aucune cité éducative ne correspond à ces filtres.', { id: 'cites.empty.filters' })
                }
              </p>
              ${
                this.search || this.filters
                  ? html`<button class="irev-button irev-button--secondary" type="button" @click=${this.clearSearch}>
                      ${msg('Effacer la recherche et les filtres', { id: 'cites.empty.clear' })}
                    </button>`
                  : nothing
              }
            </div>`
          : renderCites(visible, scope.groupBy, page.base, this.common.headingLevel, this.resolvedLang)
      }
      ${
        remaining > 0
          ? html`<button class="irev-button irev-button--secondary more" type="button" @click=${() => (this.shown += PAGE_SIZE)}>
              ${msg(str`Afficher plus (${remaining} restantes)`, { id: 'cites.more' })}
            </button>`
          : nothing
      }`;
  }

  protected override render() {
    // Notes for the editor show in every state; those about the data's values once it is read.
    const view = this.source.state === 'error' ? undefined : this.source.view;
    const hints = [...this.common.hints, ...(view?.scope.hints ?? [])];
    return html`${renderHints(this, hints)}${this.source.render({
      ready: (view, [page]) => this.renderReady(view, page),
      empty: () =>
        html`<p part="empty" class="irev-state">${msg('Aucune cité éducative à afficher pour le moment.', { id: 'cites.empty.data' })}</p>`,
    })}`;
  }
}
