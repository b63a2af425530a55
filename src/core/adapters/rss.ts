import { DataError } from '../data-error.js';
import type { RawPage } from '../collection.js';
import type { FetchedDocument } from '../fetch-document.js';
import { parseInert } from '../inert.js';
import { truncate } from '../caps.js';
import { parseHtml, textOf } from './html-to-text.js';
import { feedLang, nonEmpty, SUMMARY_MAX, type NewsAdapter } from './index.js';
import { ACCEPT } from '../prefetch.js';

const DC = 'http://purl.org/dc/elements/1.1/';
const CONTENT = 'http://purl.org/rss/1.0/modules/content/';
const MEDIA = 'http://search.yahoo.com/mrss/';

const MONTHS: Record<string, string> = {
  jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06', jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12',
}; // prettier-ignore

/** RFC 822 zone names, and the Central European ones that French feeds write although RFC 822 has none. */
const ZONES: Record<string, string> = {
  GMT: '+00:00', UT: '+00:00', UTC: '+00:00', Z: '+00:00', EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00',
  MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00', CET: '+01:00', CEST: '+02:00',
}; // prettier-ignore

const RFC822 =
  /^(?:[a-z]{3},?\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[a-z]{1,4})?$/i;

/**
 * Parses an XML body with the browser's own parser; as for JSON (fetch-document.ts), the body decides, not the
 * Content-Type. Here, not beside parseJson: only RSS reads XML, and every page loads fetch-document.ts.
 */
function parseXml(doc: FetchedDocument): XMLDocument {
  const htmlPage = () => new DataError('parse', `${doc.url} answered with an HTML page, not XML`, undefined, 'html');
  if (/^\s*<(?:!doctype html|html[\s>])/i.test(doc.body)) throw htmlPage();
  const xml = parseInert(doc.body, 'application/xml');
  const error = xml.querySelector('parsererror');
  if (error && /\btext\/html\b/i.test(doc.contentType)) throw htmlPage();
  if (error) throw new DataError('parse', `${doc.url} is not well-formed XML: ${error.textContent?.trim() ?? ''}`);
  return xml;
}

const pad = (value: string | number) => String(value).padStart(2, '0');

/**
 * An RFC 822 date (`Fri, 26 Feb 2021 13:45:00 +0100`) as ISO 8601 with the same offset (`2021-02-26T13:45:00+01:00`).
 * Anything else (an ISO 8601 `dc:date`, a date no reader knows) is returned as it is: the schema's date reader then
 * accepts it or says why not. Never `Date.parse`: it reads « 30 Feb » as 2 March without a word.
 */
export function rfc822ToIso(value: string): string {
  const text = value.trim();
  const m = RFC822.exec(text);
  if (!m) return text;
  const [, day, monthName, yearText, hour, minute, second = '00', zone = 'GMT'] = m;
  const month = MONTHS[monthName.toLowerCase()];
  const year = yearText.length === 2 ? (Number(yearText) < 50 ? 2000 : 1900) + Number(yearText) : Number(yearText);
  const offset = /^[+-]\d{4}$/.test(zone) ? `${zone.slice(0, 3)}:${zone.slice(3)}` : ZONES[zone.toUpperCase()];
  // An unknown month or zone stays as written, for validation to report; impossible days and hours are the schema's to refuse.
  return month && offset ? `${year}-${month}-${pad(day)}T${pad(hour)}:${minute}:${pad(second)}${offset}` : text;
}

/** Direct children of `parent` with that local name (and namespace, when given). */
function children(parent: Element, name: string, namespace?: string): Element[] {
  const found: Element[] = [];
  for (const child of parent.children) {
    if (
      child.localName === name &&
      (namespace === undefined ? !child.namespaceURI || child.namespaceURI === '' : child.namespaceURI === namespace)
    ) {
      found.push(child);
    }
  }
  return found;
}

const textIn = (parent: Element, name: string, namespace?: string) => nonEmpty(children(parent, name, namespace)[0]?.textContent);

const isImageUrl = (url: string) => /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)/i.test(url);

