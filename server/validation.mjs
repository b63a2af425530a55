// The endpoint's reading of a registration: webform element keys back to the schema's fields, then the shared schema,
// with its errors in French and keyed as the sender named the fields (Drupal answers per element key).

/** The default webform element key of a field, as the browser sends it (`firstName` → `first_name`). */
export const elementKeyOf = (field) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** A checked Drupal checkbox is its return value (1); unchecked, 0 or absent. */
const checked = (value) => value === true || value === 1 || value === '1';

/** The schema's fields, from the schema itself. @param {any} schema @returns {string[]} */
const fieldsOf = (schema) => Object.keys(schema.shape);

/**
 * A webform_rest submission (`{webform_id, first_name, …}`) as the registration it carries.
 * @param {any} schema
 * @param {Record<string, unknown>} body
 */
export function fromWebformSubmission(schema, body) {
  /** @type {Record<string, unknown>} */
  const answers = {};
  for (const field of fieldsOf(schema)) {
    const value = Object.hasOwn(body, elementKeyOf(field)) ? body[elementKeyOf(field)] : undefined;
    if (value === undefined || value === null || value === '') continue;
    answers[field] = field === 'consent' ? checked(value) || undefined : value;
  }
  return answers;
}

/** What to do about one problem, in the visitor's words. */
function describe(field, issue) {
  if (field === 'consent') return 'Cochez la case pour accepter le traitement de vos données : l’inscription en a besoin.';
  if (field === 'email' && issue.code !== 'invalid_type') return 'Indiquez une adresse e-mail, par exemple nom@exemple.fr.';
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'Ce champ est obligatoire.';
  if (issue.code === 'too_small') return 'Ce champ est obligatoire.';
  if (issue.code === 'too_big') return `Ce champ tient en ${issue.maximum} caractères au plus.`;
  if (issue.code === 'invalid_value') return 'Choisissez une des réponses proposées.';
  return 'Cette réponse n’est pas valide.';
}

/**
 * Checks answers with the shared schema; errors keyed by field name (JSON) or element key (webform), one per field.
 * @param {any} schema the zod object `registration`
 * @param {unknown} answers
 * @param {'json' | 'webform'} format
 */
export function validateRegistration(schema, answers, format) {
  const result = schema.safeParse(answers);
  if (result.success) return { success: true, data: result.data };
  /** @type {Record<string, string>} */
  const errors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '');
    const key = format === 'webform' && fieldsOf(schema).includes(field) ? elementKeyOf(field) : field;
    errors[key || 'form'] ??= describe(field, issue);
  }
  return { success: false, errors };
}
