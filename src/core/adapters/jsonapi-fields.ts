// The field mapping of the Drupal JSON:API reader: small, so the widget checks the `fields` attribute
// without loading the reader itself.
import { parseNameMapping } from '../name-mapping.js';

/**
 * Where each part of a news item lives in a Drupal node. Attribute names may be dotted paths
 * (`body.summary`); `themes`, `type`, `image` and `author` name relationships resolved through `included[]`
 * (or attributes holding the value itself). An empty name leaves that part out.
 */
export interface JsonApiFields {
  /** Attribute: the title. */
  title: string;
  /** Attribute: the publication date (ISO 8601, or a Unix timestamp). */
  published: string;
  /** Attribute: the date of the last change. */
  updated: string;
  /** Attribute: a text field (`{summary, processed, value}`: its summary, else its processed HTML) or a string. */
  summary: string;
  /** Attribute: the path (`{alias}`) or a URL; without one, `/node/{nid}`. */
  url: string;
  /** Relationship to taxonomy terms (or an attribute holding names). */
  themes: string;
  /** Relationship to one taxonomy term, or a text attribute. */
  type: string;
  /** Relationship to a media entity (media → file → `uri.url`) or to a file. */
  image: string;
  /** Relationship to the author (user `display_name`), or a text attribute. */
  author: string;
}

/** Drupal core's article: what a site that kept the defaults sends. */
export const defaultJsonApiFields: Readonly<JsonApiFields> = {
  title: 'title',
  published: 'created',
  updated: 'changed',
  summary: 'body',
  url: 'path',
  themes: 'field_tags',
  type: '',
  image: 'field_image',
  author: 'uid',
};

const fieldNames = Object.keys(defaultJsonApiFields) as (keyof JsonApiFields)[];

export interface FieldMapping {
  fields: JsonApiFields;
  /** Keys that are not parts of a news item (typos), for the editor's hint. */
  unknown: string[];
}

/**
 * The field mapping given as an attribute (`summary: field_action_summary, themes: field_action_categories`,
 * `=` works too) or as an object, over Drupal core's defaults.
 */
export function parseFieldMapping(value: string | Partial<Record<string, string>> | null | undefined): FieldMapping {
  const { names, unknown } = parseNameMapping(value, fieldNames);
  return { fields: { ...defaultJsonApiFields, ...names }, unknown };
}
