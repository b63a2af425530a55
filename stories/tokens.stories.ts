import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { NOW } from './helpers.js';
import { defaultText, readBy, resolvedDefault, tokens } from './tokens.js';

type Args = Record<string, string>;

const defaults = Object.fromEntries(tokens.map((token) => [token.name, resolvedDefault(token)]));

/**
 * Every `--irev-*` token of src/core/tokens.ts with its default. Change a value in the controls: the widgets below
 * follow, as they would with `:root { --irev-color-accent: … }` on a site. Only changed tokens are set, so a token
 * left alone keeps following the one it defaults to.
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
    return html`<div style=${styleMap({ display: 'grid', gap: '2rem', ...changed })}>
      <irev-cites-list src="/data/cites.json" departement="59" search filters now=${NOW}></irev-cites-list>
      <irev-events src="/data/events.json" limit="2" now=${NOW}></irev-events>
      <irev-news-feed src="/data/news.json" limit="2" clickable-themes now=${NOW}></irev-news-feed>
    </div>`;
  },
};
export default meta;

export const LivePreview: StoryObj<Args> = {};
