// How much of a text from data is ever shown. A data file may hold anything (a 5 MB description, one unbroken
// 1,000,000-character word, which takes the browser close to a minute to lay out), so every text is cut to a sane
// length once, when it is read, before a card, a calendar file or the JSON-LD sees it. No real text comes near these.

/** A title or a name: Drupal's own limit for a node title, so no title a real site can publish is cut. */
export const TITLE_MAX = 255;
/** A short text: a place, an audience, one objective, a theme, an author (a long sentence at most). */
export const TEXT_MAX = 500;
/** A long text: an event's description, a news summary (about 300 words; more belongs on the item's own page). */
export const LONG_TEXT_MAX = 2000;
/** Entries of a list inside one item (communes, objectives, themes, tags, sessions): no card holds more. */
export const LIST_MAX = 100;
/** HTML read before parsing it (a rich summary, a Drupal body or an RSS description made into text). */
export const HTML_MAX = 50_000;
/** Nodes a rich summary keeps, elements and texts: a few paragraphs and lists. */
export const RICH_NODES_MAX = 500;

let graphemes: Intl.Segmenter | undefined;

/** The last grapheme boundary at or before `index`, so a cut never splits an emoji or a letter from its accent. */
function boundaryBefore(text: string, index: number): number {
  if (typeof Intl.Segmenter !== 'function') return /[\uDC00-\uDFFF]/.test(text[index] ?? '') ? index - 1 : index;
  graphemes ??= new Intl.Segmenter('fr', { granularity: 'grapheme' });
  // Only the neighbourhood of the cut is segmented: the text itself may be megabytes long.
  const from = Math.max(0, index - 64);
  let cut = from;
  for (const segment of graphemes.segment(text.slice(from, index + 1))) {
    if (from + segment.index > index) break;
    cut = from + segment.index;
  }
  return cut;
}

/** Shortens text to at most `max` characters, at a word boundary where there is one nearby, with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = boundaryBefore(text, max - 1);
  const cut = text.slice(0, end);
  // Cut at the last space, unless the cut already falls between two words; a text with no space is cut where it must.
  const space = text[end] === ' ' ? cut.length : cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** HTML cut to what is worth parsing; the parser closes what the cut leaves open. */
export function capHtml(html: string): string {
  return html.length > HTML_MAX ? html.slice(0, HTML_MAX) : html;
}
