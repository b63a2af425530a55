import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { markLang, type Lang } from '../../core/localization.js';
import type { RetryNotice } from '../../core/registration/transport.js';
import type { IrevEvent } from '../../schemas/event.js';
import { whenText } from '../event-card/render-event.js';
import { KEEP_DAYS } from './form-storage.js';
import { controlId, type FieldContext } from './form-fields.js';
import { FIELD_ORDER, type Field, type FieldErrors } from './form-validation.js';

export function eventWhere(event: IrevEvent): string {
  const place = event.place && [event.place.name, event.place.city].filter(Boolean).join(', ');
  const online = event.online && msg('En ligne', { id: 'event.online' });
  return [place, online].filter(Boolean).join(msg(' et ', { id: 'form.place-and-online' }));
}

/** What the visitor registers for: title, date in Paris time, place. */
export function eventSummary(event: IrevEvent, lang: Lang): TemplateResult {
  const where = eventWhere(event);
  return html`<p part="event" class="event">
    <strong class="event-title" lang=${markLang(event.lang, lang) ?? nothing}>${event.title}</strong>
    <span><time datetime=${event.start}>${whenText(event, lang)}</time>${where ? html` · ${where}` : nothing}</span>
  </p>`;
}

/** The errors of a failed send, each a link that moves the focus to its field. */
export function errorSummary(errors: FieldErrors, labels: Partial<Record<Field, string>>, general?: string): TemplateResult {
  const fields = FIELD_ORDER.filter((field) => errors[field]);
  const count = fields.length;
  const focusField = (click: Event, field: Field) => {
    click.preventDefault();
    const root = (click.currentTarget as Element).getRootNode() as ShadowRoot;
    const id = controlId(field);
    (root.getElementById(id) ?? root.getElementById(`${id}-0`))?.focus();
  };
  return html`<div part="error-summary" class="summary" role="group" tabindex="-1" aria-labelledby="summary-title">
    <p id="summary-title" class="summary-title">
      ${
        count === 1
          ? msg('Le formulaire contient 1 erreur :', { id: 'form.summary.one' })
          : count > 1
            ? msg(str`Le formulaire contient ${count} erreurs :`, { id: 'form.summary.many' })
            : msg("L'inscription n'a pas été acceptée :", { id: 'form.summary.general' })
      }
    </p>
    ${general ? html`<p>${general}</p>` : nothing}
    ${
      count > 0
        ? html`<ul>
            ${fields.map(
              (field) =>
                html`<li>
                  <a href="#${controlId(field)}" @click=${(click: Event) => focusField(click, field)}
                    >${labels[field]} : ${errors[field]}</a
                  >
                </li>`,
            )}
          </ul>`
        : nothing
    }
  </div>`;
}

/** The words of the live region while a registration is on its way. */
export function sendingText(retry?: RetryNotice): string {
  if (!retry) return msg('Envoi de votre inscription…', { id: 'form.sending' });
  const seconds = Math.max(1, Math.round(retry.retryInMs / 1000));
  const attempt = retry.attempt;
  return retry.reason === 'network'
    ? msg(str`La connexion a échoué : nouvel essai dans ${seconds} s (essai ${attempt}).`, { id: 'form.retry.network' })
    : msg(str`Le serveur est occupé : nouvel essai dans ${seconds} s (essai ${attempt}).`, { id: 'form.retry.server' });
}

/** Where the answers are while being typed, and how to clear them. */
export function draftNote(kept: boolean, restored: boolean, stored: boolean, clear: () => void): TemplateResult {
  if (!kept) {
    return html`<p part="draft" class="note">
      ${msg("Ce navigateur ne garde rien sur l'appareil : vos réponses seront perdues si vous quittez la page avant l'envoi.", {
        id: 'form.draft.unavailable',
      })}
    </p>`;
  }
  const days = KEEP_DAYS;
  return html`<div part="draft" class="note draft">
    <p>
      ${
        restored
          ? msg('Vos réponses précédentes ont été reprises. Cochez de nouveau la case d\u2019accord avant d\u2019envoyer.', {
              id: 'form.draft.restored',
            })
          : nothing
      }
      ${msg(str`Vos réponses sont gardées sur cet appareil jusqu'à l'envoi, ${days} jours au plus, pour que rien ne se perde.`, {
        id: 'form.draft.kept',
      })}
    </p>
    ${
      stored
        ? html`<button type="button" class="link" part="clear-button" @click=${clear}>
            ${msg('Effacer mes réponses de cet appareil', { id: 'form.draft.clear' })}
          </button>`
        : nothing
    }
  </div>`;
}

/** Labels of the fields, as the summary names them. */
export function fieldLabels(): Partial<Record<Field, string>> {
  return {
    event: msg('Événement', { id: 'form.field.event' }),
    sessions: msg('Séances', { id: 'form.field.sessions' }),
    firstName: msg('Prénom', { id: 'form.field.first-name' }),
    lastName: msg('Nom', { id: 'form.field.last-name' }),
    email: msg('Adresse e-mail', { id: 'form.field.email' }),
    organisation: msg('Organisme', { id: 'form.field.organisation' }),
    role: msg('Fonction', { id: 'form.field.role' }),
    cite: msg('Cité éducative', { id: 'form.field.cite' }),
    attendance: msg('Participation', { id: 'form.field.attendance' }),
    accessibility: msg("Besoins d'accessibilité", { id: 'form.field.accessibility' }),
    comment: msg('Commentaire', { id: 'form.field.comment' }),
    consent: msg('Accord', { id: 'form.field.consent' }),
  };
}

export type { FieldContext };
