import * as z from 'zod/mini';
import { image, isoDateOrDateTime, link, text } from './common.js';

/** One news item, whatever its source (project JSON, Drupal JSON:API, RSS). */
export const newsItem = z.object({
  id: z.optional(text()),
  title: text(),
  url: link(),
  published: isoDateOrDateTime(),
  updated: z.optional(isoDateOrDateTime()),
  /** « Actu de l'IREV », « Agenda »… */
  type: z.optional(text()),
  /** Thématiques: « Education », « Politique de la ville - DSU »… */
  themes: z.optional(z.array(text())),
  /** Plain text, shown as text. */
  summary: z.optional(z.string()),
  /**
   * The summary as HTML, as the source has it (a Drupal `body.processed`, an RSS description). Shown only when the
   * editor asks for rich summaries, and then only through the sanitizer's short allow-list; otherwise ignored.
   */
  summaryHtml: z.optional(z.string()),
  author: z.optional(text()),
  image: z.optional(image),
});
export type NewsItem = z.infer<typeof newsItem>;
