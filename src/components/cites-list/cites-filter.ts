// What <irev-cites-list> shows, computed from the data, the editor's attributes and the visitor's choices:
// pure functions, so a keystroke only filters prepared entries.
import { msg, str } from '@lit/localize';
import { compareDepartements, inDepartement } from '../../core/departements.js';
import { checkedValue, unknownValueHint } from '../../core/hints.js';
import { parseList, searchKey } from '../../core/text.js';
import { citeStatuses, type Cite, type CiteStatus } from '../../schemas/cite.js';

export interface CiteEntry {
  cite: Cite;
  /** Name and communes, lower-case and accent-free, padded with spaces. */
  key: string;
}

/** One collator for every comparison: `localeCompare(…, 'fr')` builds one per call, the bulk of sorting 10,000 cités. */
const byName = new Intl.Collator('fr').compare;

/** The list's order, checked cités and raw ones alike: by département, then name. */
const listOrder = (a: Pick<Cite, 'departement' | 'name'>, b: Pick<Cite, 'departement' | 'name'>) =>
  compareDepartements(a.departement, b.departement) || byName(a.name, b.name);

/** Sorted by département, then name; computed once per data set. */
export function indexCites(cites: readonly Cite[]): CiteEntry[] {
  return cites
    .map((cite) => ({ cite, key: ` ${searchKey(`${cite.name} ${cite.communes.join(' ')}`)} ` }))
    .sort((a, b) => listOrder(a.cite, b.cite));
}

/** A cité as read before it is checked: what the list sorts by, and where it is in the data. */
interface RawCite {
  index: number;
  departement: string;
  name: string;
}

/**
 * The raw cités a fixed list (no search, no filter) shows first, in its order, read only by what it sorts and narrows
 * by: those are validated and shown at once, the others in idle time (DataSourceOptions.shownFirst). `count` is how
 * many the list holds as written, for its heading until every cité is checked. The first `shown` are kept in order as
 * the data is read, not found by sorting it all: in a long list most cités are compared once, with the last one kept.
 */
export function rawFirstCites(raw: readonly unknown[], settings: Pick<EditorSettings, 'departement' | 'status'>, shown: number) {
  const departements = parseList(settings.departement);
  const status = (citeStatuses as readonly string[]).includes(settings.status) ? settings.status : undefined;
  const first: RawCite[] = [];
  let count = 0;
  for (let index = 0; index < raw.length; index++) {
    const item = raw[index];
    if (typeof item !== 'object' || item === null) continue;
    const { departement, name } = item as Record<string, unknown>;
    if (typeof departement !== 'string' || typeof name !== 'string') continue;
    if (departements.length > 0 && !departements.includes(departement)) continue;
    if (status && (item as Record<string, unknown>).status !== status) continue;
    count++;
    const cite = { index, departement, name };
    if (shown <= 0 || (first.length === shown && listOrder(first[shown - 1], cite) <= 0)) continue;
    // After every kept cité that sorts before it or with it: equal cités stay in the data's order, as a stable sort keeps them.
    let low = 0;
    let high = first.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (listOrder(first[middle], cite) <= 0) low = middle + 1;
      else high = middle;
    }
    first.splice(low, 0, cite);
    if (first.length > shown) first.pop();
  }
  return { indexes: first.map((entry) => entry.index), count };
}

/** Values of `group-by` and `layout`. */
export const citesGroupings = ['departement', 'none'] as const;
export const citesLayouts = ['auto', 'list', 'grid'] as const;

export interface EditorSettings {
  departement: string;
  status: string;
  groupBy: string;
  layout: string;
}

export interface CitesScope {
  /** Départements the widget may show (all those in the data when the editor named none, or only wrong ones). */
  departements: string[];
  /** True when the editor restricted the départements. */
  restricted: boolean;
  status: CiteStatus | null;
  groupBy: (typeof citesGroupings)[number];
  /** Notes for the editor about mistyped values. */
  hints: string[];
}

/** The scope the editor's attributes give, with a note for each value that does not exist. */
export function scopeOf(entries: readonly CiteEntry[], settings: EditorSettings): CitesScope {
  const hints: string[] = [];
  const known = [...new Set(entries.map((entry) => entry.cite.departement))].sort(compareDepartements);
  const asked = parseList(settings.departement);
  const unknown = asked.filter((code) => !known.includes(code));
  if (unknown.length > 0) {
    const codes = unknown.join(', ');
    const possible = known.join(', ');
    hints.push(
      msg(str`Attribut departement : code inconnu « ${codes} ». Codes possibles : ${possible}.`, { id: 'cites.hint.departement' }),
    );
  }
  const departements = asked.filter((code) => known.includes(code));
  let status: CiteStatus | null = null;
  if ((citeStatuses as readonly string[]).includes(settings.status)) status = settings.status as CiteStatus;
  else if (settings.status) hints.push(unknownValueHint('status', settings.status, citeStatuses));
  const groupBy = checkedValue('group-by', settings.groupBy, citesGroupings, hints);
  checkedValue('layout', settings.layout, citesLayouts, hints);
  return { departements: departements.length > 0 ? departements : known, restricted: departements.length > 0, status, groupBy, hints };
}

export interface VisitorChoice {
  query: string;
  departement: string;
  status: string;
}

/** The entries that match the scope, the chosen filters and every word of the search. */
export function filterCites(entries: readonly CiteEntry[], scope: CitesScope, choice: VisitorChoice): CiteEntry[] {
  const words = searchKey(choice.query).split(' ').filter(Boolean);
  const status = choice.status || scope.status;
  return entries.filter(
    ({ cite, key }) =>
      scope.departements.includes(cite.departement) &&
      (!choice.departement || cite.departement === choice.departement) &&
      (!status || cite.status === status) &&
      words.every((word) => key.includes(word)),
  );
}

/** « 21 cités éducatives », « 1 cité éducative dans la Somme », « 3 cités éducatives dans l'Oise ». */
export function countText(count: number, departements: readonly string[], lang: string): string {
  const place = departements.length === 1 ? ` ${inDepartement(departements[0], lang)}` : '';
  if (count === 0) return msg('Aucune cité éducative', { id: 'cites.count.none' }) + place;
  if (count === 1) return msg('1 cité éducative', { id: 'cites.count.one' }) + place;
  return msg(str`${count} cités éducatives`, { id: 'cites.count.many' }) + place;
}
