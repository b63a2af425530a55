import * as z from 'zod/mini';
import { LONG_TEXT_MAX, TITLE_MAX } from '../core/caps.js';
import { endPrecedesStart } from '../core/paris-time.js';
import { count, identifier, isoDateOrDateTime, link, list, oneOf, rule, text, contentLang } from './common.js';

/** A true or false answer (z.boolean's check, through a rule). */
const yesNo = oneOf([true, false]);

export const place = z.object({
  name: text(TITLE_MAX),
  address: z.optional(text()),
  postalCode: z.optional(text()),
  city: z.optional(text()),
});
export type Place = z.infer<typeof place>;

export const online = z.object({
  /** The link to join: published (card, JSON-LD) from the day of the event until its end only, never in calendars. */
  url: z.optional(link()),
  /** The tool used, shown to the visitor (« Zoom », « Teams »). */
  platform: z.optional(text()),
});

export const organiser = z.object({
  name: text(TITLE_MAX),
  url: z.optional(link()),
  email: z.optional(text()),
});
export type Organiser = z.infer<typeof organiser>;

// An end before the start is a typing mistake that would make the event look over before it begins.
const endAfterStart = rule<{ start: string; end?: string }>((e) =>
  e.end && endPrecedesStart(e.start, e.end) ? { code: 'custom', message: 'la fin précède le début', path: ['end'] } : undefined,
);

/** A time slot of an event that can be registered for on its own (a morning, an afternoon). */
export const session = z
  .object({
    id: identifier(),
    title: text(TITLE_MAX),
    start: isoDateOrDateTime(),
    end: z.optional(isoDateOrDateTime()),
    audience: z.optional(text()),
    objectives: z.optional(list(text())),
  })
  .check(endAfterStart);
export type EventSession = z.infer<typeof session>;

export const registrationInfo = z.object({
  /** Where to register: an external form. */
  url: z.optional(link()),
  /** True when registration goes through `<irev-registration-form>` on the page. */
  form: z.optional(yesNo),
  /** Registration opens at this instant (a plain date: at midnight, Paris time). */
  opens: z.optional(isoDateOrDateTime()),
  /** Registration closes at this instant (a plain date: at the end of that day, Paris time). */
  closes: z.optional(isoDateOrDateTime()),
  capacity: z.optional(count()),
  /** 0 makes the event « complet ». */
  seatsLeft: z.optional(count()),
});
export type RegistrationInfo = z.infer<typeof registrationInfo>;

/** A regional meeting or a webinar. Dates carry their offset; plain dates mean all day. */
export const event = z
  .object({
    id: identifier(),
    title: text(TITLE_MAX),
    start: isoDateOrDateTime(),
    /**
     * Inclusive end: a plain date is the last day (after a timed start too: the event ends with that day), a date-time
     * the end of the slot. Absent: open-ended (« à partir de 14 h »).
     */
    end: z.optional(isoDateOrDateTime()),
    description: z.optional(text(LONG_TEXT_MAX)),
    url: z.optional(link()),
    place: z.optional(place),
    online: z.optional(online),
    audience: z.optional(text()),
    objectives: z.optional(list(text())),
    organiser: z.optional(organiser),
    tags: z.optional(list(text())),
    /** Language of the texts, when not French. */
    lang: contentLang(),
    sessions: z.optional(list(session)),
    registration: z.optional(registrationInfo),
    cancelled: z.optional(yesNo),
  })
  .check(endAfterStart);
export type IrevEvent = z.infer<typeof event>;
