import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { supportedLangs } from '../src/core/localization.js';
import { inSidebar, narrowStory, NOW, sources, themed, withEditorReport } from './helpers.js';

interface Args {
  src: string;
  event: string;
  next: boolean;
  tag: string;
  'registration-href': string;
  now: string;
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Elements/irev-event-card',
  component: 'irev-event-card',
  args: {
    src: '/data/events.json',
    event: 'rencontre-13-cites-2021-03-09',
    next: false,
    tag: '',
    'registration-href': '',
    now: NOW,
    lang: '',
  },
  argTypes: {
    event: {
      control: 'select',
      options: [
        'outils-labellisation-2021-02-17',
        'diagnostic-partage-2021-02-22',
        'rencontre-13-cites-2021-03-09',
        'soutien-labellisation-2021-03-09',
        'webinaire-evaluation-2021-03-11',
      ],
    },
    lang: { control: 'inline-radio', options: ['', ...supportedLangs], description: "empty: the page's language (the toolbar's)" },
  },
  render: (args) =>
    html`<irev-event-card
      src=${args.src}
      event=${args.event || nothing}
      ?next=${args.next}
      tag=${args.tag || nothing}
      registration-href=${args['registration-href'] || nothing}
      now=${args.now}
      lang=${args.lang || nothing}
    ></irev-event-card>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The morning of 9 March 2021 for the 13 cités, seen on 1 March: « à venir », with registration. */
export const Ready: Story = {};
/** Two whole days: « 17 et 18 février 2021 ». */
export const MultiDay: Story = { args: { event: 'outils-labellisation-2021-02-17' } };
/** The national webinar, « à partir de 14 h », online. */
export const Webinar: Story = { args: { event: 'webinaire-evaluation-2021-03-11' } };
export const Next: Story = { args: { event: '', next: true } };
export const NextNational: Story = { args: { event: '', next: true, tag: 'national' } };
/** The morning meeting while it takes place. */
export const InProgress: Story = { args: { now: '2021-03-09T10:00:00+01:00' } };
export const Past: Story = { args: { now: '2021-03-20T10:00:00+01:00' } };
/** « S'inscrire » sends the visitor to a form on the page. */
export const RegistrationOnPage: Story = { args: { 'registration-href': '#inscription' } };
/** An id that is not in the file: an explicit message, not an empty box. */
export const UnknownEventEmpty: Story = { args: { event: 'rencontre-2030' } };
export const Loading: Story = { args: { src: sources.never } };
export const Error404: Story = { args: { src: sources.missing } };
export const InvalidItems: Story = {
  args: { src: '/fixtures/events/mixed.json', event: '', next: true, now: '2020-01-01' },
  render: withEditorReport(meta.render!),
};
export const Empty: Story = { args: { src: '/fixtures/events/empty.json' } };
/** In English whatever the toolbar says (left out of the docs page, which speaks the toolbar's language). */
export const English: Story = { args: { lang: 'en' }, tags: ['!autodocs'] };
export const Themed: Story = {
  render: themed(meta.render!),
};
/** A phone's width: 320 px. */
export const Narrow: Story = { ...narrowStory(meta.render!) };
/** The same widget in the 300 px sidebar of a wide page: it lays out for its own width. */
export const InSidebar: Story = { render: inSidebar(meta.render!) };
