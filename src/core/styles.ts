import { css, unsafeCSS } from 'lit';
import { tokenRules } from '../generated/token-defaults.js';

/**
 * Public tokens (`--irev-color-accent`…) are never declared on `:host`, so a site themes every widget from `:root`;
 * each is resolved once here into its private `--_irev-…` property, with its default from src/core/tokens.ts
 * (written into src/generated/token-defaults.ts by `npm run tokens`), light or dark after the host's colour scheme.
 */
const hostTokens = unsafeCSS(tokenRules);

/** What every widget shares: the token defaults, the host box, the state UI, buttons, focus and tags. Rules read `var(--_irev-…)` only. */
export const baseStyles = css`
  ${hostTokens}
  :host {
    display: block;
    /* !important: a page's rules on the host itself beat :host ones (a theme's « * { font: inherit; box-sizing:
       content-box } »), except important ones; sites size and colour the widgets through the tokens instead. */
    box-sizing: border-box !important;
    font-family: var(--_irev-font-family) !important;
    font-size: var(--_irev-font-size) !important;
    /* The one line-height; inside, none is fixed and no letter or word spacing is set, so a visitor's text-spacing
       stylesheet on the page reaches every text through the shadow root by inheritance (RGAA 10.12). */
    line-height: 1.5 !important;
    color: var(--_irev-color-text) !important;
    /* What else the page's text would pass on by inheritance (a theme's justified, uppercase, light or italic body). */
    font-weight: normal !important;
    font-style: normal !important;
    font-variant: normal !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-shadow: none !important;
    white-space: normal !important;
    word-break: normal !important;
    hyphens: manual !important;
    list-style: initial !important;
    cursor: auto !important;
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
    color: var(--_irev-color-link);
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  :focus-visible {
    outline: var(--_irev-focus-width) solid var(--_irev-color-focus);
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
    padding: var(--_irev-space);
    border: 1px solid var(--_irev-color-border);
    border-radius: var(--_irev-radius);
    background: var(--_irev-color-surface);
  }
  .irev-state p {
    margin: 0;
    flex: 1 1 16rem;
  }
  .irev-error {
    border-color: var(--_irev-color-danger);
    border-left-width: 0.35rem;
  }
  /* Room kept for the items while they load: each element sets the height of one of its items. */
  .irev-skeleton {
    height: 6rem;
    margin-top: var(--_irev-space);
    border-radius: var(--_irev-radius);
    background: var(--_irev-color-muted-surface);
  }
  .irev-spinner {
    width: 1.25rem;
    height: 1.25rem;
    border: 0.2rem solid var(--_irev-color-border);
    border-top-color: var(--_irev-color-accent);
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
    color: var(--_irev-color-accent-contrast);
    background: var(--_irev-color-accent);
    border: 2px solid var(--_irev-color-accent);
    border-radius: var(--_irev-radius);
    cursor: pointer;
    text-decoration: none;
  }
  .irev-button:hover {
    filter: brightness(0.9);
  }
  .irev-button--secondary {
    color: var(--_irev-color-accent);
    background: var(--_irev-color-surface);
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
    color: var(--_irev-color-success);
    background: var(--_irev-color-success-surface);
  }
  /*
   * One item of a long list (a news item, an event card, a cité). Contained rather than \`content-visibility: auto\`:
   * Chromium leaves skipped items empty in its accessibility tree until scrolled near, so a screen reader's list of
   * headings and links would miss them. Containment keeps each item's layout its own (a change in one does not lay out
   * the others); the clip margin keeps focus rings that reach past a padding-less item (compact news) visible.
   */
  .irev-item {
    contain: layout paint style;
    overflow-clip-margin: calc(var(--_irev-focus-width) + 2px);
  }
  /* Windows high contrast (forced colours) drops backgrounds: shapes and states keep a border or a system colour. */
  @media (forced-colors: active) {
    .badge,
    .irev-state {
      border: 1px solid CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    .irev-spinner {
      border-top-color: Highlight;
    }
    /* A pressed toggle: filled with the system highlight, unlike the others (WCAG 1.4.11). */
    [aria-pressed='true'] {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
      border-color: Highlight;
    }
  }
  .irev-hint {
    margin: 0 0 0.75rem;
    padding: 0.5rem 0.75rem;
    font-size: 0.875em;
    color: var(--_irev-color-text);
    background: var(--_irev-color-warning-surface);
    border-left: 0.25rem solid var(--_irev-color-warning);
  }
`;
