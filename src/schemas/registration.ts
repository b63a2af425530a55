import * as z from 'zod/mini';
import { LONG_TEXT_MAX, TEXT_MAX } from '../core/caps.js';
import { filled, identifier, oneOf, rule, string, trim } from './common.js';

/** Who registers, as the regional team sorts its audiences (troïka: the three partners of a cité éducative). */
export const ROLES = [
  'coordination',
  'troika-prefecture',
  'troika-education',
  'troika-collectivite',
  'chef-projet',
  'elu',
  'partenaire',
  'autre',
] as const;
export type Role = (typeof ROLES)[number];

/** How a visitor attends an event that is both in a place and online. */
export const ATTENDANCE = ['in-person', 'online'] as const;
export type Attendance = (typeof ATTENDANCE)[number];

/** A visitor's own answer: trimmed, non-empty, at most `max` characters (refused rather than cut: it is their data). */
const answer = (max: number = TEXT_MAX) => string().check(trim, filled, atMost(max));
/** An optional answer: an empty one is the same as none. */
const optionalAnswer = (max: number = TEXT_MAX) => z.optional(string().check(trim, atMost(max)));

/** At most `max` characters: the issue z.maxLength gives (`too_big`, its `maximum`), which the form and the endpoint read. */
const atMost = (max: number) =>
  rule<string>((value) =>
    value.length > max
      ? { code: 'too_big', origin: 'string', maximum: max, inclusive: true, message: `au plus ${max} caractères` }
      : undefined,
  );

/** An e-mail address as zod's z.email() reads it (its own pattern), with its issue (`invalid_format`). */
const email = string().check(
  rule((value) =>
    z.regexes.email.test(value) ? undefined : { code: 'invalid_format', format: 'email', message: 'adresse e-mail attendue' },
  ),
);

/**
 * What a visitor sends to register for a meeting. The same schema checks the form in the browser and the registration
 * at the endpoint (`server/`), so both say the same thing about the same answers.
 */
export const registration = z.object({
  event: identifier(),
  /** The session ids chosen, when the event offers several (`sessions` in the events data). */
  sessions: z.optional(z.array(identifier())),
  firstName: answer(),
  lastName: answer(),
  email,
  organisation: optionalAnswer(),
  role: z.optional(oneOf(ROLES)),
  /** A cité's id from `cites-src`, or `autre` (another one, or none). */
  cite: optionalAnswer(),
  attendance: z.optional(oneOf(ATTENDANCE)),
  accessibility: optionalAnswer(LONG_TEXT_MAX),
  comment: optionalAnswer(LONG_TEXT_MAX),
  /** Consent to the processing of the data, given for this send: never kept in a draft. */
  consent: oneOf([true]),
});
export type Registration = z.infer<typeof registration>;
