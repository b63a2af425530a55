import { css } from 'lit';

/** The form: fields one under the other, first and last names side by side where the widget is wide enough. */
export const formStyles = css`
  .title {
    font-size: 1.2em;
    font-weight: 700;
    line-height: 1.3;
    color: var(--_irev-color-heading);
  }
  .title:focus {
    outline: none;
  }
  .title:focus-visible {
    outline: var(--_irev-focus-width) solid var(--_irev-color-focus);
  }
  .event {
    display: flex;
    flex-direction: column;
    gap: 0.15rem;
    margin: 0.5rem 0 1rem;
    padding: 0.75rem 1rem;
    background: var(--_irev-event-card-background);
    border-left: 0.3rem solid var(--_irev-event-card-accent);
    border-radius: var(--_irev-radius);
    overflow-wrap: anywhere;
  }
  .closed {
    margin: 0 0 1rem;
  }
  form {
    display: grid;
    gap: 1rem;
  }
  .pair {
    display: grid;
    gap: 1rem;
  }
  @container (min-width: 36rem) {
    .pair {
      grid-template-columns: 1fr 1fr;
    }
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.3rem;
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  label,
  legend {
    font-weight: 600;
  }
  legend {
    padding: 0;
    margin-bottom: 0.3rem;
  }
  .required {
    margin-left: 0.2em;
    color: var(--_irev-color-danger);
  }
  .note,
  .hint {
    margin: 0;
    font-size: 0.875em;
    color: var(--_irev-color-muted);
  }
  .choice .hint {
    font-size: 1em;
  }
  .error {
    margin: 0;
    font-weight: 600;
    color: var(--_irev-color-danger);
  }
  input:not([type='checkbox'], [type='radio']),
  select,
  textarea {
    width: 100%;
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    font: inherit;
    color: var(--_irev-color-text);
    background: var(--_irev-color-surface);
    border: 1px solid var(--_irev-color-input-border);
    border-radius: var(--_irev-radius);
  }
  textarea {
    resize: vertical;
  }
  [aria-invalid='true']:not([type='checkbox'], [type='radio']) {
    border: 2px solid var(--_irev-color-danger);
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
    min-height: 2.75rem;
    padding: 0.3rem 0;
  }
  .choice input {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.15rem 0 0;
    accent-color: var(--_irev-color-accent);
  }
  .choice label {
    font-weight: 400;
  }
  .consent {
    flex-flow: row wrap;
  }
  .consent .error {
    flex-basis: 100%;
  }
  .consent label {
    flex: 1;
  }
  .summary {
    margin: 0 0 1rem;
    padding: 0.75rem 1rem;
    border: 2px solid var(--_irev-color-danger);
    border-radius: var(--_irev-radius);
    background: var(--_irev-color-surface);
  }
  .summary-title {
    margin: 0 0 0.5rem;
    font-weight: 700;
  }
  .summary ul {
    margin: 0;
    padding-left: 1.25rem;
  }
  .draft {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.25rem;
  }
  .draft p {
    margin: 0;
  }
  /* Empty, the live region takes no room but stays in the accessibility tree, so its first message is announced (RGAA 7.5). */
  .sending:empty {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  .sending {
    font-weight: 600;
  }
  .outcome {
    padding: 1rem 1.25rem;
    border: 1px solid var(--_irev-color-border);
    border-top: 0.3rem solid var(--_irev-color-success);
    border-radius: var(--_irev-radius);
    background: var(--_irev-color-surface);
  }
  .outcome p {
    margin: 0.5rem 0;
  }
  /* Out of sight and out of reach for people; bots see a field like any other. */
  .trap {
    position: absolute;
    left: -100vw;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
`;
