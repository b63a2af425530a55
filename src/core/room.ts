// Room kept for a widget before its module has loaded, so the page does not jump when it renders (CLS, issue 12).
// The loader adopts one stylesheet that sizes only our own tags while undefined and our mount points while they hold no
// element; the heights are those of each element's loading state (its `.irev-skeleton` items and live region), at
// desktop and phone widths.
import type { WidgetName } from './registry.js';

/** Height of one item in rem, wide and narrow (≤ 36em), as each element's `.irev-skeleton` with its margin. */
type Item = [wide: number, narrow: number];
/** An attribute of the element (`limit`), that a mount point writes `data-limit`, and its value if one is needed. */
type Match = [attribute: string, value?: string];

/** Loading states show at most this many placeholders (renderRoom in data-source.ts). */
const MAX_ITEMS = 20;
/** The rest of a loading state: its live region « Chargement… ». */
const AROUND = 4;

const EVENT: Item = [19, 42];
const NEWS: Item = [15.5, 31];
const CITE: Item = [7.5, 8];

/** The rules of one widget: the later ones, more precise, win over the earlier ones at equal specificity. */
const rooms: [WidgetName, Match[], number, Item][] = [
  // Unknown until read: ten cités keep the list's first screen steady; a département has a few.
  ['cites-list', [], 10, CITE],
  ['cites-list', [['departement']], 3, CITE],
  ['event-card', [], 1, [24, 48]],
  ['events', [], 10, EVENT],
  ['news-feed', [], 5, NEWS],
  ['registration-form', [], 1, [66, 86]],
];
for (let limit = 1; limit <= MAX_ITEMS; limit++) {
  rooms.push(['events', [['limit', `${limit}`]], limit, EVENT], ['news-feed', [['limit', `${limit}`]], limit, NEWS]);
}
rooms.push(['news-feed', [['layout', 'compact']], 5, [3.5, 4.5]]);

const attributes = (matches: Match[], prefix: string) =>
  matches.map(([attribute, value]) => `[${prefix}${attribute}${value ? `="${value}"` : ''}]`).join('');

function css(wide: boolean): string {
  return rooms
    .map(([name, matches, count, item]) => {
      const tag = `irev-${name}${attributes(matches, '')}:not(:defined)`;
      // Empty but for text: a hand-written mount point often holds a line break or an &nbsp; (`:empty` would miss it).
      // In :where(), a browser without :has() drops this part only, not the tag's.
      const mount = `[data-irev-widget="${name}"]${attributes(matches, 'data-')}:where(:not(:has(*)))`;
      return `${tag},${mount}{display:block;min-block-size:${count * item[wide ? 0 : 1] + AROUND}rem}`;
    })
    .join('');
}

/** Adopts the room stylesheet in `doc`, once; where constructable stylesheets are missing, nothing is kept. */
export function keepRoom(doc: Document = document): void {
  try {
    const sheet = new doc.defaultView!.CSSStyleSheet();
    sheet.replaceSync(`${css(true)}@media (max-width:36em){${css(false)}}`);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    // An old browser: the widgets work, the page only jumps once as they render.
  }
}
