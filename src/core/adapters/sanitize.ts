// Loaded only by `<irev-news-feed rich-summary>`, through a dynamic import: no other page pays for it.
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

function copyChildren(from: Node, to: Node, base: string): void {
  for (let child = from.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === Node.TEXT_NODE) {
      to.appendChild(document.createTextNode(child.nodeValue ?? ''));
      continue;
    }
    if (child.nodeType !== Node.ELEMENT_NODE) continue; // comments, processing instructions
    const name = (child as Element).localName;
    if (DROPPED.has(name)) continue;
    const tag = ALLOWED.get(name);
    if (!tag) {
      // Unknown or unwanted wrapper (span, u, div, h2…): keep its content, not the element; keep blocks apart.
      copyChildren(child, to, base);
      if (BLOCK.test(name)) to.appendChild(document.createTextNode(' '));
      continue;
    }
    const element = document.createElement(tag);
    if (tag === 'a') {
      const href = safeUrl((child as Element).getAttribute('href'), base);
      if (href) element.setAttribute('href', href);
    }
    copyChildren(child, element, base);
    to.appendChild(element);
  }
}

/**
 * Rich HTML reduced to a short allow-list (p, br, strong, em, ul, ol, li, and links whose `href` passes
 * {@link safeUrl}), as new nodes of the page's own document: no other attribute, no image, no script survives.
 * The source is parsed in an inert document and never inserted anywhere; relative links resolve against `base`.
 */
export function sanitizeHtml(source: string, base: string = document.baseURI): DocumentFragment {
  const fragment = document.createDocumentFragment();
  copyChildren(parseHtml(source).body, fragment, base);
  return fragment;
}
