import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { newsFormats, newsLayouts } from '../src/components/news-feed/news-feed.js';
import { supportedLangs } from '../src/core/localization.js';
import { inSidebar, narrowStory, NOW, sources, themed, withEditorReport } from './helpers.js';

interface Args {
  src: string;
  format: string;
  fields: string;
  thematique: string;
  type: string;
  limit: number;
  layout: string;
  'clickable-themes': boolean;
  'rich-summary': boolean;
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Elements/irev-news-feed',
  component: 'irev-news-feed',
  args: {
    src: '/data/news.json',
    format: 'irev',
    fields: '',
    thematique: '',
    type: '',
    limit: 3,
    layout: 'list',
    'clickable-themes': true,
    'rich-summary': false,
    lang: '',
  },
  argTypes: {
    format: { control: 'inline-radio', options: newsFormats },
    layout: { control: 'inline-radio', options: newsLayouts },
    thematique: { control: 'select', options: ['', 'Education', 'Politique de la ville - DSU'] },
    lang: { control: 'inline-radio', options: ['', ...supportedLangs], description: "empty: the page's language (the toolbar's)" },
  },
  render: (args) =>
    html`<irev-news-feed
      src=${args.src}
      format=${args.format}
      fields=${args.fields || nothing}
      thematique=${args.thematique || nothing}
      type=${args.type || nothing}
      limit=${args.limit}
      layout=${args.layout}
      ?clickable-themes=${args['clickable-themes']}
      ?rich-summary=${args['rich-summary']}
      lang=${args.lang || nothing}
      now=${NOW}
    ></irev-news-feed>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The IREV news, newest first, with the seed's « Point sur l'actualité des Cités éducatives ». */
export const Ready: Story = {};
export const Cards: Story = { args: { layout: 'cards' } };
export const Compact: Story = { args: { layout: 'compact', limit: 7 } };
export const OneTheme: Story = { args: { thematique: 'Politique de la ville - DSU' } };
/** A Drupal JSON:API collection over three pages (`links.next`), with terms and images in `included`. */
export const DrupalJsonApi: Story = { args: { src: '/fixtures/news/jsonapi-page-1.json', format: 'jsonapi', limit: 2 } };
/** A French Drupal RSS feed with HTML in its descriptions, reduced to text. */
export const Rss: Story = { args: { src: '/fixtures/news/rss.xml', format: 'rss' } };
/** The same feed with rich summaries: a short allow-list, loaded only for this. */
export const RssRichSummary: Story = { args: { src: '/fixtures/news/rss.xml', format: 'rss', 'rich-summary': true } };
export const Loading: Story = { args: { src: sources.never } };
export const Error404: Story = { args: { src: sources.missing } };
export const InvalidItems: Story = { args: { src: '/fixtures/news/irev-mixed.json' }, render: withEditorReport(meta.render!) };
export const Empty: Story = { args: { src: '/fixtures/news/irev-empty.json' } };
export const MistypedAttributes: Story = { args: { layout: 'mosaic', format: 'atom' } };
/** In English whatever the toolbar says (left out of the docs page, which speaks the toolbar's language). */
export const English: Story = { args: { lang: 'en' }, tags: ['!autodocs'] };
export const Themed: Story = {
  args: { layout: 'cards' },
  render: themed(meta.render!),
};
/** A phone's width: 320 px. */
export const Narrow: Story = { args: { layout: 'cards' }, ...narrowStory(meta.render!) };
/** The same widget in the 300 px sidebar of a wide page: it lays out for its own width. */
export const InSidebar: Story = { args: { layout: 'cards' }, render: inSidebar(meta.render!) };
/** A very long title with six themes, and 50 items. */
export const LongContent: Story = { args: { src: '/fixtures/news/long.json', limit: 50 } };
