import { msg, str } from '@lit/localize';

/**
 * What went wrong while reading a data source: `network` (unreachable), `http` (an error status),
 * `timeout`, `parse` (not JSON/XML), `schema` (not the expected shape), `config` (an attribute is missing or wrong,
 * or a file of the library is missing), `unexpected` (a bug: nothing the visitor or the editor did).
 */
export type DataErrorKind = 'network' | 'http' | 'timeout' | 'parse' | 'schema' | 'config' | 'unexpected';

export class DataError extends Error {
  override name = 'DataError';
  constructor(
    readonly kind: DataErrorKind,
    message: string,
    readonly status?: number,
    /** A short hint for the site editor (what was received). */
    readonly detail?: string,
  ) {
    super(message);
  }
}

/** The message a visitor reads, in the current language: what happened and whether trying again can help. */
export function describeError(error: DataError): string {
  switch (error.kind) {
    case 'network':
      return msg('Impossible de joindre la source de données. Vérifiez la connexion, puis réessayez.', { id: 'error.network' });
    case 'timeout':
      return error.detail === 'module'
        ? msg('Une partie de ce contenu ne répond pas (délai dépassé). Réessayez dans un instant.', { id: 'error.timeout.module' })
        : msg('La source de données ne répond pas (délai dépassé). Réessayez dans un instant.', { id: 'error.timeout' });
    case 'http': {
      const status = error.status ?? 0;
      if (status === 404 || status === 410) {
        return msg(str`Ces informations sont introuvables pour le moment (erreur ${status}).`, { id: 'error.http.gone' });
      }
      if (!isRetryable(error)) {
        return msg(str`Ces informations ne sont pas accessibles (erreur ${status}).`, { id: 'error.http.refused' });
      }
      return msg(str`La source de données a répondu par une erreur (${status}). Réessayez dans un instant.`, { id: 'error.http' });
    }
    case 'parse':
    case 'schema':
      return msg('Ces informations ne peuvent pas être affichées : les données reçues sont illisibles.', { id: 'error.data' });
    case 'config':
      return error.detail === 'module'
        ? msg("Une partie de ce contenu n'a pas pu être chargée. Réessayez dans un instant.", { id: 'error.module' })
        : msg("Ce contenu n'est pas encore configuré.", { id: 'error.not-configured' });
    case 'unexpected':
      return msg("Ce contenu n'a pas pu être affiché.", { id: 'error.render' });
  }
}

/** What the site editor should do about it: said in the console and in `irev-error`, never to visitors. */
export function editorHint(error: DataError): string {
  if (error.detail === 'module') {
    // A file of the library that is missing or does not answer: the webmaster copied only part of dist/.
    return msg('Un fichier de la bibliothèque manque sur le serveur : copiez tout le dossier dist/, pas seulement irev-widgets.js.', {
      id: 'error.config.module',
    });
  }
  switch (error.kind) {
    case 'http':
      return error.status === 404 || error.status === 410
        ? msg("Vérifiez l'adresse indiquée dans l'attribut src.", { id: 'hint.error.not-found' })
        : msg("Le serveur de la source refuse ou ne sait pas répondre : vérifiez l'adresse de l'attribut src et ses droits d'accès.", {
            id: 'hint.error.http',
          });
    case 'parse':
      return error.detail === 'html'
        ? msg("La source a renvoyé une page web au lieu de données : vérifiez l'adresse indiquée dans l'attribut src.", {
            id: 'error.parse.html',
          })
        : msg('Les données reçues sont illisibles (fichier incomplet ou mal formé).', { id: 'error.parse' });
    case 'schema':
      return msg('Les données reçues ne sont pas dans le format attendu.', { id: 'error.schema' });
    case 'config':
      return msg("Aucune source de données : indiquez son adresse dans l'attribut src.", { id: 'error.config' });
    case 'unexpected':
      return msg('Erreur inattendue dans irev-widgets : signalez-la avec le message de la console.', { id: 'hint.error.unexpected' });
    default:
      return msg("Vérifiez que la source de données répond, à l'adresse indiquée dans l'attribut src.", { id: 'hint.error.reach' });
  }
}

/**
 * True when asking again may work: the network, a time-out, a server error, too many requests, a file of the library
 * that did not load, or a bug that may depend on timing. A 4xx, an HTML page or bad data will answer the same again.
 */
export function isRetryable(error: DataError): boolean {
  switch (error.kind) {
    case 'network':
    case 'timeout':
    case 'unexpected':
      return true;
    case 'http': {
      const status = error.status ?? 0;
      return status === 408 || status === 429 || status >= 500;
    }
    case 'config':
      return error.detail === 'module';
    default:
      return false;
  }
}

/** Any thrown value as a DataError; what the library did not foresee is `unexpected`, never blamed on the network. */
export function toDataError(error: unknown): DataError {
  if (error instanceof DataError) return error;
  return new DataError('unexpected', error instanceof Error ? `${error.name}: ${error.message}` : String(error));
}
