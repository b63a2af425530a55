import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';

const reported = new Set<string>();

/** Tells the site editor once, in the console, what is wrong with an attribute. */
export function reportConfig(element: Element, message: string): void {
  const key = `${element.localName}|${message}`;
  if (reported.has(key)) return;
  reported.add(key);
  console.warn(`irev-widgets <${element.localName}>: ${message}`);
}

/** « Attribut layout : valeur inconnue « mosaic ». Valeurs possibles : list, grid. » */
export function unknownValueHint(attribute: string, value: string, allowed: readonly string[]): string {
  const possible = allowed.join(', ');
  return msg(str`Attribut ${attribute} : valeur inconnue « ${value} ». Valeurs possibles : ${possible}.`, { id: 'hint.unknown-value' });
}

/**
 * Checks an enumerated attribute: returns it when allowed, else adds a hint and returns the default
 * (the first allowed value), so a typo shows the widget as it would be without the attribute.
 */
export function checkedValue<T extends string>(attribute: string, value: string, allowed: readonly T[], hints: string[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  hints.push(unknownValueHint(attribute, value, allowed));
  return allowed[0];
}

/** The visible notes for the site editor (a mistyped attribute value), above the widget. */
export function renderHints(element: Element, messages: readonly string[]): unknown {
  if (messages.length === 0) return nothing;
  messages.forEach((message) => reportConfig(element, message));
  return html`<div part="hint" class="irev-hint" role="note">${messages.map((message) => html`<p>${message}</p>`)}</div>`;
}
