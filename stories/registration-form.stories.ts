import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { IrevRegistrationForm } from '../src/components/registration-form/registration-form.js';
import { RegistrationSender } from '../src/components/registration-form/form-sender.js';
import { supportedLangs } from '../src/core/localization.js';
import { ENDPOINT, scriptServer, type ScriptedAnswer } from '../test/shared/registration-server.js';
import { inSidebar, narrowStory, NOW, sources, themed } from './helpers.js';

interface Args {
  src: string;
  event: string;
  action: string;
  format: string;
  'webform-id': string;
  'cites-src': string;
  'privacy-href': string;
  now: string;
  lang: string;
}

// A designer looks at each step at once: no minimum fill time, and short waits between retries.
(IrevRegistrationForm as unknown as { minFillMs: number }).minFillMs = 0;

const CLOSED = '/fixtures/events/registration.json';

const meta: Meta<Args> = {
  title: 'Elements/irev-registration-form',
  component: 'irev-registration-form',
  args: {
    src: '/data/events.json',
    event: 'soutien-labellisation-2021-03-09',
    action: ENDPOINT,
    format: 'json',
    'webform-id': '',
    'cites-src': '/data/cites.json',
    'privacy-href': '#donnees-personnelles',
    now: NOW,
    lang: '',
  },
  argTypes: {
    format: { control: 'inline-radio', options: ['json', 'webform'] },
    lang: { control: 'inline-radio', options: ['', ...supportedLangs], description: "empty: the page's language (the toolbar's)" },
  },
  // Each story starts from a device that keeps no answer of another story.
  beforeEach: () => localStorage.clear(),
  render: (args) =>
    html`<irev-registration-form
      src=${args.src}
      event=${args.event || nothing}
      action=${args.action || nothing}
      format=${args.format}
      webform-id=${args['webform-id'] || nothing}
      cites-src=${args['cites-src'] || nothing}
      privacy-href=${args['privacy-href'] || nothing}
      now=${args.now}
      lang=${args.lang || nothing}
    ></irev-registration-form>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The form of an element, once its events are read. */
async function formIn(canvas: HTMLElement): Promise<ShadowRoot> {
  const form = canvas.querySelector('irev-registration-form')!;
  for (let i = 0; i < 200 && !form.shadowRoot?.querySelector('form'); i += 1) await new Promise((resolve) => setTimeout(resolve, 25));
  return form.shadowRoot!;
}

/** Fills in the required answers as a visitor would, and sends. */
async function fillAndSend(canvas: HTMLElement): Promise<void> {
  const root = await formIn(canvas);
  const type = (id: string, value: string) => {
    const input = root.querySelector<HTMLInputElement>(`#${id}`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  type('f-first-name', 'Camille');
  type('f-last-name', 'Durand');
  type('f-email', 'camille.durand@example.fr');
  root.querySelector<HTMLInputElement>('#f-consent')!.click();
  await new Promise((resolve) => setTimeout(resolve, 0));
  root.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
}

/** A story whose endpoint answers as scripted (see test/shared/registration-server.ts), for as long as it is shown. */
const answering = (timing: typeof RegistrationSender.timing, ...script: ScriptedAnswer[]) => ({
  beforeEach: () => {
    const server = scriptServer(...script);
    const before = RegistrationSender.timing;
    RegistrationSender.timing = timing;
    if (script.length === 0) server.hold();
    return () => {
      server.release();
      server.restore();
      RegistrationSender.timing = before;
    };
  },
});

/** The form as a visitor finds it: the afternoon of 9 March, with its optional exchange with the ANCT. */
export const BlankForm: Story = {};
/** Two meetings of the same day: the visitor chooses. */
export const ChoiceOfEvents: Story = { args: { event: 'rencontre-13-cites-2021-03-09,soutien-labellisation-2021-03-09' } };
/** Sent with nothing filled in: the summary, focused, links to each field. */
export const InvalidAnswers: Story = {
  play: async ({ canvasElement }) => {
    const root = await formIn(canvasElement);
    root.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
  },
};
/** On its way: the live region says so, « Annuler l'envoi » stops it. */
export const Sending: Story = { ...answering({}), play: ({ canvasElement }) => fillAndSend(canvasElement) };
/** The server is busy: the form says when it tries again. */
export const Retrying: Story = {
  ...answering({ retries: 10, baseDelayMs: 20_000, maxDelayMs: 30_000 }, { status: 503 }),
  play: ({ canvasElement }) => fillAndSend(canvasElement),
};
/** No network: the registration waits on the device, and leaves when the browser is back online. */
export const OfflinePending: Story = { ...answering({ retries: 0 }, 'network'), play: ({ canvasElement }) => fillAndSend(canvasElement) };
/** Confirmed: what happens next, and the event in the visitor's calendar. */
export const Sent: Story = {
  ...answering({}, { status: 201, body: { id: 'IREV-2021-0042' } }),
  play: ({ canvasElement }) => fillAndSend(canvasElement),
};
/** The server failed after its retries: the answers are kept, « Réessayer » sends them again. */
export const Failed: Story = { ...answering({ retries: 0 }, { status: 500 }), play: ({ canvasElement }) => fillAndSend(canvasElement) };
/** Drupal webform_rest, mocked: `{"sid"}` confirms. */
export const Webform: Story = {
  args: { format: 'webform', action: '/webform_rest/submit?_format=json', 'webform-id': 'inscription_rencontre' },
  ...answering({}, { status: 200, body: { sid: '6d95afe9-18d1-4a7d-a1bf-fd38c58c7733' } }),
  play: ({ canvasElement }) => fillAndSend(canvasElement),
};
export const ClosedCancelled: Story = { args: { src: CLOSED, event: 'cancelled' } };
export const ClosedOver: Story = { args: { src: CLOSED, event: 'over' } };
export const ClosedStarted: Story = { args: { src: CLOSED, event: 'started' } };
export const ClosedFull: Story = { args: { src: CLOSED, event: 'full' } };
export const ClosedAfterClosingDate: Story = { args: { src: CLOSED, event: 'closed' } };
export const ClosedBeforeOpening: Story = { args: { src: CLOSED, event: 'not-yet' } };
/** No event takes registrations. */
export const NoEventEmpty: Story = { args: { src: '/fixtures/events/empty.json', event: '' } };
export const Loading: Story = { args: { src: sources.never } };
export const Error404: Story = { args: { src: sources.missing } };
/** No `action`: the editor is told, visitors get no form that cannot be sent. */
export const NotSetUp: Story = { args: { action: '' } };
/** In English whatever the toolbar says (left out of the docs page, which speaks the toolbar's language). */
export const English: Story = { args: { lang: 'en' }, tags: ['!autodocs'] };
export const Themed: Story = { render: themed(meta.render!) };
/** A phone's width: 320 px. */
export const Narrow: Story = { ...narrowStory(meta.render!) };
/** The same widget in the 300 px sidebar of a wide page: it lays out for its own width. */
export const InSidebar: Story = { render: inSidebar(meta.render!) };
