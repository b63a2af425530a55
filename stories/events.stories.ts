import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { supportedLangs } from '../src/core/localization.js';
import { inSidebar, narrowStory, NOW, sources, themed, withEditorReport } from './helpers.js';

interface Args {
  src: string;
  tag: string;
  limit: number;
  past: boolean;
  now: string;
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Elements/irev-events',
  component: 'irev-events',
  args: { src: '/data/events.json', tag: '', limit: 10, past: false, now: NOW, lang: '' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['', ...supportedLangs], description: "empty: the page's language (the toolbar's)" },
  },
  render: (args) =>
    html`<irev-events
      src=${args.src}
      tag=${args.tag || nothing}
      limit=${args.limit}
      ?past=${args.past}
      now=${args.now}
      lang=${args.lang || nothing}
    ></irev-events>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The agenda on 1 March 2021: the March meetings and the webinar. */
export const Ready: Story = {};
export const WithPast: Story = { args: { past: true } };
export const RegionalOnly: Story = { args: { tag: 'regional', limit: 3 } };
/** Seen on the morning of 9 March: one meeting « en cours », one « aujourd'hui ». */
export const OnTheDay: Story = { args: { now: '2021-03-09T10:00:00+01:00' } };
/** Events on both sides of the change to summer time (28 March 2021). */
export const DaylightSaving: Story = { args: { src: '/fixtures/events/dst.json', now: '2021-03-01', past: true } };
export const Loading: Story = { args: { src: sources.never } };
export const Error404: Story = { args: { src: sources.missing } };
export const InvalidItems: Story = {
  args: { src: '/fixtures/events/mixed.json', now: '2020-01-01', past: true },
  render: withEditorReport(meta.render!),
};
export const Empty: Story = { args: { src: '/fixtures/events/empty.json' } };
/** Nothing upcoming once March is over (and `past` not set). */
export const NothingUpcomingEmpty: Story = { args: { now: '2021-06-01' } };
/** In English whatever the toolbar says (left out of the docs page, which speaks the toolbar's language). */
export const English: Story = { args: { lang: 'en' }, tags: ['!autodocs'] };
export const Themed: Story = {
  render: themed(meta.render!),
};
/** A phone's width: 320 px. */
export const Narrow: Story = { ...narrowStory(meta.render!) };
/** The same widget in the 300 px sidebar of a wide page: it lays out for its own width. */
export const InSidebar: Story = { render: inSidebar(meta.render!) };
/** A very long title and 50 meetings. */
export const LongContent: Story = { args: { src: '/fixtures/events/long.json', limit: 50 } };
