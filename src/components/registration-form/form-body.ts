import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import { markLang, type Lang } from '../../core/localization.js';
import type { RetryNotice } from '../../core/registration/transport.js';
import type { Cite } from '../../schemas/cite.js';
import type { IrevEvent } from '../../schemas/event.js';
import { choiceField, citeOptions, roleOptions, selectField, textField, type FieldContext } from './form-fields.js';
import { dateLine, whenText } from '../event-card/render-event.js';
import { draftNote, fieldLabels, sendingText } from './form-template.js';
import { offersChoiceOfAttendance, type Field } from './form-validation.js';

/** What the form shows, and where the visitor's actions go. */
export interface FormModel extends FieldContext {
  lang: Lang;
  /** The events open to registration: a choice when there are several. */
  open: readonly IrevEvent[];
  chosen?: IrevEvent;
  consent: boolean;
  /** The cités of `cites-src`, or undefined for a text field (no `cites-src`, or it could not be read). */
  cites?: readonly Cite[];
  privacyHref?: string;
  sending: boolean;
  retry?: RetryNotice;
  /** Why the last send failed, and whether asking again may help. */
  failure?: { message: string; retryable: boolean };
  draft: { kept: boolean; restored: boolean };
  /** What the live region says when nothing is being sent (answers cleared, send cancelled). */
  notice?: string;
  onToggle: (field: Field, value: string, on: boolean) => void;
  onConsent: (on: boolean) => void;
  onSubmit: (event: SubmitEvent) => void;
  onCancel: () => void;
  onRetry: () => void;
  onClear: () => void;
}

function consentField(model: FormModel): TemplateResult {
  const error = model.errors.consent;
  const privacy = model.privacyHref
    ? html` <a href=${model.privacyHref} target="_blank" rel="noopener"
        >${msg('Comment vos données sont traitées', { id: 'form.consent.privacy' })}<span class="visually-hidden">
          ${msg('(nouvelle fenêtre)', { id: 'event.new-window' })}</span
        ></a
      >`
    : nothing;
  return html`<div class="field choice consent" part="field">
    ${error ? html`<p class="error" id="f-consent-error">${error}</p>` : nothing}
    <input
      type="checkbox"
      id="f-consent"
      name="consent"
      required
      .checked=${live(model.consent)}
      aria-invalid=${error ? 'true' : nothing}
      aria-describedby=${error ? 'f-consent-error' : nothing}
      @change=${(event: Event) => model.onConsent((event.target as HTMLInputElement).checked)}
      @blur=${() => model.onLeave('consent')}
    />
    <label for="f-consent">
      ${msg("J'accepte que mes données servent à gérer mon inscription à cet événement.", { id: 'form.consent' })}<span
        class="required"
        aria-hidden="true"
        >*</span
      >${privacy}
    </label>
  </div>`;
}

/**
 * The field a bot fills and a person never sees: hidden from screen readers and out of the tab order; with styles
 * off, its label tells a person, in the widget's language, to leave it empty (RGAA 10.3).
 */
const honeypot = () =>
  html`<div class="trap" aria-hidden="true">
    <label for="f-website">${msg('Laissez ce champ vide', { id: 'form.trap' })}</label>
    <input id="f-website" name="website" type="text" tabindex="-1" autocomplete="off" />
  </div>`;

/** True when some answer is typed (the event chosen aside): there is then something on the device to clear. */
const hasAnswers = (answers: FieldContext['answers']) =>
  Object.entries(answers).some(([field, answer]) => field !== 'event' && answer !== undefined && answer.length > 0);

