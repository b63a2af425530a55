import * as z from 'zod/mini';

/** Non-empty text once trimmed: a title made of spaces is no title. */
export const text = () => z.string().check(z.trim(), z.minLength(1));

const isoDate = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/**
 * An ISO 8601 date-time with an offset (`2021-03-09T09:30:00+01:00`) or a plain date (`2021-02-17`, all day).
 * A regex and a real-date check: zod's iso formats cost about 1 KB of bundle for the same answer.
 */
export const isoDateOrDateTime = () =>
  z.string().check(
    z.regex(isoDate, 'date ISO 8601 attendue (2021-03-09 ou 2021-03-09T09:30:00+01:00)'),
    z.refine((value) => !Number.isNaN(Date.parse(value)), 'date inexistante'),
  );

/** A whole number at least `min` (z.int() brings its own format machinery for the same check). */
export const count = (min = 0) => z.number().check(z.refine(Number.isInteger, 'nombre entier attendu'), z.gte(min));

/** A URL as found in data: checked for safety when rendered (see core/urls.ts), not here. */
export const link = () => z.string().check(z.trim(), z.minLength(1));

export const image = z.object({
  src: link(),
  /** Alternative text; an empty string marks a decorative image. */
  alt: z._default(z.string(), ''),
  width: z.optional(z.number()),
  height: z.optional(z.number()),
});
export type Image = z.infer<typeof image>;
