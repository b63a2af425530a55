import { DataError } from '../data-error.js';
import type { RawPage } from '../collection.js';
import { parseJson } from '../fetch-document.js';
import { htmlToText } from './html-to-text.js';
import { defaultJsonApiFields, type JsonApiFields } from './jsonapi-fields.js';

import { feedLang, nonEmpty, SUMMARY_MAX, type NewsAdapter } from './index.js';
import { ACCEPT } from '../prefetch.js';

interface ResourceRef {
  type: string;
  id: string;
  meta?: Record<string, unknown>;
}

interface Resource extends ResourceRef {
  attributes?: Record<string, unknown>;
  relationships?: Record<string, { data?: ResourceRef | ResourceRef[] | null } | undefined>;
}

type Included = Map<string, Resource>;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads `a.b.c` in an attributes object: own keys only, so an editor's `constructor` never reaches Object.prototype. */
function at(attributes: Record<string, unknown> | undefined, path: string): unknown {
  if (!path) return undefined;
  let value: unknown = attributes;
  for (const key of path.split('.')) value = isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
  return value;
}

function refsOf(resource: Resource, name: string): ResourceRef[] {
  const relationships = resource.relationships;
  const data = name && isObject(relationships) && Object.hasOwn(relationships, name) ? relationships[name]?.data : undefined;
  if (!data) return [];
  return (Array.isArray(data) ? data : [data]).filter((ref) => isObject(ref) && typeof ref.type === 'string');
}

const lookup = (included: Included, ref: ResourceRef) => included.get(`${ref.type} ${ref.id}`);

/** The name of an included term, user or node. */
function labelOf(resource: Resource | undefined): string | undefined {
  const a = resource?.attributes;
  return nonEmpty(a?.name) ?? nonEmpty(a?.display_name) ?? nonEmpty(a?.title);
}

/** Names through a relationship, or from an attribute holding a name or a list of names. */
function labels(resource: Resource, name: string, included: Included): string[] {
  const refs = refsOf(resource, name);
  const found = refs.length
    ? refs.map((ref) => labelOf(lookup(included, ref)))
    : [at(resource.attributes, name)].flat().map((value) => nonEmpty(value));
  return [...new Set(found.filter((label): label is string => label !== undefined))];
}

/** A date as ISO 8601: Drupal sends RFC 3339 strings, or Unix timestamps on older sites. */
function isoDate(value: unknown): string | undefined {
  if (typeof value === 'number' || (typeof value === 'string' && /^\d{9,11}$/.test(value))) {
    const date = new Date(Number(value) * 1000);
    return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
  }
  return nonEmpty(value);
}

function fileUrl(file: Resource | undefined): string | undefined {
  const uri = file?.attributes?.uri;
  return nonEmpty(isObject(uri) ? uri.url : undefined) ?? nonEmpty(file?.attributes?.url);
}

function imageFromFile(file: Resource | undefined, meta: Record<string, unknown> | undefined) {
  const src = fileUrl(file);
  if (!src) return undefined;
  const dimension = (value: unknown) => (typeof value === 'number' && value > 0 ? value : undefined);
  return {
    src,
    alt: typeof meta?.alt === 'string' ? meta.alt.trim() : '',
    width: dimension(meta?.width),
    height: dimension(meta?.height),
  };
}

/** The image of a node: a file directly, or a media entity whose image field (or thumbnail) is an included file. */
function imageOf(resource: Resource, name: string, included: Included) {
  const [ref] = refsOf(resource, name);
  if (!ref) {
    const src = nonEmpty(at(resource.attributes, name));
    return src ? { src, alt: '' } : undefined;
  }
  const target = lookup(included, ref);
  if (!target) return undefined;
  if (target.type.startsWith('file--')) return imageFromFile(target, ref.meta);
  const relations = Object.entries(target.relationships ?? {});
  const preferred = ['field_media_image', 'thumbnail'];
  relations.sort(([a], [b]) => (preferred.indexOf(a) + 1 || 9) - (preferred.indexOf(b) + 1 || 9));
  for (const [, relation] of relations) {
    const fileRef = relation?.data;
    if (!isObject(fileRef) || !String(fileRef.type).startsWith('file--')) continue;
    const image = imageFromFile(lookup(included, fileRef as ResourceRef), (fileRef as ResourceRef).meta);
    if (image) return image;
  }
  return undefined;
}