/** The registration form itself: the event (a choice when several are open), the visitor's answers, consent, send. */
export function renderForm(model: FormModel): TemplateResult {
  const labels = fieldLabels();
  const { chosen } = model;
  const sessions = chosen?.sessions ?? [];
  return html`<form part="form" novalidate @submit=${model.onSubmit}>
    <p class="note">${msg('Les champs marqués d\u2019un astérisque (*) sont obligatoires.', { id: 'form.required-note' })}</p>
    ${
      model.open.length > 1
        ? choiceField('event', model, {
            legend: msg('Événement', { id: 'form.field.event' }),
            required: true,
            choices: model.open.map((event) => ({
              value: event.id,
              label: html`<span lang=${markLang(event.lang, model.lang) ?? nothing}>${event.title}</span>
                <span class="hint">— ${whenText(event, model.lang)}</span>`,
            })),
            onChange: (value, on) => model.onToggle('event', value, on),
          })
        : nothing
    }
    ${
      sessions.length > 0
        ? choiceField('sessions', model, {
            legend: msg('Séances auxquelles vous participerez', { id: 'form.field.sessions.legend' }),
            multiple: true,
            choices: sessions.map((session) => ({
              value: session.id,
              label: html`<span lang=${markLang(chosen!.lang, model.lang) ?? nothing}>${session.title}</span>
                <span class="hint">— ${dateLine({ ...chosen!, ...session }, model.lang)}</span>`,
            })),
            onChange: (value, on) => model.onToggle('sessions', value, on),
          })
        : nothing
    }
    <div class="pair">
      ${textField('firstName', model, { label: labels.firstName!, autocomplete: 'given-name', required: true })}
      ${textField('lastName', model, { label: labels.lastName!, autocomplete: 'family-name', required: true })}
    </div>
    ${textField('email', model, {
      label: labels.email!,
      type: 'email',
      autocomplete: 'email',
      required: true,
      hint: msg('Par exemple nom@exemple.fr : la confirmation y sera envoyée.', { id: 'form.hint.email' }),
    })}
    ${textField('organisation', model, { label: labels.organisation!, autocomplete: 'organization' })}
    ${selectField('role', model, {
      label: labels.role!,
      autocomplete: 'organization-title',
      options: roleOptions(String(model.answers.role ?? '')),
    })}
    ${
      model.cites
        ? selectField('cite', model, {
            label: labels.cite!,
            options: citeOptions(model.cites, String(model.answers.cite ?? ''), model.lang),
          })
        : textField('cite', model, { label: labels.cite! })
    }
    ${
      offersChoiceOfAttendance(chosen)
        ? choiceField('attendance', model, {
            legend: msg('Vous participerez', { id: 'form.field.attendance.legend' }),
            required: true,
            choices: [
              { value: 'in-person', label: msg('Sur place', { id: 'form.attendance.in-person' }) },
              { value: 'online', label: msg('En ligne', { id: 'event.online' }) },
            ],
            onChange: (value, on) => model.onToggle('attendance', value, on),
          })
        : nothing
    }
    ${textField('accessibility', model, {
      label: labels.accessibility!,
      multiline: true,
      hint: msg('Accès en fauteuil, interprète LSF, boucle magnétique… Nous nous organiserons.', { id: 'form.hint.accessibility' }),
    })}
    ${textField('comment', model, { label: labels.comment!, multiline: true })} ${honeypot()} ${consentField(model)}
    ${draftNote(model.draft.kept, model.draft.restored, hasAnswers(model.answers), model.onClear)}
    ${
      model.failure
        ? html`<div part="error" class="irev-state irev-error" role="alert">
            <p>${model.failure.message}</p>
            ${
              model.failure.retryable
                ? html`<button part="retry-button" class="irev-button" type="button" @click=${model.onRetry}>
                    ${msg('Réessayer', { id: 'state.retry' })}
                  </button>`
                : nothing
            }
          </div>`
        : nothing
    }
    <div class="actions">
      <button part="submit-button" class="irev-button" type="submit" aria-disabled=${model.sending ? 'true' : 'false'}>
        ${msg("Envoyer l'inscription", { id: 'form.submit' })}
      </button>
      ${
        model.sending
          ? html`<button part="cancel-button" class="irev-button irev-button--secondary" type="button" @click=${model.onCancel}>
              ${msg("Annuler l'envoi", { id: 'form.cancel' })}
            </button>`
          : nothing
      }
    </div>
    <div part="status" class="sending" role="status">${model.sending ? sendingText(model.retry) : (model.notice ?? nothing)}</div>
  </form>`;
}
