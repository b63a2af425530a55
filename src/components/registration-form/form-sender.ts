import type { ReactiveController } from 'lit';
import { msg, str } from '@lit/localize';
import type { IrevElement } from '../../core/base-element.js';
import { loadModule } from '../../core/load-module.js';
import type { Destination, RetryNotice, SendOutcome } from '../../core/registration/transport.js';
import type { Registration } from '../../schemas/registration.js';
import { dequeue, enqueue, newKey, queued, type Queued } from './form-storage.js';
import type { FieldErrors } from './form-validation.js';

export type Phase = 'editing' | 'sending' | 'sent' | 'pending' | 'failed';

/** How long the transport's file may take to arrive (as one attempt of a send). */
const TRANSPORT_LOAD_MS = 20_000;

/**
 * The transport (attempts, retries, Drupal's webform) is a file of its own, loaded when first needed: the visitor
 * starts filling a form in, sends, or a registration waits on the device. A page that only shows the form never
 * downloads it.
 */
const transport = () => loadModule('transport', TRANSPORT_LOAD_MS);

/** Queued registrations a form of this page is sending: two forms never send the same one. */
const claimed = new Set<string>();

/** What the sender asks of its form. */
export interface SenderHooks {
  /** Where this form sends: the queued registrations for it are resumed. */
  action: () => string | undefined;
  /** The server confirmed: the answers and the draft go. */
  onSent: (registration: Registration) => void;
  /** The server refused answers: the form shows them by field, or `general` when none is a known field. */
  onInvalid: (errors: FieldErrors, general?: string) => void;
  /** Moves the focus to the first element matching `selector` once rendered. */
  focus: (selector: string) => void;
}

/**
 * Sends a form's registrations and owns the steps a visitor sees (sending, retrying, sent, pending offline, failed) as
 * custom states: every send of one registration carries the same Idempotency-Key, a registration stays queued on the
 * device until a server answers, and one made offline leaves when the browser is back online or at the next visit.
 */
export class RegistrationSender implements ReactiveController {
  /** Retries and their backoff, passed to the transport (tests shorten the waits). */
  static timing: { retries?: number; baseDelayMs?: number; maxDelayMs?: number } = {};

  phase: Phase = 'editing';
  retry?: RetryNotice;
  /** Why the last send failed, and whether asking again may help. */
  failure?: { message: string; retryable: boolean };
  /** What the live region says when nothing is being sent. */
  notice?: string;
  sent?: { id: string; registration: Registration };
  private entry?: Queued;
  private abort?: AbortController;
  private readonly onOnline = () => this.resume();
  /** Fetched while the visitor fills the form in, so that a send made offline later still has it. */
  private readonly onFocus = () => void transport().catch(() => undefined);

