import { css } from 'lit';

// Long feeds render fast when most items lay out as plain blocks and inline text: grids and flex boxes
// are kept for the few places that need them (an item with an image, the cards, the compact lines).
export const newsFeedStyles = css`
  /* While loading: the height of a news item with its summary and themes. */
  .irev-skeleton {
    height: 14.5rem;
  }
  @container (max-width: 32rem) {
    .irev-skeleton {
      height: 30rem;
    }
  }
  :host([layout='compact']) .irev-skeleton {
    height: 2.5rem;
  }
  .item {
    display: block;
    padding: 1rem;
    background: var(--_irev-news-feed-card-background);
    border: 1px solid var(--_irev-color-border);
    border-left: 0.3rem solid var(--_irev-news-feed-accent);
    border-radius: var(--_irev-radius);
    overflow-wrap: anywhere;
  }
  .item + .item {
    margin-top: 1rem;
  }
  .title {
    margin: 0;
    font-size: 1.15em;
    font-weight: 700;
  }
  .meta,
  .summary,
  .themes {
    margin: 0.35rem 0 0;
  }
  .meta {
    font-size: 0.9em;
    color: var(--_irev-color-muted);
  }
  .type {
    margin-right: 0.5rem;
    font-weight: 600;
    color: var(--_irev-news-feed-accent);
  }
  .author {
    margin-left: 0.5rem;
  }
  .summary p,
  .summary ul,
  .summary ol {
    margin: 0 0 0.5rem;
  }
  .summary > :last-child {
    margin-bottom: 0;
  }
  .themes {
    padding: 0;
    list-style: none;
  }
  .themes > li {
    display: inline-block;
    margin: 0.35rem 0.35rem 0 0;
  }
  .theme {
    color: var(--_irev-color-muted);
  }
  button.theme {
    min-height: 2rem;
    font: inherit;
    font-size: 0.875em;
    background: var(--_irev-color-surface);
    cursor: pointer;
  }
  button.theme:hover {
    color: var(--_irev-color-accent);
  }
  button.theme[aria-pressed='true'] {
    color: var(--_irev-color-accent-contrast);
    background: var(--_irev-color-accent);
    border-color: var(--_irev-color-accent);
  }

  /*
   * The image sits on top in a narrow column (and where container queries are missing), beside the text from 32rem
   * in a list; the title stays first in the DOM.
   */
  .image {
    display: block;
    width: 100%;
    height: auto;
    margin-bottom: 0.5rem;
    aspect-ratio: 16 / 10;
    object-fit: cover;
    border-radius: calc(var(--_irev-radius) / 2);
    background: var(--_irev-color-border);
  }
  .item.has-image {
    display: flex;
    flex-direction: column;
  }
  .has-image > .image {
    order: -1;
  }
  @container (min-width: 32rem) {
    :host(:not([layout='cards'], [layout='compact'])) .item.has-image {
      display: grid;
      grid-template-columns: var(--_irev-news-feed-image-width) minmax(0, 1fr);
      align-content: start;
      column-gap: 1rem;
    }
    :host(:not([layout='cards'], [layout='compact'])) .has-image > :not(.image) {
      grid-column: 2;
    }
    :host(:not([layout='cards'], [layout='compact'])) .image {
      grid-column: 1;
      grid-row: 1 / span 5;
      margin-bottom: 0;
    }
  }

  /*
   * Cards: as many 17rem columns as the widget's own width holds, and no empty column when there are fewer items
   * (auto-fit); the cards of a row share its height, the image on top, the themes at the foot, so no card ends in a hole.
   */
  :host([layout='cards']) .items {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 17rem), 1fr));
    gap: 1rem;
  }
  :host([layout='cards']) .item,
  :host([layout='cards']) .item.has-image {
    display: flex;
    flex-direction: column;
    margin: 0;
    border-left-width: 1px;
    border-top: 0.3rem solid var(--_irev-news-feed-accent);
  }
  :host([layout='cards']) .item.has-image {
    padding-top: 0;
    overflow: hidden;
  }
  :host([layout='cards']) .image {
    order: -1;
    width: calc(100% + 2rem);
    max-width: none;
    margin: 0 -1rem 0.5rem;
    border-radius: 0;
  }
  :host([layout='cards']) .themes {
    margin-top: auto;
    padding-top: 0.35rem;
  }

  :host([layout='compact']) .item {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0.5rem 0;
    background: none;
    border: 0;
    border-bottom: 1px solid var(--_irev-color-border);
    border-radius: 0;
  }
  :host([layout='compact']) .title {
    flex: 1 1 20rem;
    font-size: 1em;
  }
  /* The date line wraps rather than being cut on a phone or with wider text spacing (RGAA 10.11, 10.12). */
  :host([layout='compact']) .meta {
    order: -1;
    flex: 0 1 auto;
    min-width: 0;
    margin: 0;
  }

  .active-filter {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin: 0 0 1rem;
  }
  .empty {
    margin: 0 0 1rem;
  }
  .more,
  .more-error {
    margin-top: 1rem;
  }
  .more[aria-disabled='true'] {
    cursor: progress;
  }
  .irev-hint p {
    margin: 0;
  }
`;
