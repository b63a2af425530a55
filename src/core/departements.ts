import { msg, str } from '@lit/localize';

// Maps, not object literals: a code from a link or a file (`constructor`, `__proto__`) must not reach Object.prototype.

/** The départements of Hauts-de-France, in the order the region lists them (by code). */
const names = new Map([
  ['02', 'Aisne'],
  ['59', 'Nord'],
  ['60', 'Oise'],
  ['62', 'Pas-de-Calais'],
  ['80', 'Somme'],
]);

/** French needs the article: « dans l'Aisne », « dans le Nord », « dans la Somme ». */
const frenchIn = new Map([
  ['02', "dans l'Aisne"],
  ['59', 'dans le Nord'],
  ['60', "dans l'Oise"],
  ['62', 'dans le Pas-de-Calais'],
  ['80', 'dans la Somme'],
]);

export function departementName(code: string): string {
  return names.get(code) ?? msg(str`Département ${code}`, { id: 'departement.unknown' });
}

/** « Nord (59) » */
export function departementLabel(code: string): string {
  return `${departementName(code)} (${code})`;
}

/** « dans le Nord », "in Nord"; « dans le département 75 » for a code outside the region. */
export function inDepartement(code: string, lang: string): string {
  const name = names.get(code);
  if (!name) return msg(str`dans le département ${code}`, { id: 'departement.in.code' });
  // French names take their own article, so French reads the table; other languages say "in" + the name.
  return lang === 'fr' ? frenchIn.get(code)! : msg(str`dans ${name}`, { id: 'departement.in' });
}

/** Compares two codes so that 2A/2B sit after 19 and overseas ones come last. */
export function compareDepartements(a: string, b: string): number {
  const rank = (code: string) => (code === '2A' ? 20.1 : code === '2B' ? 20.2 : Number(code));
  return rank(a) - rank(b);
}
