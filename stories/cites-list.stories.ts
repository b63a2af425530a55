import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { citesGroupings, citesLayouts } from '../src/components/cites-list/cites-filter.js';
import { supportedLangs } from '../src/core/localization.js';
import { citeStatuses } from '../src/schemas/cite.js';
import { inSidebar, narrowStory, NOW, sources, themed, withEditorReport } from './helpers.js';

interface Args {
  src: string;
  departement: string;
  status: string;
  search: boolean;
  filters: boolean;
  'group-by': string;
  layout: string;
  lang: string;
  'heading-level': number;
}

const meta: Meta<Args> = {
  title: 'Elements/irev-cites-list',
  component: 'irev-cites-list',
  args: {
    src: '/data/cites.json',
    departement: '',
    status: '',
    search: true,
    filters: true,
    'group-by': 'departement',
    layout: 'auto',
    lang: '',
    'heading-level': 2,
  },
  argTypes: {
    status: { control: 'select', options: ['', ...citeStatuses] },
    'group-by': { control: 'inline-radio', options: citesGroupings },
    layout: { control: 'inline-radio', options: citesLayouts },
    lang: { control: 'inline-radio', options: ['', ...supportedLangs], description: "empty: the page's language (the toolbar's)" },
  },
  render: (args) =>
    html`<irev-cites-list
      src=${args.src}
      departement=${args.departement || nothing}
      status=${args.status || nothing}
      ?search=${args.search}
      ?filters=${args.filters}
      group-by=${args['group-by']}
      layout=${args.layout}
      lang=${args.lang || nothing}
      heading-level=${args['heading-level']}
      now=${NOW}
    ></irev-cites-list>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The 21 cités of the network, with search and filters. */
export const Ready: Story = {};
export const Grid: Story = { args: { layout: 'grid', search: false, filters: false } };
export const OneDepartement: Story = { args: { departement: '60', search: false, filters: false } };
export const SeveralDepartements: Story = { args: { departement: '59,62' } };
export const InLabelling: Story = { args: { status: 'en-labellisation', filters: false } };
export const WithoutGroups: Story = { args: { 'group-by': 'none' } };
/** A source that never answers. */
export const Loading: Story = { args: { src: sources.never } };
export const Error404: Story = { args: { src: sources.missing } };
/** Three invalid cités are left out, three are shown; under it, what the library tells the editor about them. */
export const InvalidItems: Story = { args: { src: '/fixtures/cites/mixed.json' }, render: withEditorReport(meta.render!) };
export const Empty: Story = { args: { src: '/fixtures/cites/empty.json' } };
/** A very long name, a cité with six communes, and 50 cités. */
export const LongContent: Story = { args: { src: '/fixtures/cites/long.json', layout: 'grid' } };
export const MistypedAttributes: Story = { args: { departement: '59,99', status: 'labelisee' } };
/** In English whatever the toolbar says (left out of the docs page, which speaks the toolbar's language). */
export const English: Story = { args: { lang: 'en' }, tags: ['!autodocs'] };
export const Themed: Story = {
  render: themed(meta.render!),
};
/** A phone's width: 320 px. */
export const Narrow: Story = { ...narrowStory(meta.render!) };
/** The same widget in the 300 px sidebar of a wide page: it lays out for its own width. */
export const InSidebar: Story = { render: inSidebar(meta.render!) };
