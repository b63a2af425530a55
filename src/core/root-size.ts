// A theme's `html { font-size: 62.5% }` makes the page's rem 10 px. Every rem of the widgets' styles counts in
// `--irev-rem` instead (1rem unless a site says otherwise: such a theme sets `--irev-rem: 1.6rem`), so the widgets keep
// their sizes under any root size without a second set of styles. Container query conditions cannot read a custom
// property: there a rem becomes an em of the query container, the host, whose font size counts in `--irev-rem` too.
import { CSSResult, unsafeCSS, type CSSResultOrNative } from 'lit';

/** The private property every rem counts in: its own declaration (in the token defaults) is kept as written. */
const UNIT = '--_irev-rem';
const REM = /(--_irev-rem\s*:[^;}]*)|(-?(?:\d+\.?\d*|\.\d+))rem\b/g;

function rootRelative(cssText: string): string {
  return cssText
    .replace(/@container[^{]*/g, (condition) => condition.replace(/(\d*\.?\d+)rem\b/g, '$1em'))
    .replace(REM, (_match, declaration: string | undefined, count: string) => declaration ?? `calc(${count} * var(${UNIT}))`);
}

/** The styles of an element class, each rem counted in `--irev-rem`. */
export function inSiteRem(styles: CSSResultOrNative[]): CSSResultOrNative[] {
  return styles.map((style) => (style instanceof CSSResult ? unsafeCSS(rootRelative(style.cssText)) : style));
}
