import { css } from 'lit';

/**
 * What every widget shares: the host box, the state UI, buttons, focus and tags.
 * Global tokens (`--irev-color-accent`…) are read with a fallback and never declared on `:host`,
 * so a site themes every widget from `:root` and each element can still be tuned on its own.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--irev-font-family, inherit);
    font-size: var(--irev-font-size, 1rem);
    line-height: 1.5;
    color: var(--irev-color-text, #161616);
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--irev-color-link, var(--irev-color-accent, #00558c));
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  :focus-visible {
    outline: var(--irev-focus-width, 3px) solid var(--irev-color-focus, #0a76f6);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .irev-state {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
    padding: var(--irev-space, 1rem);
    border: 1px solid var(--irev-color-border, #c9c9c9);
    border-radius: var(--irev-radius, 0.5rem);
    background: var(--irev-color-surface, #fff);
  }
  .irev-state p {
    margin: 0;
    flex: 1 1 16rem;
  }
  .irev-error {
    border-color: var(--irev-color-danger, #b3261e);
    border-left-width: 0.35rem;
  }
  .irev-spinner {
    width: 1.25rem;
    height: 1.25rem;
    border: 0.2rem solid var(--irev-color-border, #c9c9c9);
    border-top-color: var(--irev-color-accent, #00558c);
    border-radius: 50%;
    animation: irev-spin 0.8s linear infinite;
  }
  @keyframes irev-spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .irev-spinner {
      animation: none;
    }
  }
  .irev-button {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    font: inherit;
    font-weight: 600;
    color: var(--irev-color-accent-contrast, #fff);
    background: var(--irev-color-accent, #00558c);
    border: 2px solid var(--irev-color-accent, #00558c);
    border-radius: var(--irev-radius, 0.5rem);
    cursor: pointer;
    text-decoration: none;
  }
  .irev-button:hover {
    filter: brightness(0.9);
  }
  .irev-button--secondary {
    color: var(--irev-color-accent, #00558c);
    background: var(--irev-color-surface, #fff);
  }
  .irev-tag {
    display: inline-block;
    padding: 0.1rem 0.6rem;
    font-size: 0.875em;
    border-radius: 999px;
    border: 1px solid currentColor;
  }
  /* A status badge (« Labellisée », « À venir »); components colour the other statuses. */
  .badge {
    display: inline-block;
    padding: 0.1rem 0.6rem;
    font-size: 0.875em;
    font-weight: 600;
    border-radius: 999px;
    color: var(--irev-color-success, #0f5c2e);
    background: var(--irev-color-success-surface, #e3f4e8);
  }
  .irev-hint {
    margin: 0 0 0.75rem;
    padding: 0.5rem 0.75rem;
    font-size: 0.875em;
    color: var(--irev-color-text, #161616);
    background: var(--irev-color-warning-surface, #fff4e5);
    border-left: 0.25rem solid var(--irev-color-warning, #8f4e00);
  }
`;
