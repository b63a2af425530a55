import { capHtml, truncate } from '../caps.js';
import { parseInert } from '../inert.js';

/** Elements whose content is never text a reader should see. */
const SILENT = 'script, style, template, noscript, iframe, object, embed, svg, math, head';

/** Elements after which words must not run together once the tags are gone. */
export const BLOCK =
  /^(?:p|div|br|li|ul|ol|h[1-6]|blockquote|section|article|header|footer|figure|figcaption|pre|table|tr|td|th|dl|dt|dd|hr|address)$/;

/** Parses HTML into an inert document: nothing in it runs, loads or reaches the page. Only the first `HTML_MAX` characters are read. */
export function parseHtml(source: string): Document {
  return parseInert(capHtml(source), 'text/html');
}

function collect(node: Node, out: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === Node.TEXT_NODE) out.push(child.nodeValue ?? '');
    else if (child.nodeType === Node.ELEMENT_NODE) {
      const block = BLOCK.test((child as Element).localName);
      if (block) out.push(' ');
      collect(child, out);
      if (block) out.push(' ');
    }
  }
}

/** The text of an element of a parsed document, blocks separated and spaces collapsed (see {@link htmlToText}). */
export function textOf(root: Element, max = Infinity): string {
  root.querySelectorAll(SILENT).forEach((element) => element.remove());
  const parts: string[] = [];
  collect(root, parts);
  return truncate(parts.join('').replace(/\s+/g, ' ').trim(), max);
}

/**
 * The plain text of an HTML fragment (a Drupal `body.processed`, an RSS description): tags dropped,
 * entities decoded, blocks separated, spaces collapsed. The HTML is parsed with DOMParser and never
 * inserted in the live DOM, so its scripts never run and its images never load.
 */
export function htmlToText(source: string | null | undefined, max = Infinity): string {
  if (!source) return '';
  const html = capHtml(source);
  // Most summaries are already text: no parser for them.
  if (!/[<&]/.test(html)) return truncate(html.replace(/\s+/g, ' ').trim(), max);
  return textOf(parseHtml(html).body, max);
}
