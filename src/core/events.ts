import type { DataErrorKind } from './data-error.js';

/** Detail of `irev-load`: how many items are shown, and how many were left out as invalid. */
export interface IrevLoadDetail {
  count: number;
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
}

declare global {
  interface GlobalEventHandlersEventMap {
    'irev-load': CustomEvent<IrevLoadDetail>;
    'irev-error': CustomEvent<IrevErrorDetail>;
  }
}
