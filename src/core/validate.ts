import * as z from 'zod/mini';

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

/** Validates items one by one: a bad item is left out and described, the others are kept. */
export function validateItems<T>(schema: z.ZodMiniType<T>, raw: readonly unknown[]): Validated<T> {
  const items: T[] = [];
  const invalid: InvalidItem[] = [];
  raw.forEach((candidate, index) => {
    const result = z.safeParse(schema, candidate);
    if (result.success) {
      items.push(result.data);
    } else {
      const issue = result.error.issues[0];
      invalid.push({ index, path: issue.path.map(String).join('.') || '(item)', reason: issue.message });
    }
  });
  return { items, invalid };
}
