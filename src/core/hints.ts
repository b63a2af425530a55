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

/** Bounds and default of a whole-number attribute. */
export interface WholeNumberRule {
  min: number;
  /** No upper bound when absent. */
  max?: number;
  fallback: number;
}

/** `timeout`: a timer cannot wait more than 2³¹ ms (a longer one fires at once), and no server answers in 0 ms. */
export const TIMEOUT: WholeNumberRule = { min: 100, max: 600_000, fallback: 10_000 };
/** `heading-level`: HTML has six levels of headings. */
export const HEADING_LEVEL: WholeNumberRule = { min: 1, max: 6, fallback: 2 };

/**
 * Reads a whole-number attribute (`timeout`, `heading-level`, `limit`): returns it when it is a whole number
 * within the rule's bounds, else the default, and then adds a note for the editor to `hints` when given.
 * Lit reads `"abc"` as NaN and `""` as 0; the note quotes what the editor wrote.
 */
export function wholeNumber(element: Element, attribute: string, value: number, rule: WholeNumberRule, hints?: string[]): number {
  const { min, max, fallback } = rule;
  if (Number.isInteger(value) && value >= min && (max === undefined || value <= max)) return value;
  if (hints) {
    const written = element.getAttribute(attribute) ?? String(value);
    hints.push(
      max === undefined
        ? msg(str`Attribut ${attribute} : « ${written} » n'est pas un nombre entier à partir de ${min} ; ${fallback} est utilisé.`, {
            id: 'hint.whole-number',
          })
        : msg(str`Attribut ${attribute} : « ${written} » n'est pas un nombre entier de ${min} à ${max} ; ${fallback} est utilisé.`, {
            id: 'hint.whole-number-range',
          }),
    );
  }
  return fallback;
}

/** A heading `steps` levels below `level`, never deeper than HTML's sixth. */
export function subLevel(level: number, steps: number): number {
  return Math.min(HEADING_LEVEL.max!, level + steps);
}

/** What every data widget reads the same way: `timeout` and `heading-level`, with the editor's notes. */
export function commonSettings(element: Element & { timeout: number; headingLevel: number }): { headingLevel: number; hints: string[] } {
  const hints: string[] = [];
  wholeNumber(element, 'timeout', element.timeout, TIMEOUT, hints);
  const headingLevel = wholeNumber(element, 'heading-level', element.headingLevel, HEADING_LEVEL, hints);
  return { headingLevel, hints };
}

/** The visible notes for the site editor (a mistyped attribute value), above the widget. */
export function renderHints(element: Element, messages: readonly string[]): unknown {
  if (messages.length === 0) return nothing;
  messages.forEach((message) => reportConfig(element, message));
  return html`<div part="hint" class="irev-hint" role="note">${messages.map((message) => html`<p>${message}</p>`)}</div>`;
}
