// The one list of the CSS custom properties a site may set. It feeds the private defaults every rule reads
// (`npm run tokens` writes them into src/generated/token-defaults.ts for src/core/styles.ts, and the README table),
// the Storybook tokens page and the manifest. The bundle never imports this file: its descriptions stay out.

/** A public token: `--irev-color-accent`, `--irev-news-feed-accent`… */
export type TokenName = `--irev-${string}`;

/** The elements, for the tokens that only some of them read. */
export type ElementTag = 'irev-cites-list' | 'irev-event-card' | 'irev-events' | 'irev-news-feed';

/** A colour for each scheme: what `light-dark()` picks from, after the widget's `color-scheme`. */
export interface ColorPair {
  light: string;
  dark: string;
}

export interface Token {
  name: TokenName;
  /**
   * Used when a site leaves the token unset: a CSS value, `{ token }`, another token this one follows
   * (an element's accent follows the global accent), or a `{ light, dark }` pair the widget's colour scheme picks.
   */
  default: string | { token: TokenName } | ColorPair;
  /** `scheme`: the one token that sets the widget's `color-scheme` rather than a colour or a size. */
  kind: 'color' | 'size' | 'font' | 'scheme';
  /** What it changes, for the README, Storybook and the manifest. */
  use: string;
  /** The elements that read an element token; global tokens (none given) may be read by any element. */
  elements?: readonly ElementTag[];
}

const eventCards = ['irev-event-card', 'irev-events'] as const;

export const tokens: readonly Token[] = [
  {
    name: '--irev-color-scheme',
    default: 'inherit',
    kind: 'scheme',
    use: '`light` or `dark`: the colour defaults to use; unset, the host page’s `color-scheme` (light when it sets none)',
  },
  { name: '--irev-font-family', default: 'inherit', kind: 'font', use: 'All text (the host page’s font by default)' },
  { name: '--irev-font-size', default: '1rem', kind: 'size', use: 'Base text size' },
  {
    name: '--irev-rem',
    default: '1rem',
    kind: 'size',
    use: 'What 1rem is in the widgets: a theme with html { font-size: 62.5% } sets 1.6rem, so they keep their sizes',
  },
  { name: '--irev-color-text', default: { light: '#161616', dark: '#ececec' }, kind: 'color', use: 'Text' },
  { name: '--irev-color-heading', default: 'inherit', kind: 'color', use: 'Headings inside a widget (the text colour by default)' },
  {
    name: '--irev-color-muted',
    default: { light: '#4a4a4a', dark: '#b4b4b4' },
    kind: 'color',
    use: 'Secondary text, the « Terminé » badge',
  },
  {
    name: '--irev-color-muted-surface',
    default: { light: '#eeeeee', dark: '#3a3a3a' },
    kind: 'color',
    use: 'Background of the « Terminé » badge',
  },
  {
    name: '--irev-color-accent',
    default: { light: '#00558c', dark: '#8cc8ff' },
    kind: 'color',
    use: 'Buttons, borders, spinner, pressed themes',
  },
  { name: '--irev-color-accent-contrast', default: { light: '#ffffff', dark: '#0b1724' }, kind: 'color', use: 'Text on the accent' },
  { name: '--irev-color-link', default: { token: '--irev-color-accent' }, kind: 'color', use: 'Links' },
  { name: '--irev-color-surface', default: { light: '#ffffff', dark: '#1f2023' }, kind: 'color', use: 'Cards, fields, state messages' },
  { name: '--irev-color-border', default: { light: '#c9c9c9', dark: '#55585e' }, kind: 'color', use: 'Borders, image placeholders' },
  { name: '--irev-color-input-border', default: { light: '#6a6a6a', dark: '#8e9299' }, kind: 'color', use: 'Field borders (3:1 contrast)' },
  { name: '--irev-color-focus', default: { light: '#0a76f6', dark: '#6cb2ff' }, kind: 'color', use: 'Focus ring' },
  { name: '--irev-focus-width', default: '3px', kind: 'size', use: 'Focus ring width' },
  {
    name: '--irev-color-danger',
    default: { light: '#b3261e', dark: '#ffb4ab' },
    kind: 'color',
    use: 'Error messages, the « Annulé » badge',
  },
  {
    name: '--irev-color-danger-surface',
    default: { light: '#fdecea', dark: '#4d1714' },
    kind: 'color',
    use: 'Background of the « Annulé » badge',
  },
  {
    name: '--irev-color-success',
    default: { light: '#0f5c2e', dark: '#8fdba8' },
    kind: 'color',
    use: 'Status badges (« Labellisée », « À venir »…)',
  },
  {
    name: '--irev-color-success-surface',
    default: { light: '#e3f4e8', dark: '#123a22' },
    kind: 'color',
    use: 'Background of the status badges',
  },
  {
    name: '--irev-color-warning',
    default: { light: '#7a4100', dark: '#ffc47a' },
    kind: 'color',
    use: 'Badges « En cours de labellisation », « Complet », « Inscriptions closes »; editor notes',
  },
  {
    name: '--irev-color-warning-surface',
    default: { light: '#fff4e5', dark: '#41290a' },
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

const isPair = (value: Token['default']): value is ColorPair => typeof value === 'object' && 'light' in value;

/** The CSS a token falls back to: its value, its light colour, or the private property of the token it follows. */
export function fallback(token: Token): string {
  const value = token.default;
  if (typeof value === 'string') return value;
  return isPair(value) ? value.light : `var(${privateName(value.token)})`;
}

/**
 * The `:host` rules of every widget: each token resolved once into its private property (rules read `var(--_irev-…)`
 * only, and a site's value on `:root`, an ancestor or the element wins over the default); colour pairs as
 * `light-dark()` where the browser has it, the light colour elsewhere; the colour scheme inherited from the page unless
 * `--irev-color-scheme` says one (an unset custom property leaves `color-scheme`, an inherited property, inherited).
 */
export function hostRules(): string {
  const declare = (token: Token, value: string) => `${privateName(token.name)}: var(${token.name}, ${value});`;
  const base = tokens.map((token) => (token.kind === 'scheme' ? `color-scheme: var(${token.name});` : declare(token, fallback(token))));
  const pairs = tokens.flatMap((token) =>
    isPair(token.default) ? [declare(token, `light-dark(${token.default.light}, ${token.default.dark})`)] : [],
  );
  return `:host { ${base.join(' ')} } @supports (color: light-dark(#000, #fff)) { :host { ${pairs.join(' ')} } }`;
}
