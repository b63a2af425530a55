import { css } from 'lit';

export const citesListStyles = css`
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
  .field label {
    font-weight: 600;
  }
  input,
  select {
    min-height: 2.75rem;
    padding: 0.4rem 0.6rem;
    font: inherit;
    color: inherit;
    background: var(--irev-color-surface, #fff);
    border: 1px solid var(--irev-color-input-border, #6a6a6a);
    border-radius: var(--irev-radius, 0.5rem);
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
    color: var(--irev-cites-list-group-color, var(--irev-color-heading, inherit));
  }
  ul.cites {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  :host([layout='grid']) ul.cites {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
  }
  .cite {
    padding: 0.75rem 1rem;
    background: var(--irev-cites-list-card-background, var(--irev-color-surface, #fff));
    border: 1px solid var(--irev-color-border, #c9c9c9);
    border-left: 0.3rem solid var(--irev-cites-list-accent, var(--irev-color-accent, #00558c));
    border-radius: var(--irev-radius, 0.5rem);
    overflow-wrap: anywhere;
  }
  .cite-name {
    margin: 0;
    font-size: 1.05em;
    font-weight: 700;
  }
  .communes {
    margin: 0.25rem 0;
    color: var(--irev-color-muted, #4a4a4a);
  }
  .badge {
    margin: 0.25rem 0;
  }
  .badge[data-status='en-labellisation'] {
    color: var(--irev-color-warning, #7a4100);
    background: var(--irev-color-warning-surface, #fff4e5);
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
