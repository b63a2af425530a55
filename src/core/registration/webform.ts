// How a registration is written for Drupal's webform_rest, and how its answers are read back onto the form's fields.
import { registration, type Registration } from '../../schemas/registration.js';
import { parseNameMapping } from '../name-mapping.js';
import { TEXT_MAX, truncate } from '../caps.js';

export type RegistrationField = keyof Registration;
/** A name per registration field: a webform element key, or the field's own name for the JSON format. */
export type FieldNames = Record<RegistrationField, string>;

/** Every field of a registration, in the schema's order: the schema is the one list. */
export const REGISTRATION_FIELDS = Object.keys(registration.shape) as RegistrationField[];

/** `firstName` → `first_name`: Drupal's machine names are snake_case. */
const snakeCase = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** The element keys a webform built after the README uses: the snake_case of each field (`first_name`, `email`…). */
export const defaultWebformKeys: Readonly<FieldNames> = Object.fromEntries(
  REGISTRATION_FIELDS.map((field) => [field, snakeCase(field)]),
) as FieldNames;

/** Each field under its own name: how the JSON format writes and reads a registration. */
export const ownNames: Readonly<FieldNames> = Object.fromEntries(REGISTRATION_FIELDS.map((field) => [field, field])) as FieldNames;

/**
 * A `fields` attribute (`firstName: prenom, email: courriel`, `=` works too): the element key of each registration
 * field the webform names differently, and the keys that are no registration field (typos, for the editor's hint).
 * An empty key (`comment:`) leaves that field out of the submission, for a webform without that element.
 */
export function parseWebformFields(value: string | null | undefined): {
  fields: Partial<Record<RegistrationField, string>>;
  unknown: string[];
} {
  const { names, unknown } = parseNameMapping(value, REGISTRATION_FIELDS);
  return { fields: names, unknown };
}

/** The element key of every field: the defaults, overridden by the destination's `fields`. */
export function webformKeys(fields: Partial<Record<RegistrationField, string>> | undefined): FieldNames {
  const keys: FieldNames = { ...defaultWebformKeys };
  for (const field of REGISTRATION_FIELDS) {
    const key = fields?.[field];
    if (typeof key === 'string') keys[field] = key.trim();
  }
  return keys;
}

/**
 * The body of `POST /webform_rest/submit`: `webform_id` and one flat entry per element, as the module's README shows
 * (checkboxes as a list of option values); a checked checkbox is `1`, its return value in Drupal's Form API.
 */
export function toWebformSubmission(answers: Registration, webformId: string, keys: FieldNames): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of REGISTRATION_FIELDS) {
    const value: unknown = answers[field];
    const key = keys[field];
    if (value === undefined || key === '' || key === 'webform_id') continue;
    body[key] = typeof value === 'boolean' ? (value ? 1 : 0) : value;
  }
  body.webform_id = webformId;
  return body;
}

/** A message from a server as text: a string, or a list of strings (Drupal may render several), capped. */
export function messageText(value: unknown): string | undefined {
  const text = Array.isArray(value) ? value.filter((entry) => typeof entry === 'string').join(' ') : value;
  if (typeof text !== 'string' || text.trim() === '') return undefined;
  return truncate(text.trim(), TEXT_MAX);
}

export interface FieldErrors {
  fields: Partial<Record<RegistrationField, string>>;
  /** Messages about no known field (an element the form does not have): shown with the general message. */
  others: string[];
}

/**
 * Drupal's `error` object (`{"email": "…", "address][city": "…"}`, keyed by element) read back onto the registration's
 * fields through the same names it was sent with. Anything that is not an object of texts gives no field error.
 */
export function fieldErrors(error: unknown, names: FieldNames): FieldErrors {
  const fields: Partial<Record<RegistrationField, string>> = {};
  const others: string[] = [];
  if (typeof error !== 'object' || error === null || Array.isArray(error)) return { fields, others };
  for (const [key, raw] of Object.entries(error).slice(0, REGISTRATION_FIELDS.length * 4)) {
    const message = messageText(raw);
    if (!message) continue;
    // A composite element's errors are keyed `element][part`; a JSON server may write `sessions.0`.
    const element = key.split(/\]\[|\./)[0];
    const field = REGISTRATION_FIELDS.find((name) => names[name] !== '' && names[name] === element);
    if (field) fields[field] ??= message;
    else others.push(message);
  }
  return { fields, others };
}
