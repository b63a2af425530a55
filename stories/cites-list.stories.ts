import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';

/** A fixed present, so the stories look the same every day. */
const NOW = '2021-03-01T10:00:00+01:00';

interface Args {
  src: string;
  departement: string;
  status: string;
  search: boolean;
  filters: boolean;
  'group-by': string;
  layout: string;
  lang: string;
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
    layout: 'list',
    lang: 'fr',
  },
  argTypes: {
    status: { control: 'select', options: ['', 'labellisee', 'en-labellisation'] },
    'group-by': { control: 'inline-radio', options: ['departement', 'none'] },
    layout: { control: 'inline-radio', options: ['list', 'grid'] },
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
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
      lang=${args.lang}
      now=${NOW}
    ></irev-cites-list>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Ready: Story = {};
export const Grid: Story = { args: { layout: 'grid' } };
export const OneDepartement: Story = { args: { departement: '60', search: false, filters: false } };
export const Loading: Story = { args: { src: '/never-answers.json?delay=never' } };
export const Error404: Story = { args: { src: '/data/missing.json' } };
export const Empty: Story = { args: { src: '/fixtures/cites/empty.json' } };
export const English: Story = { args: { lang: 'en' } };
