import { msg, str } from '@lit/localize';

/**
 * What went wrong while reading a data source: `network` (unreachable), `http` (an error status),
 * `timeout`, `parse` (not JSON/XML), `schema` (not the expected shape), `config` (an attribute is missing or wrong).
 */
export type DataErrorKind = 'network' | 'http' | 'timeout' | 'parse' | 'schema' | 'config';

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

/** The message a visitor or site editor reads, in the current language. */
export function describeError(error: DataError): string {
  switch (error.kind) {
    case 'network':
      return msg('Impossible de joindre la source de données. Vérifiez la connexion, puis réessayez.', { id: 'error.network' });
    case 'timeout':
      return error.detail === 'module'
        ? msg('Un fichier de la bibliothèque ne répond pas (délai dépassé). Réessayez dans un instant.', { id: 'error.timeout.module' })
        : msg('La source de données ne répond pas (délai dépassé). Réessayez dans un instant.', { id: 'error.timeout' });
    case 'http': {
      const status = error.status ?? 0;
      if (status === 404 || status === 410) {
        return msg(str`La source de données est introuvable (erreur ${status}). Vérifiez l'adresse indiquée dans l'attribut src.`, {
          id: 'error.http.not-found',
        });
      }
      return msg(str`La source de données a répondu par une erreur (${status}). Réessayez dans un instant.`, { id: 'error.http' });
    }
    case 'parse':
      return error.detail === 'html'
        ? msg("La source a renvoyé une page web au lieu de données. Vérifiez l'adresse indiquée dans l'attribut src.", {
            id: 'error.parse.html',
          })
        : msg('Les données reçues sont illisibles (fichier incomplet ou mal formé).', { id: 'error.parse' });
    case 'schema':
      return msg('Les données reçues ne sont pas dans le format attendu.', { id: 'error.schema' });
    case 'config':
      return error.detail === 'module'
        ? msg('Un fichier de la bibliothèque manque sur le serveur : copiez tout le dossier dist/, pas seulement irev-widgets.js.', {
            id: 'error.config.module',
          })
        : msg("Aucune source de données : indiquez son adresse dans l'attribut src.", { id: 'error.config' });
  }
}

/**
 * Whether asking again may help: not for a missing `src`, which only the editor can fix; yes for a file of the library
 * that did not load, since a passing network failure and a missing file look the same to the browser.
 */
export function canRetry(error: DataError): boolean {
  return error.kind !== 'config' || error.detail === 'module';
}

/** Any thrown value as a DataError, so the UI always has a kind and a message. */
export function toDataError(error: unknown): DataError {
  if (error instanceof DataError) return error;
  return new DataError('network', error instanceof Error ? error.message : String(error));
}
