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

/** Sorted by département, then name; computed once per data set. */
export function indexCites(cites: readonly Cite[]): CiteEntry[] {
  return cites
    .map((cite) => ({ cite, key: ` ${searchKey(`${cite.name} ${cite.communes.join(' ')}`)} ` }))
    .sort((a, b) => compareDepartements(a.cite.departement, b.cite.departement) || byName(a.cite.name, b.cite.name));
}

/**
 * The raw cités a fixed list (no search, no filter) shows first, in its order, read only by what it sorts and narrows
 * by: those are validated and shown at once, the others in idle time (DataSourceOptions.shownFirst). `count` is how
 * many the list holds as written, for its heading until every cité is checked.
 */
export function rawFirstCites(raw: readonly unknown[], settings: Pick<EditorSettings, 'departement' | 'status'>, shown: number) {
  const departements = parseList(settings.departement);
  const found: { index: number; departement: string; name: string }[] = [];
  raw.forEach((item, index) => {
    const { departement, name, status } = (item ?? {}) as Record<string, unknown>;
    if (typeof departement !== 'string' || typeof name !== 'string') return;
    if (departements.length > 0 && !departements.includes(departement)) return;
    if ((citeStatuses as readonly string[]).includes(settings.status) && status !== settings.status) return;
    found.push({ index, departement, name });
  });
  found.sort((a, b) => compareDepartements(a.departement, b.departement) || byName(a.name, b.name));
  return { indexes: found.slice(0, shown).map((entry) => entry.index), count: found.length };
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
