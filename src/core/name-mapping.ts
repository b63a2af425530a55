// The parser behind every `fields` attribute: the news feed's Drupal field names and the registration form's webform
// element keys are written the same way, so an editor learns one syntax.

export interface NameMapping<K extends string> {
  /** The names given for known keys, as written (an empty name is kept: it means « leave this part out »). */
  names: Partial<Record<K, string>>;
  /** Keys that are not known (typos), for the editor's hint. */
  unknown: string[];
}

/**
 * Reads `key: name, key: name` (`=` works too, `;` or a new line separate pairs as well as `,`) or an object, keeping
 * only the keys in `known`: a key of Object.prototype (`__proto__`, `constructor`) is unknown like any other typo.
 */
export function parseNameMapping<K extends string>(
  value: string | Partial<Record<string, string>> | null | undefined,
  known: readonly K[],
): NameMapping<K> {
  const names: Partial<Record<K, string>> = {};
  const unknown: string[] = [];
  const entries: [string, string][] =
    typeof value === 'string'
      ? value
          .split(/[,;\n]/)
          .map((pair) => pair.split(/[:=]/))
          .filter((pair) => pair[0].trim() !== '')
          .map(([key, name = '']) => [key.trim(), name.trim()])
      : Object.entries(value ?? {}).map(([key, name]) => [key, String(name ?? '').trim()]);
  for (const [key, name] of entries) {
    if ((known as readonly string[]).includes(key)) names[key as K] = name;
    else unknown.push(key);
  }
  return { names, unknown };
}
