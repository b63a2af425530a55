import * as z from 'zod/mini';
import { LONG_TEXT_MAX, TITLE_MAX } from '../core/caps.js';
import { identifier, image, isoDateOrDateTime, link, list, optionalText, string, text, contentLang } from './common.js';

/** One news item, whatever its source (project JSON, Drupal JSON:API, RSS). */
export const newsItem = z.object({
  id: z.optional(identifier()),
  title: text(TITLE_MAX),
  url: link(),
  published: isoDateOrDateTime(),
  updated: z.optional(isoDateOrDateTime()),
  /** « Actu de l'IREV », « Agenda »… */
  type: z.optional(text()),
  /** Thématiques: « Education », « Politique de la ville - DSU »… */
  themes: z.optional(list(text())),
  /** Plain text, shown as text. */
  summary: z.optional(optionalText(LONG_TEXT_MAX)),
  /**
   * The summary as HTML, as the source has it (a Drupal `body.processed`, an RSS description). Shown only when the
   * editor asks for rich summaries, and then only through the sanitizer's short allow-list, which also caps its size.
   */
  summaryHtml: z.optional(string()),
  author: z.optional(text()),
  image: z.optional(image),
  /** Language of the texts, when not French. */
  lang: contentLang(),
});
export type NewsItem = z.infer<typeof newsItem>;
