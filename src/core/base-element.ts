import {
  LitElement,
  ReactiveElement,
  html,
  render,
  type CSSResultGroup,
  type CSSResultOrNative,
  type PropertyDeclarations,
  type PropertyValues,
} from 'lit';
import { msg, str } from '@lit/localize';
import { describeError, toDataError } from './data-error.js';
import { isoDateProblem, onClockChange, resolveNow } from './dates.js';
import type { IrevEventMap } from './events.js';
import { reportConfig } from './hints.js';
import { inLang, loadLang, resolveLang, type Lang } from './localization.js';
import { inSiteRem } from './root-size.js';

/** Version of this copy of the library, to tell two copies on one page apart. */
export const VERSION: string = __IREV_VERSION__;

export type WidgetState = 'loading' | 'error' | 'empty' | 'ready';

const connected = new Set<IrevElement>();
let langObserver: MutationObserver | undefined;

// Dates are read another way from now on (paris-time.ts): every widget shows its dates again.
onClockChange(() => connected.forEach((element) => element.requestUpdate()));

/** Re-renders every widget when a `lang` changes anywhere above them (the page switches language). */
function watchPageLang(): void {
  if (langObserver) return;
  langObserver = new MutationObserver(() => connected.forEach((element) => element.requestUpdate()));
  langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** The property an observed attribute sets (`heading-level` → `headingLevel`), from Lit's declarations. */
function propertyOf(elementClass: typeof ReactiveElement, attribute: string): PropertyKey | undefined {
  for (const [key, options] of elementClass.elementProperties) {
    const name = typeof options.attribute === 'string' ? options.attribute : String(key).toLowerCase();
    if (options.attribute !== false && name === attribute) return key;
  }
  return undefined;
}

/**
 * The thin base of every irev element: language resolution, the `now` attribute,
 * custom states, a typed `emit()`, and a render that never lets an exception blank the page.
 *
 * @attr {'fr' | 'en'} lang - Language of the widget (`fr` or `en`); else the nearest ancestor's `lang`, else `fr`.
 * @cssstate loading - The data is being read.
 * @cssstate error - The data could not be read or shown.
 * @cssstate empty - There is nothing to show.
 * @cssstate ready - The data is shown.
 */
export class IrevElement extends LitElement {
  /** Version of the library that defined this element (read by `define()` when two copies meet). @internal */
  static readonly version = VERSION;

  /** Lit's reactive properties, declared without decorators (fewer bytes on every page); each is documented at its field. */
  static override properties: PropertyDeclarations = { now: {} };

  private readonly internals = this.attachInternals();

  /** Stands for the present (ISO 8601), so stories and tests look the same every day. Defaults to the real date. */
  now?: string;

  /** The language this widget renders in: its own `lang`, else the nearest ancestor's, else `fr`. */
  protected resolvedLang: Lang = 'fr';

  /** Every rem of the element's styles counts in `--irev-rem`, so a theme's root size does not shrink it (root-size.ts). */
  protected static override finalizeStyles(styles?: CSSResultGroup): CSSResultOrNative[] {
    return inSiteRem(super.finalizeStyles(styles));
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** Each attribute's property as the element began with it, so that removing the attribute brings it back. */
  private readonly initialValues = new Map<PropertyKey, unknown>();

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'lang') {
      if (old !== value) this.requestUpdate();
      return;
    }
    const key = propertyOf(this.constructor as typeof ReactiveElement, name);
    const self = this as unknown as Record<PropertyKey, unknown>;
    if (key !== undefined && !this.initialValues.has(key)) this.initialValues.set(key, self[key]);
    // A removed attribute means the default again, not the value `null` (« valeur inconnue « null » »).
    if (key !== undefined && value === null) self[key] = this.initialValues.get(key);
    else super.attributeChangedCallback(name, old, value);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    watchPageLang();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
  }

  /** The present, as given by `now` or the clock. @internal */
  get currentDate(): Date {
    return resolveNow(this.now);
  }

  /** Dispatches one of the library's events: bubbling, composed, typed by name. @internal */
  emit<K extends keyof IrevEventMap>(name: K, detail: IrevEventMap[K], options: { cancelable?: boolean } = {}): boolean {
    /** @ignore Not an event named `name` for the manifest: each element documents what it emits with `@event`. */
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }));
  }

  /** The states shown, also kept here for browsers whose ElementInternals has no usable CustomStateSet. */
  private readonly shownStates = new Set<string>();

  /** Sets the custom state (`:state(loading)`) and `aria-busy`. @internal */
  setState(state: WidgetState): void {
    for (const name of ['loading', 'error', 'empty', 'ready'] as const) this.toggleState(name, name === state);
    this.internals.ariaBusy = state === 'loading' ? 'true' : 'false';
  }

  /** Sets or clears one custom state (the form's `:state(sending)`). @internal */
  toggleState(name: string, on: boolean): void {
    if (on) this.shownStates.add(name);
    else this.shownStates.delete(name);
    try {
      if (on) this.internals.states.add(name);
      else this.internals.states.delete(name);
    } catch {
      // No CustomStateSet (Safari < 17.4, Firefox < 126) or its dashed-only form (Chrome < 125): the widget works,
      // only the host's :state() rules do not apply.
    }
  }

  /** True while the element shows the given state. @internal */
  hasState(state: WidgetState | (string & {})): boolean {
    return this.shownStates.has(state);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const problem = changed.has('now') && this.now ? isoDateProblem(this.now) : undefined;
    if (problem) {
      const value = this.now;
      reportConfig(
        this,
        msg(str`Attribut now : « ${value} » n'est pas une date (${problem}) ; l'heure réelle est utilisée.`, { id: 'hint.now' }),
      );
    }
  }

  /**
   * Runs `run` in this widget's language: for messages written outside an update (an event handler, an answer from a
   * server), which would otherwise speak the page's default language (RGAA 8.7). @internal
   */
  speak<R>(run: () => R): R {
    return inLang(resolveLang(this), run);
  }

  /** An update waits for the widget's language when it is a file not loaded yet: the widget never shows French first. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const waiting = loadLang(resolveLang(this));
    return waiting ? waiting.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /**
   * The whole update (willUpdate, controllers, render, updated) runs in this widget's language: msg() answers in it,
   * whatever language another widget of the page speaks (RGAA 8.7).
   */
  protected override performUpdate(): void {
    this.resolvedLang = resolveLang(this);
    inLang(this.resolvedLang, () => super.performUpdate());
  }

  protected override update(changed: PropertyValues): void {
    try {
      super.update(changed);
    } catch (error) {
      // A bug or unexpected data in one widget must not take the rest of the page down.
      console.error(`irev-widgets <${this.localName}>:`, error);
      // LitElement.update threw before ReactiveElement.update marked the cycle done: mark it, or no update would follow.
      (ReactiveElement.prototype as unknown as { update(changed: PropertyValues): void }).update.call(this, changed);
      this.setState('error');
      // Lit keeps one root part per container: rendering the notice through it lets the next good update replace it.
      render(html`<p part="error" role="alert">${describeError(toDataError(error))}</p>`, this.renderRoot, this.renderOptions);
    }
  }

  protected override render(): unknown {
    return html``;
  }
}

/** Defines a custom element once; a second definition (two script tags, two copies) is tolerated. */
export function define(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, constructor);
    return;
  }
  if (existing !== constructor) {
    const other = (existing as unknown as { version?: string }).version;
    console.warn(
      `irev-widgets: <${tag}> is already defined${other && other !== VERSION ? ` by version ${other}` : ''}; this copy (${VERSION}) is not used.`,
    );
  }
}
