import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defineAll } from '../src/define-all.js';
import { upgradeMountPoints } from '../src/core/mount-points.js';
import { IrevRegistrationForm } from '../src/components/registration-form/registration-form.js';
import { RegistrationSender } from '../src/components/registration-form/form-sender.js';
import { expectNoAxeViolations } from './shared/a11y.js';
import { mockUrl, mount, settle, visibleText, type Mounted } from './shared/helpers.js';
import { ENDPOINT, scriptServer, type ScriptedServer } from './shared/registration-server.js';
import { runDataWidgetSuite } from './shared/data-widget-suite.js';
import { oversizedEvent } from './shared/oversized.js';

defineAll();

type Form = IrevRegistrationForm & Mounted;
const NOW = '2021-03-01T10:00:00+01:00';
const EVENTS = mockUrl({ file: 'test/fixtures/events/registration.json' });
const CITES = mockUrl({ file: 'demo/data/cites.json' });

// A person fills the form in seconds; the tests in milliseconds, and retry after a few of them.
(IrevRegistrationForm as unknown as { minFillMs: number }).minFillMs = 0;
RegistrationSender.timing = { retries: 3, baseDelayMs: 30, maxDelayMs: 60 };

let server: ScriptedServer | undefined;
afterEach(() => {
  server?.release();
  server?.restore();
  server = undefined;
  localStorage.clear();
});

async function formOf(attributes: Record<string, string | boolean> = {}): Promise<Form> {
  const element = await mount<Form>('irev-registration-form', {
    src: EVENTS,
    event: 'open-both',
    action: ENDPOINT,
    'privacy-href': '/confidentialite',
    now: NOW,
    ...attributes,
  });
  for (const name of ['irev-submit', 'irev-submitted'])
    element.addEventListener(name, (event) => element.events.push(event as CustomEvent));
  return settle(element);
}

const root = (form: Form) => form.shadowRoot!;
const control = <T extends HTMLElement = HTMLInputElement>(form: Form, id: string) => root(form).querySelector<T>(`#${id}`)!;

/** Types into a field as a person does: input events, then leaving the field. */
async function type(form: Form, id: string, value: string): Promise<void> {
  const field = control(form, id);
  field.focus();
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.blur();
  await form.updateComplete;
}

async function check(form: Form, id: string): Promise<void> {
  control(form, id).click();
  await form.updateComplete;
}

/** Fills every required answer of the `open-both` event. */
async function fillValid(form: Form): Promise<void> {
  await type(form, 'f-first-name', 'Camille');
  await type(form, 'f-last-name', 'Durand');
  await type(form, 'f-email', 'camille.durand@example.fr');
  if (control(form, 'f-attendance-0')) await check(form, 'f-attendance-0');
  await check(form, 'f-consent');
}

const submitButton = (form: Form) => root(form).querySelector<HTMLButtonElement>('[part~="submit-button"]')!;

async function submit(form: Form): Promise<void> {
  submitButton(form).click();
  await form.updateComplete;
}

