import type { Meta, StoryObj } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { mountEmbedBuilder } from '../src/embed/embed-builder.js';
import { sampleValues } from '../src/embed/sample-values.js';
import '../demo/builder.css';

let rendered = 0;

const meta: Meta = {
  title: 'Embed-code builder',
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'Pick a widget, set its attributes (read from custom-elements.json: every attribute, its type, values and default), ' +
          'watch the live widget, and copy the code as an element, a CKEditor-safe mount point or a WordPress Custom HTML block. ' +
          'The same page is demo/builder.html; the CKEditor 5 plugin offers the same choices.',
      },
    },
  },
};
export default meta;

/** The builder on the sample data, starting with a news feed. */
export const Builder: StoryObj = {
  render: () => {
    const container = document.createElement('div');
    // The docs page renders the story twice: each copy has its own ids.
    rendered += 1;
    mountEmbedBuilder(container, manifest, { widget: 'news-feed', initialValues: sampleValues('/data/'), idPrefix: `builder-${rendered}` });
    return container;
  },
};
