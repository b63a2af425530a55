import type { DataErrorKind } from './data-error.js';
import type { IrevRegisterDetail } from './registration-link.js';

/**
 * Detail of `irev-load`, sent once the data is read and shown, and again after each further page of a paginated
 * source (not when the visitor filters: `irev-filter-change` says that).
 */
export interface IrevLoadDetail {
  /** Items shown now (after `limit`, filters, an `event` id): 0 is the empty state. */
  shown: number;
  /** Valid items read so far, each once, shown or not. */
  total: number;
  /** Items left out so far because they are invalid (the console says which and why). */
  invalid: number;
}

/** Detail of `irev-error`. */
export interface IrevErrorDetail {
  kind: DataErrorKind;
  /** The HTTP status, for `kind: 'http'`. */
  status?: number;
  /** What the visitor reads in the widget. */
  message: string;
  /** What the site editor should check (also in the console); never shown to visitors. */
  hint: string;
}

/** Every event the library emits, by name. Element modules add theirs with declaration merging. */
export interface IrevEventMap {
  'irev-load': IrevLoadDetail;
  'irev-error': IrevErrorDetail;
  'irev-register': IrevRegisterDetail;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'irev-load': CustomEvent<IrevLoadDetail>;
    'irev-error': CustomEvent<IrevErrorDetail>;
    'irev-register': CustomEvent<IrevRegisterDetail>;
  }
}
