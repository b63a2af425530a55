import * as z from 'zod/mini';
import { identifier, text } from './common.js';

/** What a visitor sends to register for a meeting. */
export const registration = z.object({
  event: identifier(),
  sessions: z.optional(z.array(identifier())),
  firstName: text(),
  lastName: text(),
  email: z.email(),
  phone: z.optional(z.string()),
  organisation: z.optional(z.string()),
  role: z.optional(z.string()),
  cite: z.optional(z.string()),
  comment: z.optional(z.string()),
  consent: z.literal(true),
});
export type Registration = z.infer<typeof registration>;
