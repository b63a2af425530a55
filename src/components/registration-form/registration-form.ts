import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import { IrevElement } from '../../core/base-element.js';
import { DataSourceController, type LoadedPage } from '../../core/data-source.js';
import { checkedValue, commonSettings, HEADING_LEVEL, renderHints } from '../../core/hints.js';
import { listenForRegistrations } from '../../core/registration-link.js';
import { baseStyles } from '../../core/styles.js';
import { parseList } from '../../core/text.js';
import { event as eventSchema, type IrevEvent } from '../../schemas/event.js';
import type { Cite } from '../../schemas/cite.js';
import type { Registration } from '../../schemas/registration.js';
import { eventCardStyles } from '../event-card/event-card.styles.js';
import { closedMessage, closedReason } from './closed-reasons.js';
import { renderForm } from './form-body.js';
import { destinationOf, loadCites, REGISTRATION_FORMATS, type FormDetails } from './form-settings.js';
import { renderConfirmation, renderPending } from './form-outcome.js';
import { clearDraft, loadDraft, saveDraft, type Answers } from './form-storage.js';
import { RegistrationSender } from './form-sender.js';
import { formStyles } from './registration-form.styles.js';
import { errorSummary, eventSummary, fieldLabels } from './form-template.js';
import { fieldError, validate, type Field, type FieldErrors } from './form-validation.js';
import { controlId } from './form-fields.js';

/** What the form shows of the events read: those it offers (open or not), those open now. */
interface FormView {
  candidates: IrevEvent[];
  open: IrevEvent[];
  shown: number;
  hints: string[];
}

/**
 * @summary Registration for a meeting or a webinar, sent as JSON or to a Drupal webform (webform_rest), losing
 * nothing: the answers stay on the device until the server confirms, a failed send is retried with the same key,
 * a registration made offline leaves once the browser is back online.
 * @tag irev-registration-form
 *
 * @csspart hint - Notes for the site editor about a mistyped or missing attribute.
 * @csspart title - The heading of the form, of the confirmation, of the pending notice.
 * @csspart event - The event registered for: title, date, place.
 * @csspart closed - Why registration is closed.
 * @csspart form - The form.
 * @csspart field - One field with its label, hint and error.
 * @csspart error-summary - The errors of a failed send, each a link to its field.
 * @csspart draft - Where the answers are kept, and the button that clears them.
 * @csspart clear-button - The button that clears the answers from the device.
 * @csspart submit-button - The send button.
 * @csspart cancel-button - The button that stops a send under way.
 * @csspart status - What is being sent, or the loading message.
 * @csspart error - Why the send failed, or why the data could not be read.
 * @csspart retry-button - The button that sends again, or asks the source again.
 * @csspart confirmation - The confirmation and what happens next.
 * @csspart again-button - The button that starts another registration.
 * @csspart pending - The notice of a registration waiting for the network.
 * @csspart calendar - The « Ajouter à mon agenda » menu of the confirmation.
 * @csspart empty - The message shown when no event takes registrations.
 *
 * @cssstate sending - A registration is on its way (retries included).
 * @cssstate sent - The server confirmed the registration.
 * @cssstate pending - The registration waits on the device for the network.
 * @cssstate failed - The last send failed; the answers are kept.
 * @cssstate closed - Registration is closed for every event offered.
 *
 * @event {CustomEvent<IrevLoadDetail>} irev-load - The events are read: how many the form offers, of how many.
 * @event {CustomEvent<IrevErrorDetail>} irev-error - The events could not be read, or a registration was refused or failed.
 * @event {CustomEvent<IrevSubmitDetail>} irev-submit - A valid registration is about to be sent; cancel it to send it yourself.
 * @event {CustomEvent<IrevSubmittedDetail>} irev-submitted - The server confirmed the registration, with its id.
 */
export class IrevRegistrationForm extends IrevElement {
  static override styles = [baseStyles, eventCardStyles, formStyles];

  /** Lit's reactive properties, declared without decorators (fewer bytes on every page); each is documented at its field. */
  static override properties: PropertyDeclarations = {
    src: {},
    data: { attribute: false },
    timeout: { type: Number },
    headingLevel: { type: Number, attribute: 'heading-level' },
    event: {},
    action: {},
    format: {},
    webformId: { attribute: 'webform-id' },
    fields: {},
    citesSrc: { attribute: 'cites-src' },
    privacyHref: { attribute: 'privacy-href' },
    answers: { state: true },
    consent: { state: true },
    errors: { state: true },
    summary: { state: true },
    cites: { state: true },
  };
  /** Fewer milliseconds than this between the form shown and sent is a bot's speed. @internal */
  protected static minFillMs = 2500;