async function until(condition: () => boolean, what: string, timeout = 4000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error(`not within ${timeout} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const focused = (form: Form) => root(form).activeElement as HTMLElement | null;

describe('<irev-registration-form>', () => {
  describe('what the visitor registers for and fills in', () => {
    it('shows the event (title, date in Paris time, place) and native labelled controls with autocomplete tokens', async () => {
      const form = await formOf({ 'cites-src': CITES });
      const text = visibleText(form);
      expect(text).to.contain('Rencontre régionale des cités éducatives');
      // visibleText reads the no-break spaces of « 9 h 30 » as spaces.
      expect(text).to.contain('mardi 9 mars 2021 · 9 h 30 – 12 h 30');
      expect(text).to.contain('Préfecture du Nord, Lille et En ligne');
      expect(control(form, 'f-first-name').autocomplete).to.equal('given-name');
      expect(control(form, 'f-last-name').autocomplete).to.equal('family-name');
      expect(control(form, 'f-email').autocomplete).to.equal('email');
      expect(control(form, 'f-organisation').autocomplete).to.equal('organization');
      // The attribute: Firefox's select.autocomplete reads '' for a token it does not autofill on selects.
      expect(control(form, 'f-role').getAttribute('autocomplete')).to.equal('organization-title');
      // The sending status is a live region in the page before its first message (RGAA 7.5): not display: none.
      const status = root(form).querySelector<HTMLElement>('[part~="status"][role="status"]')!;
      expect(status.textContent!.trim()).to.equal('');
      expect(getComputedStyle(status).display).to.not.equal('none');
      for (const id of [
        'f-first-name',
        'f-last-name',
        'f-email',
        'f-organisation',
        'f-role',
        'f-cite',
        'f-accessibility',
        'f-comment',
        'f-consent',
      ]) {
        expect(control(form, id).labels?.length, id).to.equal(1);
      }
      expect(root(form).querySelector('a[href$="/confidentialite"]')).to.not.equal(null);
      await expectNoAxeViolations(form);
    });

    it('offers the cités of cites-src grouped by département, then « Autre ou aucune »', async () => {
      const form = await formOf({ 'cites-src': CITES });
      await until(
        () => control(form, 'f-cite').localName === 'select' && control(form, 'f-cite').querySelectorAll('optgroup').length > 0,
        'cités list',
      );
      const groups = [...control(form, 'f-cite').querySelectorAll('optgroup')].map((group) => group.label);
      expect(groups).to.deep.equal(['Aisne (02)', 'Nord (59)', 'Oise (60)', 'Pas-de-Calais (62)', 'Somme (80)']);
      const options = [...control<HTMLSelectElement>(form, 'f-cite').options];
      expect(options.at(-1)!.value).to.equal('autre');
      expect(options.at(-1)!.textContent!.trim()).to.equal('Autre ou aucune');
    });

    it('lets the cité be typed when cites-src cannot be read, and tells the editor', async () => {
      const form = await formOf({ 'cites-src': mockUrl({ status: 404 }) });
      await new Promise((resolve) => setTimeout(resolve, 100));
      await form.updateComplete;
      expect(control(form, 'f-cite').localName).to.equal('input');
      expect(control(form, 'f-cite').labels?.length).to.equal(1);
    });

    it('offers the sessions as checkboxes, and asks how to attend an event both in a place and online', async () => {
      const form = await formOf();
      const sessions = [...root(form).querySelectorAll<HTMLInputElement>('input[name="sessions"]')];
      expect(sessions.map((box) => box.type)).to.deep.equal(['checkbox', 'checkbox']);
      expect(visibleText(form)).to.contain("Échange avec l'ANCT");
      expect(root(form).querySelectorAll('input[name="attendance"][type="radio"]').length).to.equal(2);
      const online = await formOf({ event: 'open-online' });
      expect(root(online).querySelector('input[name="attendance"]')).to.equal(null);
    });

    it('offers a choice when event names several open events', async () => {
      const form = await formOf({ event: 'open-both,open-online' });
      const choices = [...root(form).querySelectorAll<HTMLInputElement>('input[name="event"]')];
      expect(choices.map((choice) => choice.value)).to.deep.equal(['open-both', 'open-online']);
      await submit(form);
      expect(root(form).querySelector('[part~="error-summary"]')!.textContent).to.contain("Choisissez l'événement auquel vous inscrire.");
    });
  });

  describe('validation', () => {
    it('on a failed send: a summary linking to each field, focused, with aria-invalid and aria-describedby on the fields', async () => {
      const form = await formOf();
      const sent = scriptServer({ status: 201, body: { id: 'x' } });
      server = sent;
      await submit(form);
      const summary = root(form).querySelector<HTMLElement>('[part~="error-summary"]')!;
      expect(focused(form)).to.equal(summary);
      expect(summary.textContent!.replace(/\s+/g, ' ')).to.contain('Le formulaire contient 5 erreurs');
      const links = [...summary.querySelectorAll('a')].map((link) => link.textContent!.replace(/\s+/g, ' ').trim());
      expect(links).to.deep.equal([
        'Prénom : Indiquez votre prénom.',
        'Nom : Indiquez votre nom.',
        'Adresse e-mail : Indiquez une adresse e-mail, par exemple nom@exemple.fr.',
        'Participation : Indiquez si vous participerez sur place ou en ligne.',
        "Accord : Cochez la case d'accord : sans elle, l'inscription ne peut pas être envoyée.",
      ]);
      const email = control(form, 'f-email');
      expect(email.getAttribute('aria-invalid')).to.equal('true');
      const describedBy = email
        .getAttribute('aria-describedby')!
        .split(' ')
        .map((id) => root(form).getElementById(id)!.textContent!.trim());
      expect(describedBy).to.include('Indiquez une adresse e-mail, par exemple nom@exemple.fr.');
      summary.querySelectorAll('a')[2].click();
      expect(focused(form)).to.equal(email);
      summary.querySelectorAll('a')[3].click();
      expect(focused(form)).to.equal(control(form, 'f-attendance-0'));
      expect(sent.requests).to.have.length(0);
      await expectNoAxeViolations(form);
    });

    it('after a field is left, says what to do, and takes the message away once the answer is right', async () => {
      const form = await formOf();
      await type(form, 'f-email', 'camille@');
      expect(control(form, 'f-email').getAttribute('aria-invalid')).to.equal('true');
      expect(visibleText(form)).to.contain('Indiquez une adresse e-mail, par exemple nom@exemple.fr.');
      control(form, 'f-email').value = 'camille@example.fr';
      control(form, 'f-email').dispatchEvent(new Event('input'));
      await form.updateComplete;
      expect(control(form, 'f-email').hasAttribute('aria-invalid')).to.equal(false);
      expect(visibleText(form)).to.not.contain('Indiquez une adresse e-mail');
    });

    it('refuses an answer longer than the schema allows, saying by how much, rather than cutting it', async () => {
      const form = await formOf();
      await type(form, 'f-first-name', 'C'.repeat(600));
      expect(visibleText(form)).to.match(/Raccourcissez cette réponse à 500 caractères au plus \(elle en compte 600\)/);
      expect(control(form, 'f-first-name').value).to.have.length(600);
    });
  });

  describe('sending', () => {
    it('posts the registration as JSON, then confirms with next steps and the calendar, focused, and clears the device', async () => {
      server = scriptServer({ status: 201, body: { id: 'reg-42' } });
      const form = await formOf();
      await fillValid(form);
      await check(form, 'f-sessions-1');
      expect(localStorage.length).to.be.greaterThan(0);
      await submit(form);
      await until(() => form.matches(':state(sent)'), ':state(sent)');
      await form.updateComplete;
      const [request] = server.requests;
      expect(request.body).to.deep.equal({
        event: 'open-both',
        sessions: ['echange-anct'],
        firstName: 'Camille',
        lastName: 'Durand',
        email: 'camille.durand@example.fr',
        attendance: 'in-person',
        consent: true,
      });
      expect(request.headers.get('Idempotency-Key')).to.match(/^[\w-]{16,}$/);
      const confirmation = root(form).querySelector<HTMLElement>('[part~="confirmation"]')!;
      expect(focused(form)).to.equal(confirmation);
      expect(visibleText(form)).to.contain('Votre inscription est enregistrée');
      expect(visibleText(form)).to.contain("Numéro d'inscription : reg-42.");
      expect(visibleText(form)).to.contain("l'équipe organisatrice vous écrira à camille.durand@example.fr");
      const calendar = confirmation.querySelector<HTMLDetailsElement>('[part~="calendar"]')!;
      expect(calendar.querySelector('summary')!.textContent).to.contain('Ajouter à mon agenda');
      // Its entries are built when it opens, for the event registered for.
      expect(calendar.querySelector('a')).to.equal(null);
      calendar.open = true;
      const google = () => calendar.querySelector<HTMLAnchorElement>('a[href^="https://calendar.google.com"]');
      await until(() => !!google(), 'the opened menu never showed its links');
      expect(new URL(google()!.href).searchParams.get('text')).to.equal('Rencontre régionale des cités éducatives');
      calendar.open = false;
      expect(form.events.map((event) => event.type)).to.deep.equal(['irev-load', 'irev-submit', 'irev-submitted']);
      expect(form.events[2].detail).to.deep.include({ id: 'reg-42' });
      expect(localStorage.length).to.equal(0);
      await expectNoAxeViolations(form);
    });

    it('sends nothing when irev-submit is cancelled by the page', async () => {
      server = scriptServer({ status: 201, body: { id: 'x' } });
      const form = await formOf();
      form.addEventListener('irev-submit', (event) => event.preventDefault());
      await fillValid(form);
      await submit(form);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(server.requests).to.have.length(0);
      expect(form.events.at(-1)!.detail.registration.email).to.equal('camille.durand@example.fr');
    });

    it('sends once when the button is clicked twice, and says it is sending with :state(sending)', async () => {
      server = scriptServer({ status: 201, body: { id: 'x' } });
      server.hold();
      const form = await formOf();
      await fillValid(form);
      submitButton(form).click();
      submitButton(form).click();
      await form.updateComplete;
      expect(form.matches(':state(sending)')).to.equal(true);
      expect(root(form).querySelector('[part~="status"]')!.textContent).to.contain('Envoi de votre inscription…');
      expect(submitButton(form).getAttribute('aria-disabled')).to.equal('true');
      await expectNoAxeViolations(form);
      await until(() => server!.requests.length > 0, 'a request');
      server.release();
      await until(() => form.matches(':state(sent)'), ':state(sent)');
      expect(server.requests).to.have.length(1);
    });

    it('retries a 503 with the same Idempotency-Key, showing the retry, until the server takes it', async () => {
      server = scriptServer({ status: 503 }, { status: 503 }, { status: 201, body: { id: 'r' } });
      const form = await formOf();
      const retrying: string[] = [];
      const observer = new MutationObserver(() => retrying.push(root(form).querySelector('[part~="status"]')?.textContent ?? ''));
      observer.observe(root(form), { subtree: true, childList: true, characterData: true });
      await fillValid(form);
      await submit(form);
      await until(() => form.matches(':state(sent)'), ':state(sent)');
      observer.disconnect();
      expect(server.requests).to.have.length(3);
      expect(new Set(server.requests.map((request) => request.headers.get('Idempotency-Key'))).size).to.equal(1);
      expect(retrying.join(' ')).to.match(/Le serveur est occupé : nouvel essai dans \d+ s \(essai 2\)/);
    });

    it('maps a 400 with field errors back onto the fields, focused summary, never retried', async () => {
      server = scriptServer({ status: 400, body: { message: 'Invalid', error: { email: "L'adresse est refusée par le serveur." } } });
      const form = await formOf();
      await fillValid(form);
      await submit(form);
      await until(() => !!root(form).querySelector('[part~="error-summary"]'), 'summary');
      await form.updateComplete;
      expect(server.requests).to.have.length(1);
      expect(control(form, 'f-email').getAttribute('aria-invalid')).to.equal('true');
      expect(visibleText(form)).to.contain("L'adresse est refusée par le serveur.");
      expect(focused(form)).to.equal(root(form).querySelector('[part~="error-summary"]'));
      expect(form.events.find((event) => event.type === 'irev-error')!.detail).to.deep.include({ kind: 'http', status: 400 });
      expect(control(form, 'f-first-name').value).to.equal('Camille');
    });

    it('shows a 403 without retrying, keeps the answers, :state(failed)', async () => {
      server = scriptServer({ status: 403, body: { message: 'Access denied' } });
      const form = await formOf();
      await fillValid(form);
      await submit(form);
      await until(() => form.matches(':state(failed)'), ':state(failed)');
      await form.updateComplete;
      expect(server.requests).to.have.length(1);
      expect(visibleText(form)).to.contain("Le serveur a refusé l'inscription (erreur 403).");
      expect(root(form).querySelector('[part~="retry-button"]')).to.equal(null);
      expect(control(form, 'f-last-name').value).to.equal('Durand');
      await expectNoAxeViolations(form);
    });

    /** A form whose send failed with 5xx at every retry, and its server, which answers 201 to the next send. */
    async function failedAfterLastRetry(): Promise<[Form, ScriptedServer]> {
      const scripted = (server = scriptServer(
        { status: 500 },
        { status: 500 },
        { status: 500 },
        { status: 500 },
        { status: 201, body: { id: 'late' } },
      ));
      const form = await formOf();
      await fillValid(form);
      await submit(form);
      await until(() => form.matches(':state(failed)'), ':state(failed)');
      await form.updateComplete;
      return [form, scripted];
    }

    it('after the last retry of a 5xx, says so with « Réessayer », which sends again with the same key', async () => {
      const [form, server] = await failedAfterLastRetry();
      expect(visibleText(form)).to.contain("Le serveur n'a pas pu enregistrer votre inscription.");
      await expectNoAxeViolations(form);
      const count = server.requests.length;
      root(form).querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
      await until(() => form.matches(':state(sent)'), ':state(sent)');
      expect(server.requests).to.have.length(count + 1);
      expect(new Set(server.requests.map((request) => request.headers.get('Idempotency-Key'))).size).to.equal(1);
    });

    it('keeps the focus in the form when « Réessayer » goes with the send it starts (RGAA 12.8)', async () => {
      const [form, server] = await failedAfterLastRetry();
      server.hold();
      const retry = root(form).querySelector<HTMLButtonElement>('[part~="retry-button"]')!;
      retry.focus();
      retry.click();
      await until(() => form.matches(':state(sending)'), ':state(sending)');
      await form.updateComplete;
      expect(root(form).querySelector('[part~="retry-button"]')).to.equal(null);
      expect(focused(form)).to.equal(submitButton(form));
      server.release();
      await until(() => form.matches(':state(sent)'), ':state(sent)');
    });

    it("stops on « Annuler l'envoi », keeps the answers, and puts the focus back on the send button", async () => {
      server = scriptServer({ status: 201, body: { id: 'x' } });
      server.hold();
      const form = await formOf();
      await fillValid(form);
      await submit(form);
      const cancel = root(form).querySelector<HTMLButtonElement>('[part~="cancel-button"]')!;
      cancel.focus();
      cancel.click();
      await until(() => !form.matches(':state(sending)'), 'the send to stop');
      await form.updateComplete;
      await form.updateComplete;
      expect(root(form).querySelector('[part~="cancel-button"]')).to.equal(null);
      expect(focused(form)).to.equal(submitButton(form));
      expect(visibleText(form)).to.contain("Envoi annulé : rien n'est parti, vos réponses sont gardées.");
      expect(control(form, 'f-first-name').value).to.equal('Camille');
      expect(JSON.stringify(localStorage)).to.not.contain('irev-registration-outbox');
    });
  });

  describe('on the device', () => {
    const reload = async (form: Form, attributes: Record<string, string> = {}) => {
      form.remove();
      return formOf(attributes);
    };

    it('keeps the answers as a draft and restores them after a reload, consent and honeypot excepted, and says so', async () => {
      const form = await formOf({ id: 'inscription' });
      await fillValid(form);
      await type(form, 'f-comment', 'Je viendrai avec une collègue.');
      root(form).querySelector<HTMLInputElement>('#f-website')!.value = 'spam';
      const stored = JSON.stringify(localStorage);
      expect(stored).to.contain('camille.durand@example.fr');
      expect(stored).to.not.contain('consent');
      expect(stored).to.not.contain('spam');
      const again = await reload(form, { id: 'inscription' });
      expect(control(again, 'f-first-name').value).to.equal('Camille');
      expect(control(again, 'f-comment').value).to.equal('Je viendrai avec une collègue.');
      expect(control(again, 'f-attendance-0').checked).to.equal(true);
      expect(control(again, 'f-consent').checked).to.equal(false);
      expect(visibleText(again)).to.contain('Vos réponses précédentes ont été reprises. Cochez de nouveau la case d’accord');
      expect(visibleText(again)).to.contain("Vos réponses sont gardées sur cet appareil jusqu'à l'envoi, 30 jours au plus");
      await expectNoAxeViolations(again);
    });

    it('clears the draft from the device when asked, and says so in the live region', async () => {
      const form = await formOf();
      await type(form, 'f-first-name', 'Camille');
      root(form).querySelector<HTMLButtonElement>('[part~="clear-button"]')!.click();
      await form.updateComplete;
      expect(localStorage.length).to.equal(0);
      expect(control(form, 'f-first-name').value).to.equal('');
      expect(root(form).querySelector('[role="status"]')!.textContent).to.contain('Vos réponses ont été effacées de cet appareil.');
      const again = await reload(form);
      expect(control(again, 'f-first-name').value).to.equal('');
    });

    it('puts the focus on the first answer once « Effacer mes réponses » has gone with them (RGAA 12.8)', async () => {
      const form = await formOf();
      await type(form, 'f-first-name', 'Camille');
      const clear = root(form).querySelector<HTMLButtonElement>('[part~="clear-button"]')!;
      clear.focus();
      clear.click();
      await form.updateComplete;
      expect(root(form).querySelector('[part~="clear-button"]')).to.equal(null);
      expect(focused(form)).to.equal(control(form, 'f-first-name'));
    });

    describe('offline', () => {
      let online: PropertyDescriptor | undefined;
      const goOffline = () => Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      const goOnline = () => {
        delete (navigator as unknown as Record<string, unknown>).onLine;
        window.dispatchEvent(new Event('online'));
      };
      beforeEach(() => (online = Object.getOwnPropertyDescriptor(navigator, 'onLine')));
      afterEach(() => {
        if (!online) delete (navigator as unknown as Record<string, unknown>).onLine;
      });

      it('queues the registration on the device (consent included), says so, and sends it once back online', async () => {
        server = scriptServer({ status: 201, body: { id: 'later' } });
        const form = await formOf();
        await fillValid(form);
        goOffline();
        await submit(form);
        await until(() => form.matches(':state(pending)'), ':state(pending)');
        await form.updateComplete;
        expect(focused(form)).to.equal(root(form).querySelector('[part~="pending"]'));
        expect(visibleText(form)).to.contain('Votre inscription est gardée sur cet appareil et partira dès le retour de la connexion');
        expect(JSON.parse(localStorage.getItem('irev-registration-outbox')!)[0].registration.consent).to.equal(true);
        await expectNoAxeViolations(form);
        goOnline();
        await until(() => form.matches(':state(sent)'), ':state(sent)');
        expect(server.requests).to.have.length(1);
        expect(localStorage.getItem('irev-registration-outbox')).to.equal(null);
      });

      it('sends a registration queued on an earlier visit when the page opens again', async () => {
        const form = await formOf();
        await fillValid(form);
        goOffline();
        await submit(form);
        await until(() => form.matches(':state(pending)'), ':state(pending)');
        const key = JSON.parse(localStorage.getItem('irev-registration-outbox')!)[0].key as string;
        form.remove();
        delete (navigator as unknown as Record<string, unknown>).onLine;
        // The next visit: a new page would start with nothing claimed; this one forgets its form was removed.
        server = scriptServer({ status: 201, body: { id: 'next-visit' } });
        const next = await formOf();
        await until(() => next.matches(':state(sent)'), ':state(sent)');
        expect(server.requests.map((request) => request.headers.get('Idempotency-Key'))).to.deep.equal([key]);
        expect(visibleText(next)).to.contain("Numéro d'inscription : next-visit.");
      });

      it('leaves the focus where the visitor is when a queued registration leaves on its own, and says it (RGAA 7.4)', async () => {
        server = scriptServer({ status: 201, body: { id: 'later' } });
        const form = await formOf();
        await fillValid(form);
        goOffline();
        await submit(form);
        await until(() => form.matches(':state(pending)'), ':state(pending)');
        const elsewhere = document.createElement('input');
        elsewhere.setAttribute('aria-label', 'Recherche du site');
        document.body.append(elsewhere);
        try {
          elsewhere.focus();
          goOnline();
          await until(() => form.matches(':state(sent)'), ':state(sent)');
          await form.updateComplete;
          expect(document.activeElement).to.equal(elsewhere);
          const regions = [...root(form).querySelectorAll('[role="status"]')].map((region) => region.textContent ?? '');
          expect(regions.join(' ')).to.contain('Votre inscription en attente est partie : elle est enregistrée.');
          await expectNoAxeViolations(form);
        } finally {
          elsewhere.remove();
        }
      });
    });
  });

  describe('closed registration', () => {
    const cases: [string, string][] = [
      ['cancelled', 'Cet événement est annulé : les inscriptions sont fermées.'],
      ['over', 'Cet événement est terminé : les inscriptions sont fermées.'],
      ['started', 'Cet événement a commencé : les inscriptions sont fermées.'],
      ['full', "Cet événement est complet : il n'y a plus de place."],
      ['closed', 'Les inscriptions ont fermé le vendredi 26 février 2021.'],
      ['not-yet', 'Les inscriptions ouvriront le lundi 15 mars 2021 à 9 h.'],
    ];
    for (const [id, message] of cases) {
      it(`says why and shows no form (${id})`, async () => {
        const form = await formOf({ event: id });
        expect(visibleText(form)).to.contain(message);
        expect(root(form).querySelector('form')).to.equal(null);
        expect(form.matches(':state(closed)')).to.equal(true);
        await expectNoAxeViolations(form);
      });
    }

    it('offers only the open events when some of those named are closed', async () => {
      const form = await formOf({ event: 'full,open-online' });
      expect(root(form).querySelector('form')).to.not.equal(null);
      expect(root(form).querySelector('input[name="event"]')).to.equal(null);
      expect(visibleText(form)).to.contain('Webinaire évaluation');
    });
  });

  describe('spam', () => {
    it('has a honeypot hidden from people and screen readers, out of the tab order, and sends nothing when it is filled', async () => {
      server = scriptServer({ status: 201, body: { id: 'x' } });
      const form = await formOf();
      const trap = root(form).querySelector<HTMLInputElement>('#f-website')!;
      expect(trap.closest('[aria-hidden="true"]')).to.not.equal(null);
      expect(trap.tabIndex).to.equal(-1);
      expect(trap.getBoundingClientRect().right).to.be.at.most(0);
      // With styles off a person reads it: it says, in the widget's language, to leave it empty (RGAA 10.3).
      expect(root(form).querySelector('label[for="f-website"]')!.textContent!.trim()).to.equal('Laissez ce champ vide');
      await fillValid(form);
      trap.value = 'http://spam.example';
      await submit(form);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(server.requests).to.have.length(0);
      expect(visibleText(form)).to.contain("L'inscription n'est pas partie : relisez vos réponses, puis envoyez-la de nouveau.");
    });

    it('sends nothing when the form is sent faster than a person can fill it', async () => {
      server = scriptServer({ status: 201, body: { id: 'x' } });
      const settings = IrevRegistrationForm as unknown as { minFillMs: number };
      settings.minFillMs = 60_000;
      try {
        const form = await formOf();
        await fillValid(form);
        await submit(form);
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(server.requests).to.have.length(0);
        expect(form.matches(':state(sending)')).to.equal(false);
      } finally {
        settings.minFillMs = 0;
      }
    });
  });

  describe("« S'inscrire » on an event card", () => {
    it('preselects that event in the form it points to, and moves the focus to the form', async () => {
      const container = document.createElement('div');
      document.body.append(container);
      try {
        const card = await mount('irev-event-card', { src: EVENTS, event: 'open-online', now: NOW }, { container });
        const other = await mount<Form>(
          'irev-registration-form',
          { src: EVENTS, event: 'open-both,open-online', action: ENDPOINT, now: NOW, id: 'autre' },
          { container, keepCache: true },
        );
        const mountPoint = document.createElement('div');
        mountPoint.id = 'inscription';
        mountPoint.dataset.irevWidget = 'registration-form';
        Object.assign(mountPoint.dataset, { src: EVENTS, event: 'open-both,open-online', action: ENDPOINT, now: NOW });
        container.append(mountPoint);
        upgradeMountPoints(container);
        await until(() => !!mountPoint.querySelector('irev-registration-form'), 'the mount point upgraded');
        const form = await settle(mountPoint.querySelector('irev-registration-form') as Form);
        await settle(card as Form);
        const register = card.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="register"]')!;
        expect(register.hash).to.equal('#inscription');
        // A key press, as a visitor's: the browser follows an anchor only after the page's own handlers and microtasks.
        register.focus();
        await sendKeys({ press: 'Enter' });
        await new Promise((resolve) => setTimeout(resolve, 100));
        await form.updateComplete;
        expect(control(form, 'f-event-1').checked).to.equal(true);
        expect(document.activeElement).to.equal(form);
        expect(focused(form)).to.equal(root(form).querySelector('[part~="title"]'));
        expect(control(other, 'f-event-1').checked).to.equal(false);
        const top = form.getBoundingClientRect().top;
        expect(top).to.be.within(-1, window.innerHeight / 2);
      } finally {
        container.remove();
        history.replaceState(null, '', location.pathname + location.search);
      }
    });
  });

  describe('in English', () => {
    it('renders labels, hints, errors and the event date in English', async () => {
      const form = await formOf({ lang: 'en' });
      await submit(form);
      const text = visibleText(form);
      expect(text).to.contain('Registration');
      expect(text).to.contain('Tuesday 9 March 2021 · 9:30 am – 12:30 pm');
      expect(text).to.contain('First name');
      expect(text).to.contain('Enter an email address, for example name@example.com.');
      expect(text).to.contain('The form has 5 errors:');
      expect(text).to.not.contain('Indiquez');
      await expectNoAxeViolations(form);
    });

    it('marks the French event titles with lang="fr", and labels the honeypot in English (RGAA 8.7, 10.3)', async () => {
      const form = await formOf({ lang: 'en', event: 'open-both,open-online' });
      const titles = [...root(form).querySelectorAll('label[for^="f-event-"] [lang]')];
      expect(titles.map((title) => title.getAttribute('lang'))).to.deep.equal(['fr', 'fr']);
      expect(titles[0].textContent).to.not.equal('');
      expect(root(form).querySelector('label[for="f-website"]')!.textContent!.trim()).to.equal('Leave this field empty');
    });
  });

  describe('with format="webform"', () => {
    it('posts webform_id and the element keys of `fields` to Drupal, and maps its 400 back onto the fields', async () => {
      server = scriptServer(
        { status: 400, body: { message: 'Unprocessable', error: { courriel: 'Adresse refusée par Drupal.' } } },
        { status: 200, body: { sid: '6d95afe9' } },
      );
      const form = await formOf({
        format: 'webform',
        'webform-id': 'inscription_rencontre',
        action: '/webform_rest/submit?_format=json',
        fields: 'email: courriel, firstName: prenom',
      });
      await fillValid(form);
      await submit(form);
      await until(() => control(form, 'f-email').getAttribute('aria-invalid') === 'true', 'the email refused');
      const post = server.requests.find((request) => request.method === 'POST')!;
      expect(post.url).to.contain('/webform_rest/submit');
      expect(post.body).to.deep.include({ webform_id: 'inscription_rencontre', courriel: 'camille.durand@example.fr', prenom: 'Camille' });
      expect(visibleText(form)).to.contain('Adresse refusée par Drupal.');
      expect(control(form, 'f-consent').checked).to.equal(true);
      await submit(form);
      await until(() => form.matches(':state(sent)'), ':state(sent)');
      expect(visibleText(form)).to.contain("Numéro d'inscription : 6d95afe9.");
    });
  });

  describe('for the site editor', () => {
    it('says what is missing (action, privacy-href) and offers no form that cannot be sent', async () => {
      const form = await formOf({ action: false, 'privacy-href': false });
      const hints = root(form).querySelector('[part~="hint"]')!.textContent!;
      expect(hints).to.contain("Attribut action manquant : indiquez l'adresse qui reçoit les inscriptions.");
      expect(hints).to.contain('Attribut privacy-href manquant');
      expect(root(form).querySelector('form')).to.equal(null);
      expect(visibleText(form)).to.contain("L'inscription en ligne n'est pas encore possible ici.");
    });

    it('refuses a javascript: action', async () => {
      const form = await formOf({ action: 'javascript:alert(1)' });
      expect(root(form).querySelector('form')).to.equal(null);
      expect(visibleText(form)).to.contain("n'est pas une adresse http(s)");
    });

    it('names the event ids the data does not hold', async () => {
      const form = await formOf({ event: 'open-online,inconnu' });
      expect(visibleText(form)).to.contain("Attribut event : aucun événement ne porte l'identifiant « inconnu ».");
    });
  });

  describe('against the demo endpoint (server/registrations.mjs, mounted by the test server)', () => {
    afterEach(() => fetch('/api/registrations/failures?mode=503&count=0', { method: 'POST' }));

    it('after two 503, stores exactly one registration under one key, and confirms with its id', async () => {
      await fetch('/api/registrations/failures?mode=503&count=2', { method: 'POST' });
      const form = await formOf({ action: '/api/registrations' });
      await fillValid(form);
      const email = `camille.${Date.now()}@example.fr`;
      await type(form, 'f-email', email);
      await submit(form);
      await until(() => form.matches(':state(sent)'), ':state(sent)', 6000);
      const stored = (
        (await (await fetch('/api/registrations')).json()) as { key: string; id: string; registration: { email: string } }[]
      ).filter((record) => record.registration.email === email);
      expect(stored).to.have.length(1);
      const attempts = ((await (await fetch('/api/registrations/attempts')).json()) as { key: string | null }[]).filter(
        (attempt) => attempt.key === stored[0].key,
      );
      expect(attempts).to.have.length(3);
      expect(visibleText(form)).to.contain(`Numéro d'inscription : ${stored[0].id}.`);
    });
  });
});

runDataWidgetSuite({
  tag: 'irev-registration-form',
  attributes: { now: '2021-02-01', action: ENDPOINT, 'privacy-href': '/confidentialite' },
  // Without `event`, the form offers a choice of the events neither over nor cancelled.
  good: { file: 'demo/data/events.json', count: 5, readyText: 'Webinaire EVALUATION' },
  empty: 'test/fixtures/events/empty.json',
  mixed: { file: 'test/fixtures/events/mixed.json', count: 3, invalid: 3 },
  hostile: 'test/fixtures/events/hostile.json',
  nulls: { file: 'test/fixtures/events/nulls.json', count: 2, invalid: 1 },
  oversized: (text) => ({ events: [{ ...oversizedEvent(text), registration: { form: true } }] }),
});
