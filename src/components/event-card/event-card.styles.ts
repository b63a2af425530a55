import { css } from 'lit';

/** The card of one event, shared by `<irev-event-card>` and `<irev-events>`. */
export const eventCardStyles = css`
  /* While loading: the height of a card with its details and actions, wide and narrow (as the loader's room, room.ts). */
  .irev-skeleton {
    height: 18rem;
  }
  @container (max-width: 34rem) {
    .irev-skeleton {
      height: 41rem;
    }
  }
  .card {
    padding: 1rem 1.25rem;
    background: var(--_irev-event-card-background);
    border: 1px solid var(--_irev-color-border);
    border-top: 0.3rem solid var(--_irev-event-card-accent);
    border-radius: var(--_irev-radius);
    overflow-wrap: anywhere;
  }
  .title {
    font-size: 1.2em;
    font-weight: 700;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    margin: 0.5rem 0 0.75rem;
  }
  .when {
    font-weight: 600;
  }
  [data-status='past'] .badge {
    color: var(--_irev-color-muted);
    background: var(--_irev-color-muted-surface);
  }
  [data-status='full'] .badge,
  [data-status='closed'] .badge {
    color: var(--_irev-color-warning);
    background: var(--_irev-color-warning-surface);
  }
  [data-status='cancelled'] .badge {
    color: var(--_irev-color-danger);
    background: var(--_irev-color-danger-surface);
  }
  p {
    margin: 0 0 0.5rem;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  /* Narrow first (and where container queries are missing): each label over its value, each pair apart from the next. */
  dl {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.1rem 0;
    margin: 0.75rem 0 0;
  }
  dt:not(:first-of-type) {
    margin-top: 0.75rem;
  }
  @container (min-width: 34rem) {
    dl {
      grid-template-columns: max-content minmax(0, 1fr);
      gap: 0.4rem 1rem;
    }
    dt:not(:first-of-type) {
      margin-top: 0;
    }
  }
  dd p:last-child {
    margin: 0;
  }
  /* One bullet everywhere: a card inside the agenda's list would otherwise get the browser's nested-list circle. */
  dd ul {
    margin: 0;
    padding-left: 1.25rem;
    list-style-type: disc;
  }
  .slot {
    font-weight: 600;
  }
  .note {
    color: var(--_irev-color-muted);
    font-size: 0.875em;
  }
  /* Narrow first: the buttons stack, each as wide as the widget, their words centred; from 30rem they sit in a row. */
  .actions {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75rem;
    margin-top: 1rem;
  }
  .actions > p {
    margin: 0;
  }
  .actions > .irev-button {
    justify-content: center;
    text-align: center;
  }
  .actions summary.irev-button {
    display: block;
    text-align: center;
  }
  @container (min-width: 30rem) {
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
    }
    .actions > p {
      align-self: center;
    }
    .actions summary.irev-button {
      display: inline-block;
    }
  }
  summary {
    /* Its flat-tree parent is the details' own slot, which does not inherit the host's border-box. */
    box-sizing: border-box;
    list-style: none;
  }
  /* The chevron is drawn inside the label's own box, so a wrapped label keeps it after its last word. */
  summary.irev-button {
    display: inline-block;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  .menu-label::after {
    content: '';
    display: inline-block;
    vertical-align: 0.2em;
    width: 0.45em;
    height: 0.45em;
    margin: 0 0.1em 0 0.5em;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    transform: rotate(45deg);
  }
  [open] > summary .menu-label::after {
    vertical-align: -0.05em;
    transform: rotate(-135deg);
  }
  .calendar ul {
    margin: 0.5rem 0 0;
    padding: 0.5rem 1rem;
    list-style: none;
    border: 1px solid var(--_irev-color-border);
    border-radius: var(--_irev-radius);
  }
  .calendar li > * {
    display: inline-flex;
    align-items: center;
    min-height: 2.75rem;
  }
  .link {
    padding: 0;
    font: inherit;
    color: var(--_irev-color-link);
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    background: none;
    border: 0;
    cursor: pointer;
  }
`;
