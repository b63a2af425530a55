import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { NOW } from './helpers.js';
import { defaultText, readBy, resolvedDefault, tokens } from './tokens.js';

type Args = Record<string, string>;

const defaults = Object.fromEntries(tokens.map((token) => [token.name, resolvedDefault(token)]));

/** A sample that shows a size token at work: a corner, a ring, a gap or text. */
function sizeSample(name: string, value: string) {
  if (name.includes('radius')) return html`<span class="swatch" style=${styleMap({ borderRadius: value })}></span>`;
  if (name.includes('width')) return html`<span class="swatch" style=${styleMap({ borderWidth: value })}></span>`;
  if (name.includes('font-size')) return html`<span style=${styleMap({ fontSize: value })}>Aa 9 h 30</span>`;
  return html`<span class="bar" style=${styleMap({ width: value })}></span>`;
}

/** One token as the widgets read it in this scheme: a swatch of the colour, the font, or the size at work. */
function tokenRow(token: (typeof tokens)[number]) {
  const value = `var(${token.name}, ${resolvedDefault(token)})`;
  const sample =
    token.kind === 'color'
      ? html`<span class="swatch" style=${styleMap({ background: value })}></span>`
      : token.kind === 'font'
        ? html`<span style=${styleMap({ fontFamily: value })}>Aa 9 h 30</span>`
        : sizeSample(token.name, value);
  return html`<tr>
    <td><code>${token.name}</code></td>
    <td>${sample}</td>
  </tr>`;
}

/** Every token and the widgets, in a light or a dark host page (`color-scheme` inherited by the widgets). */
function schemePanel(scheme: 'light' | 'dark') {
  return html`<section class="irev-host" data-scheme=${scheme}>
    <h2>${scheme === 'light' ? 'Light host' : 'Dark host'}</h2>
    <table>
      ${tokens.map(tokenRow)}
    </table>
    <irev-cites-list src="/data/cites.json" departement="59" search filters now=${NOW}></irev-cites-list>
    <irev-events src="/data/events.json" limit="2" now=${NOW}></irev-events>
    <irev-news-feed src="/data/news.json" limit="2" clickable-themes now=${NOW}></irev-news-feed>
  </section>`;
}

/**
 * Every `--irev-*` token of src/core/tokens.ts, live in a light and a dark host page side by side, with the widgets
 * under them. Change a value in the controls: the swatches and widgets follow, as they would with
 * `:root { --irev-color-accent: … }` on a site. Only changed tokens are set, so a token left alone keeps following the
 * one it defaults to, and its own value in each scheme.
 */
const meta: Meta<Args> = {
  title: 'Design tokens',
  args: defaults,
  argTypes: Object.fromEntries(
    tokens.map((token) => [
      token.name,
      {
        control: token.kind === 'color' ? 'color' : 'text',
        description: `${token.use} (${readBy(token)})`,
        table: { defaultValue: { summary: defaultText(token) } },
      },
    ]),
  ),
  render: (args) => {
    const changed = Object.fromEntries(Object.entries(args).filter(([name, value]) => value !== defaults[name]));
    return html`<style>
        .irev-tokens {
          display: flex;
          flex-wrap: wrap;
        }
        .irev-tokens > section {
          flex: 1 1 28rem;
          min-width: 0;
          display: grid;
          grid-template-columns: minmax(0, 1fr);
          gap: 1.5rem;
          align-content: start;
          padding: 1rem;
        }
        .irev-tokens h2 {
          margin: 0;
          font-size: 1.125rem;
        }
        .irev-tokens table {
          border-collapse: collapse;
          font-size: 0.875rem;
        }
        .irev-tokens td {
          padding: 0.125rem 0.75rem 0.125rem 0;
          vertical-align: middle;
          white-space: nowrap;
        }
        .irev-tokens .bar {
          display: inline-block;
          height: 0.5rem;
          background: currentColor;
        }
        .irev-tokens .swatch {
          display: inline-block;
          width: 3rem;
          height: 1.25rem;
          border: 1px solid currentColor;
          vertical-align: middle;
        }
      </style>
      <div class="irev-tokens" style=${styleMap(changed)}>${schemePanel('light')}${schemePanel('dark')}</div>`;
  },
};
export default meta;

/** Each token in both schemes, and the widgets reading them. */
export const LivePreview: StoryObj<Args> = {};
