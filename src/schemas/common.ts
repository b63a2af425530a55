import * as z from 'zod/mini';
import { LIST_MAX, TEXT_MAX, truncate } from '../core/caps.js';
import { isoDateProblem } from '../core/paris-time.js';

/** An identifier: non-empty once trimmed, kept whole (it names an item, it is never laid out). */
export const identifier = () => z.string().check(z.trim(), z.minLength(1));

/**
 * Text shown to visitors: non-empty once trimmed (a title made of spaces is no title), and cut to `max` characters
 * (see core/caps.ts) before any card, calendar or JSON-LD sees it.
 */
export const text = (max: number = TEXT_MAX) =>
  z.string().check(
    z.trim(),
    z.minLength(1),
    z.overwrite((value) => truncate(value, max)),
  );

/** Text that may be empty (a plain summary), cut to `max` characters. */
export const optionalText = (max: number) => z.string().check(z.overwrite((value) => truncate(value, max)));

/** A list inside one item (communes, objectives, themes): its first `LIST_MAX` entries. */
export const list = <T extends z.ZodMiniType>(item: T) =>
  z.array(item).check(z.overwrite((entries) => (entries.length > LIST_MAX ? entries.slice(0, LIST_MAX) : entries)));

/**
 * An ISO 8601 date-time with an offset (`2021-03-09T09:30:00+01:00`) or a plain date (`2021-02-17`, all day), read
 * by the widgets' own reader: an impossible date (`2021-02-30`, `25:00`, `+15:00`) is refused with the reason.
 */
export const isoDateOrDateTime = () =>
  z.string().check(
    z.superRefine((value, context) => {
      const problem = isoDateProblem(value);
      if (problem) context.addIssue({ code: 'custom', message: problem, input: value });
    }),
  );

/** A whole number at least `min` (z.int() brings its own format machinery for the same check). */
export const count = (min = 0) => z.number().check(z.refine(Number.isInteger, 'nombre entier attendu'), z.gte(min));

/** A URL as found in data: checked for safety when rendered (see core/urls.ts), not here. */
export const link = () => z.string().check(z.trim(), z.minLength(1));

export const image = z.object({
  src: link(),
  /** Alternative text; an empty string marks a decorative image. */
  alt: z._default(optionalText(TEXT_MAX), ''),
  width: z.optional(z.number()),
  height: z.optional(z.number()),
});
export type Image = z.infer<typeof image>;

/**
 * The language of an item's texts (`fr`, `en`, `fr-BE`), when it is not French: the widget marks them with it (RGAA 8.7).
 * Any string is accepted; one that is not a language tag is ignored rather than losing the item.
 */
export const contentLang = () => z.optional(z.string());
