import { msg, str } from '@lit/localize';
import { DataError } from '../../core/data-error.js';
import { fetchDocument, parseJson } from '../../core/fetch-document.js';
import { collectionOf } from '../../core/collection.js';
import type { Destination, RegistrationFormat } from '../../core/registration/transport.js';
import { parseWebformFields } from '../../core/registration/webform.js';
import { safeUrl } from '../../core/urls.js';
import { validateItems } from '../../core/validate.js';
import { cite as citeSchema, type Cite } from '../../schemas/cite.js';
import { ACCEPT } from '../../core/prefetch.js';

export const REGISTRATION_FORMATS: readonly RegistrationFormat[] = ['json', 'webform'];

/** What the form reads of its attributes, with the editor's notes about them. */
export interface FormDetails {
  headingLevel: number;
  hints: string[];
  /** Where registrations go; undefined when `action` is missing or unusable (no form is then offered). */
  destination?: Destination;
  privacyHref?: string;
}

interface FormAttributes {
  action: string;
  webformId: string;
  fields: string;
  privacyHref: string;
}

/** The destination the attributes describe, and notes for the editor about what is missing or mistyped. */
export function destinationOf(
  element: FormAttributes,
  format: RegistrationFormat,
  hints: string[],
): Pick<FormDetails, 'destination' | 'privacyHref'> {
  const privacyHref = safeUrl(element.privacyHref, document.baseURI);
  if (!privacyHref) {
    hints.push(
      msg('Attribut privacy-href manquant : indiquez la page qui explique le traitement des données personnelles.', {
        id: 'form.hint.privacy',
      }),
    );
  }
  const action = safeUrl(element.action, document.baseURI);
  if (!action || !/^https?:/.test(action)) {
    const written = element.action;
    hints.push(
      written
        ? msg(str`Attribut action : « ${written} » n'est pas une adresse http(s) ; aucune inscription ne peut être envoyée.`, {
            id: 'form.hint.action-unsafe',
          })
        : msg("Attribut action manquant : indiquez l'adresse qui reçoit les inscriptions.", { id: 'form.hint.action' }),
    );
    return { privacyHref };
  }
  if (format === 'json') return { destination: { action, format }, privacyHref };
  const webformId = element.webformId.trim();
  if (!webformId)
    hints.push(
      msg("Attribut webform-id manquant : indiquez l'identifiant (nom machine) du webform Drupal.", { id: 'form.hint.webform-id' }),
    );
  const { fields, unknown } = parseWebformFields(element.fields);
  if (unknown.length > 0) {
    const names = unknown.join(', ');
    hints.push(msg(str`Attribut fields : champ inconnu « ${names} ».`, { id: 'form.hint.fields' }));
  }
  return webformId ? { destination: { action, format, webformId, fields }, privacyHref } : { privacyHref };
}

/** The cités of `cites-src` for the list, or undefined (a text field then) when there is none or it cannot be read. */
export async function loadCites(src: string, timeout: number): Promise<Cite[] | undefined> {
  if (!src.trim()) return undefined;
  try {
    const doc = await fetchDocument(new URL(src.trim(), document.baseURI).href, { accept: ACCEPT.irev, timeout });
    const { items } = validateItems(citeSchema, collectionOf(parseJson(doc), 'cites', doc.url).items);
    if (items.length === 0) throw new DataError('schema', `${src} holds no cité`);
    return items;
  } catch (error) {
    // The form still works: the cité is then typed. The editor learns why in the console.
    const reason = error instanceof Error ? error.message : String(error);
    console.warn(`irev-widgets <irev-registration-form>: cites-src could not be read, the cité is typed instead (${reason}).`);
    return undefined;
  }
}
