import * as z from 'zod/mini';
import { TITLE_MAX } from '../core/caps.js';
import { count, identifier, link, list, notEmpty, oneOf, rule, string, text, contentLang } from './common.js';

export const citeStatuses = ['labellisee', 'en-labellisation'] as const;
export type CiteStatus = (typeof citeStatuses)[number];

/** A French département code: two digits, 2A/2B, or three digits overseas. */
export const departementCode = string().check(
  rule((value) => (/^(?:\d{2}|2[AB]|97\d)$/.test(value) ? undefined : 'code de département attendu (ex. « 59 »)')),
);

/** One Cité éducative of the network. */
export const cite = z.object({
  id: identifier(),
  name: text(TITLE_MAX),
  departement: departementCode,
  communes: list(text()).check(notEmpty),
  status: oneOf(citeStatuses),
  /** Year of the label (or of the call for the cités in labelling). */
  year: z.optional(count(2019, 2100)),
  url: z.optional(link()),
  /** Language of the texts, when not French. */
  lang: contentLang(),
  contact: z.optional(
    z.object({
      name: z.optional(text()),
      email: z.optional(text()),
      phone: z.optional(text()),
    }),
  ),
});
export type Cite = z.infer<typeof cite>;
