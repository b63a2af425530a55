import { css } from 'lit';

export const citesListStyles = css`
  /* While loading: the height of a cité. */
  .irev-skeleton {
    height: 6.5rem;
  }
  @container (max-width: 34rem) {
    .irev-skeleton {
      height: 7rem;
    }
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1rem;
    align-items: end;
    margin-bottom: 1rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    flex: 1 1 12rem;
    min-width: 0;
  }
  /* The search takes twice the room of a select: its longer label stays on one line beside them. */
  .field[role='search'] {
    flex: 2 1 20rem;
  }
  .field label {
    font-weight: 600;
  }
  input,
  select {
    min-height: 2.75rem;
    padding: 0.4rem 0.6rem;
    font: inherit;
    color: inherit;
    background: var(--_irev-color-surface);
    border: 1px solid var(--_irev-color-input-border);
    border-radius: var(--_irev-radius);
    max-width: 100%;
  }
  .count {
    margin: 0 0 0.75rem;
    font-size: 1.25em;
    font-weight: 700;
  }
  .group-title {
    margin: 1.25rem 0 0.5rem;
    font-size: 1.1em;
    font-weight: 700;
    color: var(--_irev-cites-list-group-color);
  }
  ul.cites {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  /*
   * Columns follow the widget's own width, not the screen's: auto (the default, and any unknown value) has one
   * column up to 36rem, two up to 60rem, three beyond; list keeps one; grid fits as many 16rem tiles as it can.
   * Without container queries (before Chrome 105, Firefox 110, Safari 16), auto stays one column.
   */
  @container (min-width: 36rem) {
    :host(:not([layout='list'], [layout='grid'])) ul.cites {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container (min-width: 60rem) {
    :host(:not([layout='list'], [layout='grid'])) ul.cites {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
  :host([layout='grid']) ul.cites {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
  }
  .cite {
    padding: 0.75rem 1rem;
    background: var(--_irev-cites-list-card-background);
    border: 1px solid var(--_irev-color-border);
    border-left: 0.3rem solid var(--_irev-cites-list-accent);
    border-radius: var(--_irev-radius);
    overflow-wrap: anywhere;
  }
  .cite-name {
    margin: 0;
    font-size: 1.05em;
    font-weight: 700;
  }
  .communes {
    margin: 0.25rem 0;
    color: var(--_irev-color-muted);
  }
  .badge {
    margin: 0.25rem 0;
  }
  .badge[data-status='en-labellisation'] {
    color: var(--_irev-color-warning);
    background: var(--_irev-color-warning-surface);
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0.25rem 0 0;
    padding: 0;
    list-style: none;
  }
  .empty {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
  }
  .more {
    margin-top: 1rem;
  }
  .irev-hint p {
    margin: 0;
  }
`;