/** The image an item declares: an image enclosure, or a Media RSS content or thumbnail. */
function declaredImage(item: Element) {
  for (const enclosure of children(item, 'enclosure')) {
    const url = nonEmpty(enclosure.getAttribute('url'));
    const type = enclosure.getAttribute('type') ?? '';
    if (url && (type.startsWith('image/') || (!type && isImageUrl(url)))) return { src: url, alt: '' };
  }
  for (const element of [...children(item, 'content', MEDIA), ...children(item, 'thumbnail', MEDIA)]) {
    const url = nonEmpty(element.getAttribute('url'));
    const medium = element.getAttribute('medium') ?? element.getAttribute('type') ?? '';
    if (url && (element.localName === 'thumbnail' || medium.startsWith('image') || isImageUrl(url))) {
      return { src: url, alt: nonEmpty(children(element, 'description', MEDIA)[0]?.textContent) ?? '' };
    }
  }
  return undefined;
}

/** The first real image of a description (Drupal Views put the node's image there); 1×1 tracking pixels are skipped. */
function imageInHtml(body: HTMLElement) {
  for (const img of body.querySelectorAll('img[src]')) {
    const size = (name: string) => Number(img.getAttribute(name)) || undefined;
    const width = size('width');
    const height = size('height');
    if ((width !== undefined && width <= 1) || (height !== undefined && height <= 1)) continue;
    const src = nonEmpty(img.getAttribute('src'));
    if (src) return { src, alt: (img.getAttribute('alt') ?? '').trim(), width, height };
  }
  return undefined;
}

/** The summary as text, without the copy of the title that Drupal Views put at the start of descriptions. */
function summaryText(body: HTMLElement, title: string | undefined): string {
  const text = textOf(body);
  const heading = title?.replace(/\s+/g, ' ');
  return truncate(heading && text.startsWith(heading) ? text.slice(heading.length).replace(/^[\s:–—-]+/, '') : text, SUMMARY_MAX);
}

function toItem(item: Element, channelLang: string | undefined): Record<string, unknown> {
  const title = textIn(item, 'title');
  const guid = children(item, 'guid')[0];
  const guidText = nonEmpty(guid?.textContent);
  // A guid is a permalink unless it says otherwise.
  const permalink = guid && guid.getAttribute('isPermaLink') !== 'false' ? guidText : undefined;
  const date = textIn(item, 'pubDate') ?? textIn(item, 'date', DC);
  const html = textIn(item, 'description') ?? textIn(item, 'encoded', CONTENT);
  const body = html ? parseHtml(html).body : undefined;
  const themes = [...new Set(children(item, 'category').map((category) => nonEmpty(category.textContent)))].filter(Boolean);
  return {
    id: guidText,
    title,
    url: textIn(item, 'link') ?? permalink,
    published: date ? rfc822ToIso(date) : undefined,
    themes,
    summary: body ? summaryText(body, title) : undefined,
    summaryHtml: html,
    author: textIn(item, 'creator', DC) ?? textIn(item, 'author'),
    image: declaredImage(item) ?? (body ? imageInHtml(body) : undefined),
    // The item's own `dc:language`, else the channel's `<language>`: its texts are marked with it (RGAA 8.7).
    lang: feedLang(textIn(item, 'language', DC)) ?? channelLang,
  };
}

/** Reads an RSS 2.0 document; relative links resolve against the feed's `xml:base`, else its own URL. */
export function readRss(xml: Document, url: string): RawPage {
  const root = xml.documentElement;
  const channel = root?.localName === 'rss' ? children(root, 'channel')[0] : undefined;
  if (!channel) throw new DataError('schema', `Expected an RSS 2.0 feed (<rss><channel>), got <${root?.localName ?? '?'}>`);
  let base = url;
  try {
    const xmlBase = root.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'base');
    if (xmlBase) base = new URL(xmlBase, url).href;
  } catch {
    // An unreadable xml:base is ignored: the feed's own URL stays the base.
  }
  const channelLang = feedLang(textIn(channel, 'language'));
  return { items: children(channel, 'item').map((item) => toItem(item, channelLang)), base };
}

/** RSS 2.0, parsed with the browser's DOMParser. `.data` may be the XML text or a parsed document. */
export const rssAdapter: NewsAdapter = {
  accept: ACCEPT.rss,
  read: (doc) => readRss(parseXml(doc), doc.url),
  fromData: (data, base) => {
    if (data instanceof Document) return readRss(data, base);
    if (typeof data === 'string') return readRss(parseXml({ url: base, contentType: 'application/xml', body: data }), base);
    throw new DataError('schema', 'Expected an RSS feed as XML text or as a parsed document');
  },
};
