import { css } from 'lit';

/** The card of one event, shared by `<irev-event-card>` and `<irev-events>`. */
export const eventCardStyles = css`
  .card {
    padding: 1rem 1.25rem;
    background: var(--irev-event-card-background, var(--irev-color-surface, #fff));
    border: 1px solid var(--irev-color-border, #c9c9c9);
    border-top: 0.3rem solid var(--irev-event-card-accent, var(--irev-color-accent, #00558c));
    border-radius: var(--irev-radius, 0.5rem);
    overflow-wrap: anywhere;
  }
  .title {
    font-size: 1.2em;
    font-weight: 700;
    line-height: 1.3;
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
    color: var(--irev-color-muted, #4a4a4a);
    background: #eee;
  }
  [data-status='full'] .badge,
  [data-status='closed'] .badge {
    color: var(--irev-color-warning, #7a4100);
    background: var(--irev-color-warning-surface, #fff4e5);
  }
  [data-status='cancelled'] .badge {
    color: var(--irev-color-danger, #b3261e);
    background: #fdecea;
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
    color: var(--irev-color-muted, #4a4a4a);
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
    border: 1px solid var(--irev-color-border, #c9c9c9);
    border-radius: var(--irev-radius, 0.5rem);
  }
  .calendar li > * {
    display: inline-flex;
    align-items: center;
    min-height: 2.75rem;
  }
  .link {
    padding: 0;
    font: inherit;
    color: var(--irev-color-link, var(--irev-color-accent, #00558c));
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    background: none;
    border: 0;
    cursor: pointer;
  }
`;
