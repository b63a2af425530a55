import { html, nothing } from 'lit';

const reported = new Set<string>();

/** Tells the site editor once, in the console, what is wrong with an attribute. */
export function reportConfig(element: Element, message: string): void {
  const key = `${element.localName}|${message}`;
  if (reported.has(key)) return;
  reported.add(key);
  console.warn(`irev-widgets <${element.localName}>: ${message}`);
}

/** The visible notes for the site editor (a mistyped attribute value), above the widget. */
export function renderHints(element: Element, messages: readonly string[]): unknown {
  if (messages.length === 0) return nothing;
  messages.forEach((message) => reportConfig(element, message));
  return html`<div part="hint" class="irev-hint" role="note">${messages.map((message) => html`<p>${message}</p>`)}</div>`;
}
