import * as z from 'zod/mini';
import { LIST_MAX, TEXT_MAX, truncate } from '../core/caps.js';
import { isoDateProblem } from '../core/paris-time.js';

/** What a rule says of a bad value: a zod issue (its code and details, as zod's own check gives them), without the value. */
interface Problem {
  code: z.core.$ZodIssue['code'];
  message: string;
  path?: PropertyKey[];
  [detail: string]: unknown;
}

/**
 * A rule of ours as the one zod primitive `z.check`: `problem` gives the issue of a bad value, nothing for a good one.
 * Each of zod's own checks (z.minLength, z.gte, z.regex, z.email…) ships its own machinery in the bundle; ours share it.
 */
export const rule = <T>(problem: (value: T) => Problem | string | undefined) =>
  z.check<T>((payload) => {
    const found = problem(payload.value);
    const issue = typeof found === 'string' ? { code: 'custom', message: found } : found;
    if (issue) payload.issues.push({ ...issue, input: payload.value } as z.core.$ZodRawIssue);
  });

/** Replaces a value that passed the checks before by `change(value)`: what z.overwrite does, without its class. */
export const overwrite = <T>(change: (value: T) => T) =>
  z.check<T>((payload) => {
    payload.value = change(payload.value);
  });

/** Text without its surrounding spaces (z.trim()). */
export const trim = overwrite<string>((value) => value.trim());

/**
 * A value of one type, with the issue z.string() and z.number() give another (`invalid_type`, « Invalid input »: zod/mini
 * loads no locale), through a rule on z.unknown(): their classes are spared. Its failure stops the checks after it, as
 * theirs does.
 */
const typed = <T>(expected: 'string' | 'number', is: (value: unknown) => boolean) =>
  z
    .unknown()
    .check(
      rule((value) => (is(value) ? undefined : { code: 'invalid_type', expected, message: 'Invalid input' })),
    ) as unknown as z.ZodMiniType<T>;

/** A string, as z.string() reads it. */
export const string = () => typed<string>('string', (value) => typeof value === 'string');

/** A finite number, as z.number() reads it. */
const number = () => typed<number>('number', (value) => typeof value === 'number' && Number.isFinite(value));

/** Text that must not be empty once trimmed (the issue zod's z.minLength(1) gives, in the editor's words). */
export const filled = rule<string>((value) =>
  value === '' ? { code: 'too_small', origin: 'string', minimum: 1, inclusive: true, message: 'texte vide' } : undefined,
);

/**
 * One of `values`, with the issue z.enum and z.literal give (`invalid_value`), through a rule on z.unknown(): the type
 * is said here, as z.enum would infer it (z.custom would bring its refinement class for a check it does not make).
 */
export const oneOf = <const T extends readonly (string | boolean)[]>(values: T) =>
  z
    .unknown()
    .check(
      rule((value) =>
        values.includes(value as T[number])
          ? undefined
          : { code: 'invalid_value', values: [...values], message: `valeur attendue : ${values.join(', ')}` },
      ),
    ) as unknown as z.ZodMiniType<T[number]>;

/** A list that must have at least one entry (the issue z.minLength(1) gives, in the editor's words). */
export const notEmpty = rule<readonly unknown[]>((value) =>
  value.length === 0 ? { code: 'too_small', origin: 'array', minimum: 1, inclusive: true, message: 'liste vide' } : undefined,
);

/**
 * Text trimmed, then cut by `cut`, that must not be empty: one check where z.overwrite and `filled` are two steps, for
 * every text of every item of a list (what zod's own z.trim() then z.minLength(1) give, in the editor's words).
 */
const trimmedText = (cut?: (value: string) => string) =>
  string().check(
    z.check<string>((payload) => {
      const trimmed = payload.value.trim();
      payload.value = cut ? cut(trimmed) : trimmed;
      filled._zod.check(payload);
    }),
  );

/** An identifier: non-empty once trimmed, kept whole (it names an item, it is never laid out). */
export const identifier = () => trimmedText();

/**
 * Text shown to visitors: non-empty once trimmed (a title made of spaces is no title), and cut to `max` characters
 * (see core/caps.ts) before any card, calendar or JSON-LD sees it.
 */
export const text = (max: number = TEXT_MAX) => trimmedText((value) => truncate(value, max));

/** Text that may be empty (a plain summary), cut to `max` characters. */
export const optionalText = (max: number) => string().check(overwrite((value) => truncate(value, max)));

/** A list inside one item (communes, objectives, themes): its first `LIST_MAX` entries. */
export const list = <T extends z.ZodMiniType>(item: T) =>
  z.array(item).check(overwrite((entries) => (entries.length > LIST_MAX ? entries.slice(0, LIST_MAX) : entries)));

/**
 * An ISO 8601 date-time with an offset (`2021-03-09T09:30:00+01:00`) or a plain date (`2021-02-17`, all day), read
 * by the widgets' own reader: an impossible date (`2021-02-30`, `25:00`, `+15:00`) is refused with the reason.
 */
export const isoDateOrDateTime = () => string().check(rule(isoDateProblem));

/** A whole number from `min` to `max` (z.int(), z.gte and z.lte bring their own machinery for the same check). */
export const count = (min = 0, max = Infinity) =>
  number().check(
    rule((value) =>
      !Number.isInteger(value) ? 'nombre entier attendu' : value < min ? `au moins ${min}` : value > max ? `au plus ${max}` : undefined,
    ),
  );

/** A URL as found in data: checked for safety when rendered (see core/urls.ts), not here. */
export const link = () => trimmedText();

export const image = z
  .object({
    src: link(),
    /** Alternative text; an empty string marks a decorative image, and so does none (z._default's class, spared). */
    alt: z.optional(optionalText(TEXT_MAX)),
    width: z.optional(number()),
    height: z.optional(number()),
  })
  .check(overwrite((value) => (value.alt === undefined ? { ...value, alt: '' } : value)));
export type Image = z.infer<typeof image> & { alt: string };

/**
 * The language of an item's texts (`fr`, `en`, `fr-BE`), when it is not French: the widget marks them with it (RGAA 8.7).
 * Any string is accepted; one that is not a language tag is ignored rather than losing the item.
 */
export const contentLang = () => z.optional(string());
