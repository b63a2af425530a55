import { css } from 'lit';

export const eventsStyles = css`
  .events {
    display: grid;
    gap: var(--_irev-events-gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .more {
    margin-top: var(--_irev-events-gap);
  }
`;
