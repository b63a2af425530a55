// Loaded only by `<irev-news-feed rich-summary>`, through a dynamic import: no other page pays for it.
import { LONG_TEXT_MAX, RICH_NODES_MAX, truncate } from '../caps.js';
import { safeUrl } from '../urls.js';
import { BLOCK, parseHtml } from './html-to-text.js';

/** The only elements kept; `b` and `i` become `strong` and `em`. A Map: `<constructor>` must not find Object's. */
const ALLOWED = new Map([
  ['p', 'p'],
  ['br', 'br'],
  ['strong', 'strong'],
  ['b', 'strong'],
  ['em', 'em'],
  ['i', 'em'],
  ['a', 'a'],
  ['ul', 'ul'],
  ['ol', 'ol'],
  ['li', 'li'],
]);

/** Elements dropped with everything inside them: code, embedded content, images (remote images track readers), forms. */
const DROPPED = new Set([
  'script', 'style', 'template', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math',
  'img', 'picture', 'video', 'audio', 'source', 'track', 'canvas', 'map', 'area', 'form', 'input', 'button', 'select',
  'textarea', 'option', 'head', 'title', 'meta', 'link', 'base',
]); // prettier-ignore

/** What a rich summary may still hold: nodes and characters of text (see core/caps.ts). */
interface Budget {
  nodes: number;
  text: number;
}

/** Copies the allowed part of `from` into `to`; returns false once the budget is spent (the summary ends there). */
function copyChildren(from: Node, to: Node, base: string, budget: Budget): boolean {
  for (let child = from.firstChild; child; child = child.nextSibling) {
    if (budget.nodes <= 0 || budget.text <= 0) return false;
    if (child.nodeType === Node.TEXT_NODE) {
      const text = child.nodeValue ?? '';
      const kept = text.length > budget.text ? truncate(text, budget.text) : text;
      to.appendChild(document.createTextNode(kept));
      budget.nodes -= 1;
      budget.text -= text.length;
      continue;
    }
    if (child.nodeType !== Node.ELEMENT_NODE) continue; // comments, processing instructions
    const name = (child as Element).localName;
    if (DROPPED.has(name)) continue;
    const tag = ALLOWED.get(name);
    if (!tag) {
      // Unknown or unwanted wrapper (span, u, div, h2…): keep its content, not the element; keep blocks apart.
      if (!copyChildren(child, to, base, budget)) return false;
      if (BLOCK.test(name)) to.appendChild(document.createTextNode(' '));
      continue;
    }
    const element = document.createElement(tag);
    if (tag === 'a') {
      const href = safeUrl((child as Element).getAttribute('href'), base);
      if (href) element.setAttribute('href', href);
    }
    budget.nodes -= 1;
    const complete = copyChildren(child, element, base, budget);
    to.appendChild(element);
    if (!complete) return false;
  }
  return true;
}

/**
 * Rich HTML reduced to a short allow-list (p, br, strong, em, ul, ol, li, and links whose `href` passes
 * {@link safeUrl}), as new nodes of the page's own document: no other attribute, no image, no script survives.
 * The source is parsed in an inert document and never inserted anywhere; relative links resolve against `base`.
 * However large the source, only its first `HTML_MAX` characters are parsed and at most `RICH_NODES_MAX` nodes and
 * `LONG_TEXT_MAX` characters of text are kept, the last cut with « … ».
 */
export function sanitizeHtml(source: string, base: string = document.baseURI): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const budget: Budget = { nodes: RICH_NODES_MAX, text: LONG_TEXT_MAX };
  if (!copyChildren(parseHtml(source).body, fragment, base, budget) && !fragment.textContent?.endsWith('…')) markCut(fragment);
  return fragment;
}

/** Marks a summary cut short: « … » after its last words, inside the last paragraph or list item. */
function markCut(fragment: DocumentFragment): void {
  let target: Node = fragment;
  while (target.lastChild instanceof Element && target.lastChild.localName !== 'br') target = target.lastChild;
  target.appendChild(document.createTextNode('…'));
}
