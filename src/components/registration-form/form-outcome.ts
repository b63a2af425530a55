import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Registration } from '../../schemas/registration.js';
import type { IrevEvent } from '../../schemas/event.js';
import { renderCalendar, type EventContext } from '../event-card/render-event.js';
import { eventSummary } from './form-template.js';

/** The confirmation once the server has the registration: what happens next, the calendar, another registration. */
export function renderConfirmation(
  sent: { id: string; registration: Registration },
  event: IrevEvent | undefined,
  context: EventContext,
  again: () => void,
): TemplateResult {
  const email = sent.registration.email;
  const id = sent.id;
  return html`<div part="confirmation" class="outcome" role="group" tabindex="-1" aria-labelledby="outcome-title">
    <div id="outcome-title" class="title" role="heading" aria-level=${context.level}>
      ${msg('Votre inscription est enregistrée', { id: 'form.sent.title' })}
    </div>
    ${event ? eventSummary(event, context.lang) : nothing}
    ${id ? html`<p>${msg(str`Numéro d'inscription : ${id}.`, { id: 'form.sent.id' })}</p>` : nothing}
    <p>
      ${msg(str`La suite : l'équipe organisatrice vous écrira à ${email} pour confirmer votre place et vous envoyer les informations pratiques avant l'événement.`, { id: 'form.sent.next' })}
    </p>
    <p>${msg('Vos réponses ont été effacées de cet appareil.', { id: 'form.sent.cleared' })}</p>
    <div class="actions">
      ${event ? renderCalendar(event, context) : nothing}
      <button type="button" class="irev-button irev-button--secondary" part="again-button" @click=${again}>
        ${msg('Inscrire une autre personne', { id: 'form.sent.again' })}
      </button>
    </div>
  </div>`;
}

/** A registration queued on the device while the browser is offline: where it is, when it leaves. */
export function renderPending(level: number, retry: () => void): TemplateResult {
  return html`<div part="pending" class="outcome" role="group" tabindex="-1" aria-labelledby="outcome-title">
    <div id="outcome-title" class="title" role="heading" aria-level=${level}>
      ${msg("Votre inscription attend d'être envoyée", { id: 'form.pending.title' })}
    </div>
    <p>
      ${msg(
        'Vous semblez hors ligne. Votre inscription est gardée sur cet appareil et partira dès le retour de la connexion, ou à votre prochaine visite sur cette page.',
        { id: 'form.pending.text' },
      )}
    </p>
    <button type="button" class="irev-button irev-button--secondary" part="retry-button" @click=${retry}>
      ${msg('Envoyer maintenant', { id: 'form.pending.retry' })}
    </button>
  </div>`;
}
