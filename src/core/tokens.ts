// The one list of the CSS custom properties a site may set. It feeds the private defaults every rule reads
// (`npm run tokens` writes them into src/generated/token-defaults.ts for src/core/styles.ts, and the README table),
// the Storybook tokens page and the manifest. The bundle never imports this file: its descriptions stay out.

/** A public token: `--irev-color-accent`, `--irev-news-feed-accent`… */
export type TokenName = `--irev-${string}`;

/** The elements, for the tokens that only some of them read. */
export type ElementTag = 'irev-cites-list' | 'irev-event-card' | 'irev-events' | 'irev-news-feed';

export interface Token {
  name: TokenName;
  /**
   * Used when a site leaves the token unset: a CSS value, or `{ token }`, another token this one follows
   * (an element's accent follows the global accent). A colour may later become a `{ light, dark }` pair.
   */
  default: string | { token: TokenName };
  kind: 'color' | 'size' | 'font';
  /** What it changes, for the README, Storybook and the manifest. */
  use: string;
  /** The elements that read an element token; global tokens (none given) may be read by any element. */
  elements?: readonly ElementTag[];
}

const eventCards = ['irev-event-card', 'irev-events'] as const;

export const tokens: readonly Token[] = [
  { name: '--irev-font-family', default: 'inherit', kind: 'font', use: 'All text (the host page’s font by default)' },
  { name: '--irev-font-size', default: '1rem', kind: 'size', use: 'Base text size' },
  {
    name: '--irev-rem',
    default: '1rem',
    kind: 'size',
    use: 'What 1rem is in the widgets: a theme with html { font-size: 62.5% } sets 1.6rem, so they keep their sizes',
  },
  { name: '--irev-color-text', default: '#161616', kind: 'color', use: 'Text' },
  { name: '--irev-color-heading', default: 'inherit', kind: 'color', use: 'Headings inside a widget (the text colour by default)' },
  { name: '--irev-color-muted', default: '#4a4a4a', kind: 'color', use: 'Secondary text, the « Terminé » badge' },
  { name: '--irev-color-muted-surface', default: '#eeeeee', kind: 'color', use: 'Background of the « Terminé » badge' },
  { name: '--irev-color-accent', default: '#00558c', kind: 'color', use: 'Buttons, borders, spinner, pressed themes' },
  { name: '--irev-color-accent-contrast', default: '#ffffff', kind: 'color', use: 'Text on the accent' },
  { name: '--irev-color-link', default: { token: '--irev-color-accent' }, kind: 'color', use: 'Links' },
  { name: '--irev-color-surface', default: '#ffffff', kind: 'color', use: 'Cards, fields, state messages' },
  { name: '--irev-color-border', default: '#c9c9c9', kind: 'color', use: 'Borders, image placeholders' },
  { name: '--irev-color-input-border', default: '#6a6a6a', kind: 'color', use: 'Field borders (3:1 contrast)' },
  { name: '--irev-color-focus', default: '#0a76f6', kind: 'color', use: 'Focus ring' },
  { name: '--irev-focus-width', default: '3px', kind: 'size', use: 'Focus ring width' },
  { name: '--irev-color-danger', default: '#b3261e', kind: 'color', use: 'Error messages, the « Annulé » badge' },
  { name: '--irev-color-danger-surface', default: '#fdecea', kind: 'color', use: 'Background of the « Annulé » badge' },
  { name: '--irev-color-success', default: '#0f5c2e', kind: 'color', use: 'Status badges (« Labellisée », « À venir »…)' },
  { name: '--irev-color-success-surface', default: '#e3f4e8', kind: 'color', use: 'Background of the status badges' },
  {
    name: '--irev-color-warning',
    default: '#7a4100',
    kind: 'color',
    use: 'Badges « En cours de labellisation », « Complet », « Inscriptions closes »; editor notes',
  },
  {
    name: '--irev-color-warning-surface',
    default: '#fff4e5',
    kind: 'color',
    use: 'Background of those badges and of editor notes',
  },
  { name: '--irev-radius', default: '0.5rem', kind: 'size', use: 'Corners' },
  { name: '--irev-space', default: '1rem', kind: 'size', use: 'Padding of state messages, space between event cards' },

  {
    name: '--irev-cites-list-accent',
    default: { token: '--irev-color-accent' },
    kind: 'color',
    use: 'Border of a cité',
    elements: ['irev-cites-list'],
  },
  {
    name: '--irev-cites-list-card-background',
    default: { token: '--irev-color-surface' },
    kind: 'color',
    use: 'Background of a cité',
    elements: ['irev-cites-list'],
  },
  {
    name: '--irev-cites-list-group-color',
    default: { token: '--irev-color-heading' },
    kind: 'color',
    use: 'Département headings',
    elements: ['irev-cites-list'],
  },
  {
    name: '--irev-event-card-accent',
    default: { token: '--irev-color-accent' },
    kind: 'color',
    use: 'Top border of an event card',
    elements: eventCards,
  },
  {
    name: '--irev-event-card-background',
    default: { token: '--irev-color-surface' },
    kind: 'color',
    use: 'Background of an event card',
    elements: eventCards,
  },
  {
    name: '--irev-events-gap',
    default: { token: '--irev-space' },
    kind: 'size',
    use: 'Space between the cards of an agenda',
    elements: ['irev-events'],
  },
  {
    name: '--irev-news-feed-accent',
    default: { token: '--irev-color-accent' },
    kind: 'color',
    use: 'Border of a news item, its type',
    elements: ['irev-news-feed'],
  },
  {
    name: '--irev-news-feed-card-background',
    default: { token: '--irev-color-surface' },
    kind: 'color',
    use: 'Background of a news item',
    elements: ['irev-news-feed'],
  },
  {
    name: '--irev-news-feed-image-width',
    default: '10rem',
    kind: 'size',
    use: 'Image beside a news item in the `list` layout',
    elements: ['irev-news-feed'],
  },
];

/** The private property a token resolves into on `:host`: `--irev-color-accent` → `--_irev-color-accent`. */
export function privateName(name: TokenName): string {
  return `--_${name.slice(2)}`;
}

/** The CSS a token falls back to: its value, or the private property of the token it follows. */
export function fallback(token: Token): string {
  return typeof token.default === 'string' ? token.default : `var(${privateName(token.default.token)})`;
}

/**
 * Every token resolved once into its private property, for `:host`: rules read `var(--_irev-…)` only,
 * and a site's value (on `:root`, an ancestor or the element) wins over the default.
 */
export function hostDeclarations(): string {
  return tokens.map((token) => `${privateName(token.name)}: var(${token.name}, ${fallback(token)});`).join(' ');
}
