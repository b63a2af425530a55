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
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.4rem 1rem;
    margin: 0.75rem 0 0;
  }
  @container (max-width: 34rem) {
    dl {
      grid-template-columns: 1fr;
      gap: 0;
    }
    dd {
      margin-bottom: 0.5rem;
    }
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  dd p:last-child {
    margin: 0;
  }
  dd ul {
    margin: 0;
    padding-left: 1.25rem;
  }
  .slot {
    font-weight: 600;
  }
  .note {
    color: var(--_irev-color-muted);
    font-size: 0.875em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.75rem;
    margin-top: 1rem;
  }
  .actions > p {
    align-self: center;
    margin: 0;
  }
  summary {
    /* Its flat-tree parent is the details' own slot, which does not inherit the host's border-box. */
    box-sizing: border-box;
    list-style: none;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  summary::after {
    content: '';
    width: 0.45em;
    height: 0.45em;
    margin: 0 0.1em 0.2em 0.3em;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    transform: rotate(45deg);
  }
  [open] > summary::after {
    margin-bottom: -0.2em;
    transform: rotate(-135deg);
  }
  .calendar ul {
    margin: 0.5rem 0 0;
    padding: 0.25rem 0.75rem;
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
