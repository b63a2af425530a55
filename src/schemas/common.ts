import * as z from 'zod/mini';

/** Non-empty text once trimmed: a title made of spaces is no title. */
export const text = () => z.string().check(z.trim(), z.minLength(1));

/** An ISO 8601 date-time with an offset (`2021-03-09T09:30:00+01:00`) or a plain date (`2021-02-17`, all day). */
export const isoDateOrDateTime = () => z.union([z.iso.datetime({ offset: true }), z.iso.date()]);

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
