import { msg, str } from '@lit/localize';
import { registration as registrationSchema, type Registration } from '../../schemas/registration.js';
import type { IrevEvent } from '../../schemas/event.js';
import type { Answers } from './form-storage.js';

/** A field of the form, named as the registration names it. */
export type Field = keyof Registration;
export type FieldErrors = Partial<Record<Field, string>>;

/** The fields in the order the form shows them: the error summary lists them in that order. */
export const FIELD_ORDER: readonly Field[] = [
  'event',
  'sessions',
  'firstName',
  'lastName',
  'email',
  'organisation',
  'role',
  'cite',
  'attendance',
  'accessibility',
  'comment',
  'consent',
];

/** The event does not offer both ways of attending: the answer is left out rather than refused. */
export const offersChoiceOfAttendance = (event?: IrevEvent) => !!event?.place && !!event?.online;

/** What to do about a missing or refused answer, in the visitor's words. */
function missing(field: Field): string {
  switch (field) {
    case 'event':
      return msg("Choisissez l'événement auquel vous inscrire.", { id: 'form.error.event' });
    case 'sessions':
      return msg('Choisissez les séances dans la liste.', { id: 'form.error.sessions' });
    case 'firstName':
      return msg('Indiquez votre prénom.', { id: 'form.error.first-name' });
    case 'lastName':
      return msg('Indiquez votre nom.', { id: 'form.error.last-name' });
    case 'email':
      return msg('Indiquez une adresse e-mail, par exemple nom@exemple.fr.', { id: 'form.error.email' });
    case 'role':
      return msg('Choisissez votre fonction dans la liste.', { id: 'form.error.role' });
    case 'cite':
      return msg('Choisissez votre cité éducative dans la liste, ou « Autre ou aucune ».', { id: 'form.error.cite' });
    case 'attendance':
      return msg('Indiquez si vous participerez sur place ou en ligne.', { id: 'form.error.attendance' });
    case 'consent':
      return msg("Cochez la case d'accord : sans elle, l'inscription ne peut pas être envoyée.", { id: 'form.error.consent' });
    default:
      return msg('Vérifiez cette réponse.', { id: 'form.error.other' });
  }
}

function tooLong(maximum: number, length: number): string {
  return msg(str`Raccourcissez cette réponse à ${maximum} caractères au plus (elle en compte ${length}).`, { id: 'form.error.too-long' });
}

/** The registration the answers make, with `consent` as ticked; fields left empty are left out. */
export function toRegistration(answers: Answers, consent: boolean, event?: IrevEvent): Record<string, unknown> {
  const value: Record<string, unknown> = { consent: consent || undefined };
  for (const [key, answer] of Object.entries(answers)) {
    if (key === 'sessions') continue;
    if (typeof answer === 'string' && answer.trim() !== '') value[key] = answer;
  }
  const offered = new Set(event?.sessions?.map((session) => session.id));
  const sessions = (answers.sessions ?? []).filter((id) => offered.has(id));
  if (sessions.length > 0) value.sessions = sessions;
  if (!offersChoiceOfAttendance(event)) delete value.attendance;
  return value;
}

/**
 * Checks the answers with the shared registration schema, and with what the chosen event asks (how to attend when it
 * is both in a place and online). Returns the registration, or a message per field saying what to do.
 */
export function validate(answers: Answers, consent: boolean, event?: IrevEvent): { registration?: Registration; errors: FieldErrors } {
  const value = toRegistration(answers, consent, event);
  const errors: FieldErrors = {};
  const result = registrationSchema.safeParse(value);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path[0] as Field;
      if (errors[field]) continue;
      const written = value[field];
      errors[field] =
        issue.code === 'too_big' && typeof written === 'string' ? tooLong(Number(issue.maximum), written.trim().length) : missing(field);
    }
  }
  if (offersChoiceOfAttendance(event) && !value.attendance) errors.attendance ??= missing('attendance');
  const registration = Object.keys(errors).length === 0 && result.success ? result.data : undefined;
  return { registration, errors };
}

/** The message for one field alone, as checked when the visitor leaves it. */
export function fieldError(field: Field, answers: Answers, consent: boolean, event?: IrevEvent): string | undefined {
  return validate(answers, consent, event).errors[field];
}