  private readonly sender = new RegistrationSender(this, {
    action: () => destinationOf(this, this.format === 'webform' ? 'webform' : 'json', []).destination?.action,
    onSent: () => this.forget(),
    onInvalid: (errors, general) => {
      this.errors = Object.fromEntries(Object.entries(errors).filter(([field]) => field in fieldLabels()));
      this.summary = { general };
      this.focusNext = '[part~="error-summary"]';
    },
    focus: (selector) => {
      this.focusNext = selector;
      this.requestUpdate();
    },
  });

  private readonly source = new DataSourceController<IrevEvent, FormView>(this, {
    schema: eventSchema,
    collection: 'events',
    view: ([page]) => this.select(page),
  });

  /** URL of the events JSON file (`{"events": [...]}`). */
  src = '';
  /** The events as a value, instead of `src`. */
  data?: unknown;
  /** Milliseconds before the source is given up. */
  timeout = 10000;
  /** Level of the form's heading (2 by default). */
  headingLevel = 2;
  /** Id of the event, or several (comma-separated) for a choice; without it, every event neither over nor cancelled. */
  event = '';
  /** Where registrations are sent: the JSON endpoint, or the Drupal site with `format="webform"`. */
  action = '';
  /** `json` (POST the registration as JSON) or `webform` (Drupal webform_rest). */
  format = 'json';
  /** The webform's machine name, with `format="webform"`. */
  webformId = '';
  /** Webform element keys for registration fields, with `format="webform"`: `firstName: prenom, email: courriel`. */
  fields = '';
  /** URL of the cités JSON file: the cité is then chosen in a list grouped by département. */
  citesSrc = '';
  /** The page that says how personal data is processed, linked beside the consent box. */
  privacyHref = '';

  private answers: Answers = {};
  private consent = false;
  private errors: FieldErrors = {};
  private summary?: { general?: string };
  private cites?: Cite[];
  private details: FormDetails = { headingLevel: HEADING_LEVEL.fallback, hints: [] };
  private draft = { kept: true, restored: false };
  private shownAt = Date.now();
  private focusNext?: string;
  /** An event chosen on a card before the events were read. */
  private preselect?: string;
  /** The form was chosen from a card: it scrolls to itself before taking the focus. */
  private bringIntoView = false;
  private stopListening?: () => void;