  constructor(
    private readonly host: IrevElement,
    private readonly hooks: SenderHooks,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('online', this.onOnline);
    this.host.addEventListener('focusin', this.onFocus, { once: true });
    this.resume();
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.onOnline);
    this.host.removeEventListener('focusin', this.onFocus);
    // A registration waiting here stays on the device for another form, or the next visit.
    if (this.phase === 'pending' && this.entry) claimed.delete(this.entry.key);
  }

  hostUpdate(): void {
    for (const name of ['sending', 'sent', 'pending', 'failed'] as const) this.host.toggleState(name, this.phase === name);
  }

  private set(changes: Partial<Pick<RegistrationSender, 'phase' | 'retry' | 'failure' | 'notice' | 'sent'>>): void {
    Object.assign(this, changes);
    this.host.requestUpdate();
  }

  /** Says something in the live region (answers cleared), or nothing. */
  say(notice?: string): void {
    this.set({ notice, failure: notice ? this.failure : undefined });
  }

  /** A person's send refused before it leaves (a bot's speed), with what to do. */
  refuse(message: string): void {
    this.set({ failure: { message, retryable: false } });
  }

  /** Queues a valid registration on the device and sends it; a second call while one is on its way does nothing. */
  async submit(registration: Registration, destination: Destination): Promise<void> {
    if (this.phase === 'sending') return;
    const entry: Queued = { key: newKey(), registration, destination, queuedAt: Date.now() };
    enqueue(entry);
    claimed.add(entry.key);
    await this.send(entry, true);
  }

  /** Sends again what failed or waits for the network, with the same key. */
  again(): void {
    if (this.entry && this.phase !== 'sending') void this.send(this.entry, true);
  }

  cancel(): void {
    this.abort?.abort();
  }

  /** Back to the form after a confirmation, for another registration. */
  restart(): void {
    this.set({ phase: 'editing', sent: undefined, failure: undefined, notice: undefined });
  }

  /** Sends the registration queued for this form's destination (back online, next visit). */
  resume(): void {
    const action = this.hooks.action();
    const waiting =
      this.phase === 'pending' && this.entry
        ? this.entry
        : queued().find((entry) => entry.destination.action === action && !claimed.has(entry.key));
    if (!waiting || this.phase === 'sending') return;
    claimed.add(waiting.key);
    this.entry = waiting;
    if (navigator.onLine === false) this.set({ phase: 'pending' });
    else void this.send(waiting, false);
  }

  /**
   * Sends `entry`. `byVisitor`: the visitor pressed a button for it; else it leaves on its own (back online, next
   * visit), and the focus moves only if it was on what goes (RGAA 7.4).
   */
  private async send(entry: Queued, byVisitor: boolean): Promise<void> {
    this.entry = entry;
    // « Réessayer » and « Envoyer maintenant » go while sending: their focus goes to the send button, never to nothing.
    const onRetry = this.host.shadowRoot?.activeElement?.matches('[part~="retry-button"]');
    this.set({ phase: 'sending', retry: undefined, notice: undefined, failure: undefined });
    if (onRetry) this.hooks.focus('[part~="submit-button"]');
    const abort = (this.abort = new AbortController());
    const outcome = await transport().then(
      ({ sendRegistration }) =>
        sendRegistration(entry.registration, entry.destination, {
          ...RegistrationSender.timing,
          key: entry.key,
          signal: abort.signal,
          onRetry: (retry) => this.set({ retry }),
        }),
      // Its file did not arrive: offline, the registration waits on the device as for any send; online, the file is
      // missing or slow, and the visitor may try again (the next try asks for it again).
      (error: Error): SendOutcome =>
        abort.signal.aborted
          ? { status: 'cancelled' }
          : navigator.onLine === false
            ? { status: 'offline' }
            : { status: 'failed', message: error.message },
    );
    // The cancel button goes with the send: its focus goes to the send button, never to nothing.
    const onCancel = this.host.shadowRoot?.activeElement?.matches('[part~="cancel-button"]');
    const focusInside = byVisitor || !!this.host.shadowRoot?.activeElement;
    this.host.speak(() => this.settle(outcome, entry, focusInside));
    if (onCancel && (this.phase === 'editing' || this.phase === 'failed')) this.hooks.focus('[part~="submit-button"]');
  }

  private report(message: string, status?: number, hint = ''): string {
    this.host.emit('irev-error', { kind: status ? 'http' : 'network', status, message, hint });
    return message;
  }

  /** Shows the outcome; `moveFocus`: the visitor is acting in the form, so its focus follows the outcome. */
  private settle(outcome: SendOutcome, entry: Queued, moveFocus: boolean): void {
    if (outcome.status !== 'offline') {
      dequeue(entry.key);
      claimed.delete(entry.key);
    }
    this.retry = undefined;
    switch (outcome.status) {
      case 'sent':
        this.set({ phase: 'sent', sent: { id: outcome.id, registration: entry.registration } });
        this.hooks.onSent(entry.registration);
        if (moveFocus) this.hooks.focus('[part~="confirmation"]');
        // Left on its own: said in the live region, the focus stays where the visitor is.
        else this.say(msg('Votre inscription en attente est partie : elle est enregistrée.', { id: 'form.sent.resumed' }));
        this.host.emit('irev-submitted', { id: outcome.id, registration: entry.registration });
        return;
      case 'invalid': {
        this.set({ phase: 'editing' });
        const refused = msg('Le serveur a refusé certaines réponses : corrigez-les, puis envoyez de nouveau.', { id: 'form.invalid' });
        const known = Object.keys(outcome.fields).length > 0;
        this.report(known ? refused : outcome.message || refused, 400, outcome.message);
        this.hooks.onInvalid(outcome.fields, known ? undefined : outcome.message || refused);
        return;
      }
      case 'refused': {
        const code = outcome.httpStatus;
        // Nothing could be sent (0): the page's settings are wrong, which the visitor cannot mend.
        const message =
          code === 0
            ? msg(
                "L'inscription ne peut pas être envoyée d'ici pour le moment. Vos réponses sont gardées sur cet appareil ; écrivez à l'organisateur.",
                { id: 'form.unsendable' },
              )
            : msg(
                str`Le serveur a refusé l'inscription (erreur ${code}). Vos réponses sont gardées sur cet appareil ; si cela se reproduit, écrivez à l'organisateur.`,
                { id: 'form.refused' },
              );
        this.set({ phase: 'failed', failure: { retryable: false, message: this.report(message, code || undefined, outcome.message) } });
        return;
      }
      case 'failed': {
        const message = msg(
          "Le serveur n'a pas pu enregistrer votre inscription. Vos réponses sont gardées : réessayez dans quelques minutes.",
          {
            id: 'form.failed',
          },
        );
        this.set({ phase: 'failed', failure: { retryable: true, message: this.report(message, outcome.httpStatus, outcome.message) } });
        return;
      }
      case 'offline':
        this.set({ phase: 'pending' });
        if (moveFocus) this.hooks.focus('[part~="pending"]');
        return;
      case 'cancelled':
        this.set({
          phase: 'editing',
          notice: msg("Envoi annulé : rien n'est parti, vos réponses sont gardées.", { id: 'form.cancelled' }),
        });
    }
  }
}
