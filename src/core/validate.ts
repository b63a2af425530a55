import * as z from 'zod/mini';
import { whenIdle } from './idle.js';

export interface InvalidItem {
  /** Position of the item in the source list. */
  index: number;
  /** Path of the first faulty field inside the item (`communes.0`). */
  path: string;
  reason: string;
}

export interface Validated<T> {
  items: T[];
  invalid: InvalidItem[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * JSON `null` read as « absent », as Drupal and most APIs write it (`"end": null`, `"image": null`): null fields are
 * left out of objects and null entries out of lists, at every depth. What was required stays required.
 */
export function withoutNulls(value: unknown): unknown {
  if (!isRecord(value)) return value;
  // Most items hold no null: they are read without a copy, and copied only from their first null on.
  if (Array.isArray(value)) {
    let kept: unknown[] | undefined;
    for (let index = 0; index < value.length; index++) {
      const entry: unknown = value[index];
      const clean = entry === null ? entry : withoutNulls(entry);
      if (!kept && (entry === null || clean !== entry)) kept = value.slice(0, index);
      if (kept && entry !== null) kept.push(clean);
    }
    return kept ?? value;
  }
  let kept: [string, unknown][] | undefined;
  let seen = 0;
  for (const key in value) {
    // Own keys only: an enumerable key a host added to Object.prototype is not the item's.
    if (!Object.hasOwn(value, key)) continue;
    const entry = value[key];
    const clean = entry === null ? entry : withoutNulls(entry);
    // for…in lists own keys first, in Object.entries' order: the keys before this one are kept as they are.
    if (!kept && (entry === null || clean !== entry)) kept = Object.entries(value).slice(0, seen);
    if (kept && entry !== null) kept.push([key, clean]);
    seen++;
  }
  // fromEntries defines own properties: a `__proto__` key from JSON stays a plain key.
  return kept ? Object.fromEntries(kept) : value;
}

/** The value at `path` in the item as written, counting list entries as they were before nulls were left out. */
function writtenAt(item: unknown, path: readonly PropertyKey[]): unknown {
  let value = item;
  for (const key of path) {
    if (Array.isArray(value) && typeof key === 'number') {
      value = value.filter((entry) => entry !== null)[key];
    } else {
      value = isRecord(value) ? value[key as string] : undefined;
    }
  }
  return value;
}

/** The first problem of an item, in the site editor's words where zod's are generic (« Invalid input »). */
function describeIssue(item: unknown, issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.path.length > 0) {
    const written = writtenAt(item, issue.path);
    if (written === null) return 'champ obligatoire : null ne lui donne pas de valeur';
    if (written === undefined) return 'champ obligatoire manquant';
  }
  return issue.message;
}

/**
 * Validates items one by one: a bad item is left out and described, the others are kept. An item whose `id` an
 * earlier item of the list already has is left out too: the same item twice is a mistake, and ids must name one item.
 * `only` (indexes, ascending) checks those items alone, as they will be checked in the whole list.
 */
export function validateItems<T>(schema: z.ZodMiniType<T>, raw: readonly unknown[], only?: readonly number[]): Validated<T> {
  const check = itemChecker(schema);
  if (only) only.forEach((index) => check(raw[index], index));
  else raw.forEach(check);
  return check.result;
}

/** Validates the whole list in slices while the browser is idle, so that a long list never blocks the page. */
export async function validateWhenIdle<T>(schema: z.ZodMiniType<T>, raw: readonly unknown[], signal: AbortSignal): Promise<Validated<T>> {
  const check = itemChecker(schema);
  let index = 0;
  while (index < raw.length) {
    const until = (await idle()) + 8;
    if (signal.aborted) throw signal.reason;
    do check(raw[index], index);
    while (++index < raw.length && performance.now() < until);
  }
  return check.result;
}

/** Resolves with the time of the browser's next idle moment, 200 ms at the latest (a task where it cannot tell: WebKit). */
const idle = (): Promise<number> => new Promise((resolve) => whenIdle(() => resolve(performance.now()), 200));

/** Checks items one at a time, in list order, keeping the valid ones, the reasons of the others and the ids seen. */
function itemChecker<T>(schema: z.ZodMiniType<T>) {
  const result: Validated<T> = { items: [], invalid: [] };
  const ids = new Map<string, number>();
  const check = (candidate: unknown, index: number) => {
    const parsed = z.safeParse(schema, withoutNulls(candidate));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      result.invalid.push({ index, path: issue.path.map(String).join('.') || '(item)', reason: describeIssue(candidate, issue) });
      return;
    }
    const id = (parsed.data as { id?: unknown }).id;
    if (typeof id === 'string') {
      const first = ids.get(id);
      if (first !== undefined) {
        result.invalid.push({ index, path: 'id', reason: `identifiant déjà porté par l'élément [${first}]` });
        return;
      }
      ids.set(id, index);
    }
    result.items.push(parsed.data);
  };
  return Object.assign(check, { result });
}