function urlOf(resource: Resource, name: string): string | undefined {
  const value = at(resource.attributes, name);
  const url = nonEmpty(isObject(value) ? value.alias : value);
  if (url) return url;
  // A node without an alias still has its canonical path.
  const nid = resource.attributes?.drupal_internal__nid;
  return typeof nid === 'number' || typeof nid === 'string' ? `/node/${nid}` : undefined;
}

function summaryOf(resource: Resource, name: string): { summary?: string; summaryHtml?: string } {
  const value = at(resource.attributes, name);
  const html = isObject(value) ? (nonEmpty(value.summary) ?? nonEmpty(value.processed) ?? nonEmpty(value.value)) : nonEmpty(value);
  if (!html) return {};
  return { summary: htmlToText(html, SUMMARY_MAX), summaryHtml: html };
}

/** One node as a raw news item, with its terms, author and image found in `included[]`. */
function toItem(resource: Resource, fields: JsonApiFields, included: Included): Record<string, unknown> {
  const a = resource.attributes ?? {};
  const title = at(a, fields.title);
  const [type] = labels(resource, fields.type, included);
  const [author] = labels(resource, fields.author, included);
  return {
    id: nonEmpty(resource.id),
    title: typeof title === 'string' ? title.trim() : title,
    url: urlOf(resource, fields.url),
    published: isoDate(at(a, fields.published)),
    updated: isoDate(at(a, fields.updated)),
    type,
    themes: labels(resource, fields.themes, included),
    ...summaryOf(resource, fields.summary),
    author,
    image: imageOf(resource, fields.image, included),
    // Drupal's language of the node (`fr`, `en`; « und » and « zxx » say none): its texts are marked with it (RGAA 8.7).
    lang: feedLang(nonEmpty(a.langcode)),
  };
}

function linkHref(link: unknown): string | undefined {
  return nonEmpty(isObject(link) ? link.href : link);
}

/** Reads a JSON:API document: its resources in `data[]`, `included[]` by type and id, and `links.next`. */
export function readJsonApi(document: unknown, base: string, fields: JsonApiFields): RawPage {
  if (!isObject(document)) throw new DataError('schema', 'Expected a JSON:API document (an object with "data")');
  if (Array.isArray(document.errors) && document.data === undefined) {
    const first = document.errors[0] as Record<string, unknown> | undefined;
    throw new DataError('schema', `The JSON:API server answered with an error: ${String(first?.detail ?? first?.title ?? 'unknown')}`);
  }
  const data = document.data;
  if (!Array.isArray(data) && !isObject(data)) throw new DataError('schema', 'Expected a JSON:API document with a "data" array');
  const included: Included = new Map();
  if (Array.isArray(document.included)) {
    for (const resource of document.included) {
      if (isObject(resource)) included.set(`${String(resource.type)} ${String(resource.id)}`, resource as unknown as Resource);
    }
  }
  const resources = Array.isArray(data) ? data : [data];
  const items = resources.map((resource) => (isObject(resource) ? toItem(resource as unknown as Resource, fields, included) : resource));
  const links = isObject(document.links) ? document.links : {};
  return { items, base, next: nextPage(linkHref(links.next), base) };
}

/** The next page exactly as the server linked it (never built here), if it is an http(s) URL. */
function nextPage(href: string | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Drupal JSON:API, with the given field mapping. */
export function jsonApiAdapter(fields: JsonApiFields = defaultJsonApiFields): NewsAdapter {
  return {
    accept: ACCEPT.jsonapi,
    read: (doc) => readJsonApi(parseJson(doc), doc.url, fields),
    fromData: (data, base) => readJsonApi(data, base, fields),
  };
}
