/**
 * A pure function of a string, answered once per distinct string: lists of a thousand items read the same dates and
 * URLs again at every render. Bounded, so a page left open for hours never holds more than `size` answers.
 */
export function memoize<R>(compute: (key: string) => R, size = 10_000): (key: string) => R {
  const answers = new Map<string, R>();
  return (key) => {
    if (answers.has(key)) return answers.get(key)!;
    const answer = compute(key);
    if (answers.size >= size) answers.clear();
    answers.set(key, answer);
    return answer;
  };
}
