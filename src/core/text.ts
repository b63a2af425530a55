/** Lower-case, accent-free, punctuation-free text for searching (« Liévin », "grande-synthe" → "lievin", "grande synthe"). */
export function searchKey(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The values of a comma- or space-separated attribute, trimmed, without empties or duplicates.
 * Pass `','` as separator for values that may hold spaces (« Politique de la ville - DSU »).
 */
export function parseList(value: string | null | undefined, separator: string | RegExp = /[,\s]+/): string[] {
  if (!value) return [];
  return [
    ...new Set(
      value
        .split(separator)
        .map((part) => part.trim())
        .filter(Boolean),
    ),
  ];
}