  /** Name of this form's draft: one per page and form. */
  private get draftName(): string {
    return `${location.pathname}|${this.id || this.event || this.src}`;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopListening = listenForRegistrations(this, (id) => this.take(id));
    const saved = loadDraft(this.draftName);
    if (saved && Object.values(saved).some((answer) => answer && answer.length > 0)) {
      this.answers = saved;
      this.draft = { kept: true, restored: true };
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening?.();
  }

  private select({ items }: LoadedPage<IrevEvent>): FormView {
    const now = this.currentDate;
    const ids = parseList(this.event, ',');
    const hints: string[] = [];
    const candidates = ids.length
      ? ids.flatMap((id) => items.filter((event) => event.id === id).slice(0, 1))
      : items.filter((event) => !event.cancelled && closedReason(event, now) !== 'over');
    const unknown = ids.filter((id) => !items.some((event) => event.id === id)).join(', ');
    if (unknown) hints.push(msg(str`Attribut event : aucun événement ne porte l'identifiant « ${unknown} ».`, { id: 'form.hint.event' }));
    const open = candidates.filter((event) => !closedReason(event, now));
    return { candidates, open, shown: candidates.length, hints };
  }

  /** The event the answers are for: the only one open, else the one chosen. */
  private get chosen(): IrevEvent | undefined {
    const open = this.source.view?.open ?? [];
    return open.length === 1 ? open[0] : open.find((event) => event.id === this.answers.event);
  }

  private get answersWithEvent(): Answers {
    return { ...this.answers, event: this.chosen?.id ?? this.answers.event };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const { headingLevel, hints } = commonSettings(this);
    const format = checkedValue('format', this.format, REGISTRATION_FORMATS, hints);
    this.details = { headingLevel, hints, ...destinationOf(this, format, hints) };
    if (changed.has('citesSrc')) void loadCites(this.citesSrc, this.source.timeout).then((cites) => (this.cites = cites));
  }

  protected override update(changed: PropertyValues): void {
    // The data source computed its view in its hostUpdate, after willUpdate: what depends on it is settled here.
    const open = this.source.view?.open;
    if (this.preselect && open) {
      if (open.some((event) => event.id === this.preselect)) this.answers = { ...this.answers, event: this.preselect };
      this.preselect = undefined;
      this.focusNext = '[part~="title"]';
    }
    this.toggleState('closed', this.source.state === 'ready' && open?.length === 0 && this.sender.phase === 'editing');
    super.update(changed);
  }

  protected override firstUpdated(): void {
    this.shownAt = Date.now();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const selector = this.focusNext;
    if (!selector || !this.hasUpdated) return;
    this.focusNext = undefined;
    const target = this.renderRoot.querySelector<HTMLElement>(selector);
    if (!target) return;
    // Chosen on a card elsewhere on the page: the form comes to the top of the view, as the anchor would have brought it.
    const scroll = this.bringIntoView;
    this.bringIntoView = false;
    if (scroll) this.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: scroll });
  }

  /** A card's « S'inscrire » chose an event: preselect it, and bring the form to the visitor. */
  private take(id: string): void {
    this.preselect = id;
    this.bringIntoView = true;
    if (this.sender.phase === 'sent') this.sender.restart();
    this.requestUpdate();
  }

  private input(field: Field, value: string): void {
    this.answers = { ...this.answers, [field]: value };
    this.draft = { ...this.draft, kept: saveDraft(this.draftName, this.answers) };
    this.sender.say();
    // A message shown goes as soon as the answer is right; a new one waits until the field is left.
    if (this.errors[field]) this.leave(field);
  }

  private toggle(field: Field, value: string, on: boolean): void {
    if (field !== 'sessions') return this.input(field, value);
    const sessions = new Set(this.answers.sessions ?? []);
    if (on) sessions.add(value);
    else sessions.delete(value);
    this.answers = { ...this.answers, sessions: [...sessions] };
    this.draft = { ...this.draft, kept: saveDraft(this.draftName, this.answers) };
  }

  private leave(field: Field): void {
    this.speak(() => this.showError(field));
  }

  private showError(field: Field): void {
    const error = fieldError(field, this.answersWithEvent, this.consent, this.chosen);
    if (error === this.errors[field]) return;
    const errors = { ...this.errors };
    if (error) errors[field] = error;
    else delete errors[field];
    this.errors = errors;
  }

  /** « Effacer mes réponses » goes with the answers: the focus goes to the first answer to type again (RGAA 12.8). */
  private clear(): void {
    this.speak(() => this.forgetAnswers());
    this.focusNext = `#${controlId('firstName')}`;
  }

  private forgetAnswers(): void {
    clearDraft(this.draftName);
    this.answers = {};
    this.consent = false;
    this.errors = {};
    this.summary = undefined;
    this.draft = { ...this.draft, restored: false };
    this.sender.say(msg('Vos réponses ont été effacées de cet appareil.', { id: 'form.draft.cleared' }));
  }

  private submit(submit: SubmitEvent): void {
    submit.preventDefault();
    this.speak(() => this.check(submit));
  }

  private check(submit: SubmitEvent): void {
    if (this.sender.phase === 'sending') return;
    const { registration, errors } = validate(this.answersWithEvent, this.consent, this.chosen);
    this.errors = errors;
    this.sender.say();
    if (!registration) {
      this.summary = {};
      this.focusNext = '[part~="error-summary"]';
      return;
    }
    this.summary = undefined;
    const trap = (submit.currentTarget as HTMLFormElement).querySelector<HTMLInputElement>('#f-website')!;
    if (trap.value || Date.now() - this.shownAt < (this.constructor as typeof IrevRegistrationForm).minFillMs) {
      // A bot's answers, or a person's sent at a bot's speed: nothing leaves, and a person may send again.
      trap.value = '';
      this.shownAt = Date.now();
      this.sender.refuse(
        msg("L'inscription n'est pas partie : relisez vos réponses, puis envoyez-la de nouveau.", { id: 'form.too-fast' }),
      );
      return;
    }
    const destination = this.details.destination;
    if (destination && this.emit('irev-submit', { registration }, { cancelable: true })) void this.sender.submit(registration, destination);
  }

  /** The server has the registration: the answers leave the form and the device. */
  private forget(): void {
    clearDraft(this.draftName);
    this.answers = {};
    this.consent = false;
    this.draft = { ...this.draft, restored: false };
  }

  private again(): void {
    this.sender.restart();
    this.shownAt = Date.now();
    this.focusNext = '[part~="title"]';
  }

  private renderReady(view: FormView, page: LoadedPage<IrevEvent>) {
    const level = this.details.headingLevel;
    const lang = this.resolvedLang;
    const title = html`<div part="title" class="title" role="heading" aria-level=${level} tabindex="-1">
      ${msg('Inscription', { id: 'form.title' })}
    </div>`;
    const sent = this.sender.sent;
    if (this.sender.phase === 'sent' && sent) {
      const event = page.items.find((item) => item.id === sent.registration.event);
      return renderConfirmation(sent, event, { base: page.base, now: this.currentDate, lang, level, timeout: this.source.timeout }, () =>
        this.again(),
      );
    }
    if (view.shown === 0)
      return html`<p part="empty" class="irev-state">
        ${msg("Aucun événement n'est ouvert aux inscriptions pour le moment.", { id: 'form.none' })}
      </p>`;
    if (view.open.length === 0) {
      return html`${title}${view.candidates.map(
        (event) =>
          html`${eventSummary(event, lang)}
            <p part="closed" class="irev-state closed">${closedMessage(closedReason(event, this.currentDate)!, event, lang)}</p>`,
      )}`;
    }
    const chosen = this.chosen;
    if (!this.details.destination) {
      return html`${title}${chosen ? eventSummary(chosen, lang) : nothing}
        <p class="irev-state">${msg("L'inscription en ligne n'est pas encore possible ici.", { id: 'form.no-action' })}</p>`;
    }
    return html`${title}${chosen ? eventSummary(chosen, lang) : nothing}
    ${this.summary && (Object.keys(this.errors).length > 0 || this.summary.general) ? errorSummary(this.errors, fieldLabels(), this.summary.general) : nothing}
    ${renderForm({
      lang,
      open: view.open,
      chosen,
      answers: this.answersWithEvent,
      errors: this.errors,
      consent: this.consent,
      cites: this.cites,
      privacyHref: this.details.privacyHref,
      sending: this.sender.phase === 'sending',
      retry: this.sender.retry,
      failure: this.sender.failure,
      notice: this.sender.notice,
      draft: this.draft,
      onInput: (field, value) => this.input(field, value),
      onLeave: (field) => this.leave(field),
      onToggle: (field, value, on) => this.toggle(field, value, on),
      onConsent: (on) => {
        this.consent = on;
        if (this.errors.consent) this.leave('consent');
      },
      onSubmit: (event) => void this.submit(event),
      onCancel: () => this.sender.cancel(),
      onRetry: () => this.sender.again(),
      onClear: () => this.clear(),
    })}`;
  }

  protected override render() {
    const view = this.source.state === 'error' ? undefined : this.source.view;
    const hints = [...this.details.hints, ...(view?.hints ?? [])];
    // The form has its own live region; without the form (confirmation, pending), this one says what happened by itself.
    const phase = this.sender.phase;
    const outside = html`<div class="visually-hidden" role="status">
      ${phase === 'sent' || phase === 'pending' ? (this.sender.notice ?? nothing) : nothing}
    </div>`;
    // One template in every phase: the live region above stays the same node, so that what it says is announced.
    return html`${renderHints(this, hints)}${
      phase === 'pending'
        ? renderPending(this.details.headingLevel, () => this.sender.again())
        : this.source.render({
            ready: (ready, [page]) => this.renderReady(ready, page),
            empty: () =>
              html`<p part="empty" class="irev-state">
                ${msg("Aucun événement n'est ouvert aux inscriptions pour le moment.", { id: 'form.none' })}
              </p>`,
          })
    }${outside}`;
  }
}

/** Detail of `irev-submit`: the registration about to be sent. */
export interface IrevSubmitDetail {
  registration: Registration;
}
/** Detail of `irev-submitted`: the server's id for the registration. */
export interface IrevSubmittedDetail {
  id: string;
  registration: Registration;
}

declare module '../../core/events.js' {
  interface IrevEventMap {
    'irev-submit': IrevSubmitDetail;
    'irev-submitted': IrevSubmittedDetail;
  }
}
