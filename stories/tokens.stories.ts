import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { NOW } from './helpers.js';
import { tokens } from './tokens.js';

type Args = Record<string, string>;

/**
 * Every `--irev-*` token with its default. Change a value in the controls: the widgets below follow,
 * as they would with `:root { --irev-color-accent: … }` on a site.
 */
const meta: Meta<Args> = {
  title: 'Design tokens',
  args: Object.fromEntries(tokens.map((token) => [token.name, token.value])),
  argTypes: Object.fromEntries(tokens.map((token) => [token.name, { control: token.color ? 'color' : 'text', description: token.use }])),
  render: (args) =>
    html`<div style=${styleMap(args)}>
      <irev-cites-list src="/data/cites.json" departement="59" search filters now=${NOW}></irev-cites-list>
    </div>`,
};
export default meta;

export const LivePreview: StoryObj<Args> = {};
