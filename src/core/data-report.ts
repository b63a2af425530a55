import { msg, str } from '@lit/localize';
import type { IrevElement } from './base-element.js';
import { DataError, describeError, editorHint, toDataError } from './data-error.js';
import { inLang, resolveLang } from './localization.js';
import type { InvalidItem } from './validate.js';

const reportedSources = new Set<string>();
/** `.data` values already reported, by identity: two different values are two sources. */
const reportedData = new WeakSet<object>();

/**
 * Tells the site editor once per source, in the console, which items were left out and why. A source is a URL, or a
 * `.data` value (an object), named « .data ».
 */
export function reportInvalid(from: string | object, invalid: readonly InvalidItem[]): void {
  if (invalid.length === 0) return;
  const source = typeof from === 'string' ? from : '.data';
  if (typeof from === 'string' ? reportedSources.has(from) : reportedData.has(from)) return;
  if (typeof from === 'string') reportedSources.add(from);
  else reportedData.add(from);
  const count = invalid.length;
  const lines = invalid.map((item) => `  [${item.index}] ${item.path}: ${item.reason}`).join('\n');
  console.warn(
    `irev-widgets: ${msg(str`${count} élément(s) ignoré(s) car invalide(s) dans ${source}`, { id: 'console.invalid-items' })}\n${lines}`,
  );
}

/**
 * Tells the console and the page (`irev-error`) that a widget's data could not be read: the visitor's message, and for
 * the site editor what to check; gives the error as a DataError.
 */
export function reportError(host: IrevElement, error: unknown): DataError {
  // Called when a request fails, outside any update: the messages are in the widget's language all the same.
  return inLang(resolveLang(host), () => reportErrorInLang(host, error));
}

function reportErrorInLang(host: IrevElement, error: unknown): DataError {
  const dataError = toDataError(error);
  const hint = editorHint(dataError);
  // A bug keeps its stack for whoever reports it; the rest is one line the editor can act on.
  const cause = dataError.kind === 'unexpected' && error instanceof Error ? [error] : [];
  console.error(`irev-widgets <${host.localName}>: ${hint} (${dataError.message})`, ...cause);
  host.emit('irev-error', { kind: dataError.kind, status: dataError.status, message: describeError(dataError), hint });
  return dataError;
}
