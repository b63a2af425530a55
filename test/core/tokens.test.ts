import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { fallback, hostRules, privateName, tokens, type ElementTag } from '../../src/core/tokens.js';
import { tokenRules } from '../../src/generated/token-defaults.js';
import { defineAll, elements } from '../../src/define-all.js';
import { resolvedDefault, tableMarkers, tokensTable } from '../../stories/tokens.js';
import { mount, waitForState } from '../shared/helpers.js';

defineAll();
const tags = Object.keys(elements) as ElementTag[];
const listed = new Set<string>(tokens.map((token) => token.name));

/**
 * An element's whole stylesheet, split into the token defaults on `:host` (light colours first, then the `light-dark()`
 * pairs where the browser has it), the colour scheme's declaration, and every other rule.
 */
function stylesOf(tag: ElementTag) {
  const css = elements[tag].elementStyles.map((style) => (style as CSSResult).cssText).join('\n');
  // A default may nest two levels of parentheses: `calc(1 * var(--_irev-rem))` (src/core/root-size.ts).
  const declaration = /(--_irev-[a-z-]+)\s*:\s*var\((--irev-[a-z-]+),\s*((?:[^;()]|\((?:[^;()]|\([^;()]*\))*\))*)\);/g;
  const scheme = 'color-scheme: var(--irev-color-scheme);';
  const pairs = /@supports \(color: light-dark\(#000, #fff\)\) \{ :host \{ ([^}]*) \} \}/;
  const pairBlock = css.match(pairs)?.[1] ?? '';
  const rest = css.replace(pairs, '');
  return {
    declarations: [...rest.matchAll(declaration)],
    pairs: [...pairBlock.matchAll(declaration)],
    scheme: rest.includes(scheme),
    rules: rest.replace(declaration, '').replace(scheme, ''),
  };
}
const pairOf = (token: (typeof tokens)[number]) =>
  typeof token.default === 'object' && 'light' in token.default ? token.default : undefined;
const colourTokens = tokens.filter((token) => token.kind !== 'scheme');

const privateReads = (rules: string) => [...rules.matchAll(/var\((--_?irev-[a-z-]+)/g)].map((match) => match[1]);

function luminance(hex: string): number {
  const channels = hex
    .slice(1)
    .match(/../g)!
    .map((pair) => parseInt(pair, 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(foreground: string, background: string): number {
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}
/** A token's default colour in a scheme: its own pair, or that of the token it follows. */
function byName(name: string, scheme: 'light' | 'dark' = 'light'): string {
  const token = tokens.find((candidate) => candidate.name === name)!;
  if (typeof token.default === 'object' && 'token' in token.default) return byName(token.default.token, scheme);
  return pairOf(token)?.[scheme] ?? resolvedDefault(token);
}

describe('design tokens (src/core/tokens.ts)', () => {
  for (const tag of tags) {
    describe(`<${tag}>`, () => {
      it('resolves every listed token once on :host into its private property, with the listed default', () => {
        const { declarations } = stylesOf(tag);
        expect(declarations.map(([, name]) => name)).to.deep.equal(colourTokens.map((token) => privateName(token.name)));
        for (const [, name, publicName, value] of declarations) {
          const token = tokens.find((candidate) => privateName(candidate.name) === name)!;
          // Each rem of the shipped styles counts in --irev-rem (src/core/root-size.ts): read back as the listed rem.
          const listedForm = value.trim().replace(/calc\((\S+) \* var\(--_irev-rem\)\)/g, '$1rem');
          expect([publicName, listedForm], name).to.deep.equal([token.name, fallback(token)]);
        }
      });

      it('gives each colour pair as light-dark() where the browser has it, and takes the scheme from the page or the token', () => {
        const { pairs, scheme } = stylesOf(tag);
        const expected = tokens.flatMap((token) => {
          const pair = pairOf(token);
          return pair ? [[privateName(token.name), token.name, `light-dark(${pair.light}, ${pair.dark})`]] : [];
        });
        expect(pairs.map(([, name, publicName, value]) => [name, publicName, value.trim()])).to.deep.equal(expected);
        expect(expected.length).to.be.at.least(10);
        expect(scheme, 'color-scheme: var(--irev-color-scheme) on :host').to.equal(true);
      });

      it('reads only listed tokens, through their private property, and writes no colour of its own', () => {
        const { rules } = stylesOf(tag);
        const reads = privateReads(rules);
        expect(
          reads.filter((name) => !name.startsWith('--_irev-')),
          'public tokens read by a rule',
        ).to.deep.equal([]);
        expect(
          reads.filter((name) => !listed.has(`--${name.slice(3)}`)),
          'unlisted tokens',
        ).to.deep.equal([]);
        expect(rules.match(/#[0-9a-f]{3,8}\b|\b(rgb|hsl|hwb|lab|lch|oklab|oklch)a?\(/gi) ?? [], 'literal colours').to.deep.equal([]);
      });

      it('reads each token listed for it', () => {
        const reads = new Set(privateReads(stylesOf(tag).rules));
        const own = tokens.filter((token) => token.elements?.includes(tag)).map((token) => privateName(token.name));
        expect(own.filter((name) => !reads.has(name))).to.deep.equal([]);
      });
    });
  }

  it('lists no token that no element reads, directly or through a token that follows it', () => {
    const followed = tokens.flatMap((token) =>
      typeof token.default === 'object' && 'token' in token.default ? [privateName(token.default.token)] : [],
    );
    const reads = new Set([...tags.flatMap((tag) => privateReads(stylesOf(tag).rules)), ...followed]);
    expect(colourTokens.map((token) => privateName(token.name)).filter((name) => !reads.has(name))).to.deep.equal([]);
  });

  it('gives every followed token a listed one to follow', () => {
    for (const token of tokens) {
      if (typeof token.default === 'object' && 'token' in token.default) expect(listed.has(token.default.token), token.name).to.equal(true);
    }
  });

  for (const scheme of ['light', 'dark'] as const)
    it(`keeps text readable with the ${scheme} defaults (WCAG AA: 4.5:1 for text, 3:1 for borders and focus)`, () => {
      const text: [string, string][] = [
        ['--irev-color-text', '--irev-color-surface'],
        ['--irev-color-muted', '--irev-color-surface'],
        ['--irev-color-muted', '--irev-color-muted-surface'],
        ['--irev-color-link', '--irev-color-surface'],
        ['--irev-color-accent', '--irev-color-surface'],
        ['--irev-color-accent-contrast', '--irev-color-accent'],
        ['--irev-color-danger', '--irev-color-surface'],
        ['--irev-color-danger', '--irev-color-danger-surface'],
        ['--irev-color-success', '--irev-color-success-surface'],
        ['--irev-color-warning', '--irev-color-warning-surface'],
        ['--irev-color-text', '--irev-color-warning-surface'],
      ];
      for (const [foreground, background] of text) {
        expect(contrast(byName(foreground, scheme), byName(background, scheme)), `${foreground} on ${background}`).to.be.at.least(4.5);
      }
      for (const [foreground, background] of [
        ['--irev-color-input-border', '--irev-color-surface'],
        ['--irev-color-focus', '--irev-color-surface'],
      ]) {
        expect(contrast(byName(foreground, scheme), byName(background, scheme)), `${foreground} on ${background}`).to.be.at.least(3);
      }
    });

  it('is the table of the README (npm run tokens writes it)', async () => {
    const readme = await (await fetch('/README.md')).text();
    const [start, end] = tableMarkers;
    const table = readme.slice(readme.indexOf(start) + start.length, readme.indexOf(end)).trim();
    expect(readme.indexOf(start)).to.be.greaterThan(-1);
    expect(table).to.equal(tokensTable());
  });

  it('ships the :host rules of hostRules() to the character, from its compact table (npm run tokens writes it)', () => {
    expect(tokenRules).to.equal(hostRules());
  });
});

describe('a site theming the widgets', () => {
  it('shows the defaults, the global accent set on an ancestor, and an element token over it', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    try {
      const list = await mount('irev-cites-list', { src: '/demo/data/cites.json', departement: '60' }, { container });
      await waitForState(list, 'ready');
      const border = () => getComputedStyle(list.shadowRoot!.querySelector('.cite')!).borderLeftColor;
      expect(border()).to.equal('rgb(0, 85, 140)');
      container.style.setProperty('--irev-color-accent', '#6a1b9a');
      expect(border()).to.equal('rgb(106, 27, 154)');
      expect(getComputedStyle(list.shadowRoot!.querySelector('.irev-button, a')!).color).to.equal('rgb(106, 27, 154)');
      list.style.setProperty('--irev-cites-list-accent', '#aa0000');
      expect(border()).to.equal('rgb(170, 0, 0)');
    } finally {
      container.remove();
    }
  });
});
