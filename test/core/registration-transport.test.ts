import { expect } from '@open-wc/testing';
import { sendRegistration, parseWebformFields, type RetryNotice, type Destination } from '../../src/core/registration/transport.js';
import { toWebformSubmission, webformKeys } from '../../src/core/registration/webform.js';
import { readCapped, readJsonAnswer } from '../../src/core/registration/answer.js';
import { backoffDelay, retryAfterMs } from '../../src/core/registration/retry.js';
import type { Registration } from '../../src/schemas/registration.js';
import { hitsOf, mockUrl, uniqueKey } from '../shared/helpers.js';

// The test server mounts the demo endpoint (server/registrations.mjs) on a data folder of its own for the run.
const json: Destination = { action: '/api/registrations', format: 'json' };
const webform: Destination = { action: '/webform_rest/submit?_format=json', format: 'webform', webformId: 'irev_registration' };

interface Stored {
  id: string;
  key: string | null;
  format: string;
  registration: Registration;
}

function someone(overrides: Partial<Registration> = {}): Registration {
  return {
    event: 'rencontre-regionale-2021-03-09',
    sessions: ['apres-midi', 'echange-anct'],
    firstName: 'Camille',
    lastName: 'Durand',
    email: `camille.${uniqueKey()}@exemple.fr`,
    role: 'coordination',
    consent: true,
    ...overrides,
  };
}

async function storedUnder(key: string): Promise<Stored[]> {
  const list = (await (await fetch('/api/registrations')).json()) as Stored[];
  return list.filter((record) => record.key === key);
}

async function attemptsWith(key: string): Promise<number> {
  const list = (await (await fetch('/api/registrations/attempts')).json()) as { key: string | null }[];
  return list.filter((attempt) => attempt.key === key).length;
}

/** Makes the endpoint fail its next `count` submissions. */
async function failNext(mode: '503' | '429' | 'drop' | 'lost', count: number, retryAfter = 0): Promise<void> {
  await fetch(`/api/registrations/failures?mode=${mode}&count=${count}&retryAfter=${retryAfter}`, { method: 'POST' });
}

describe('sendRegistration', () => {
  afterEach(() => failNext('503', 0));

  describe('when the JSON endpoint answers 503 twice', () => {
    it('retries with the same Idempotency-Key and stores exactly one registration', async () => {
      await failNext('503', 2);
      const key = uniqueKey();
      const notices: RetryNotice[] = [];
      const answers = someone();
      const outcome = await sendRegistration(answers, json, { key, baseDelayMs: 10, onRetry: (notice) => notices.push(notice) });
      expect(outcome.status).to.equal('sent');
      expect(notices.map((notice) => [notice.attempt, notice.reason])).to.deep.equal([
        [2, 'server'],
        [3, 'server'],
      ]);
      expect(await attemptsWith(key)).to.equal(3);
      const stored = await storedUnder(key);
      expect(stored).to.have.length(1);
      expect(stored[0].id).to.equal((outcome as { id: string }).id);
      expect(stored[0].registration).to.deep.equal(answers);
    });
  });

  describe('when the answer to a stored registration is lost', () => {
    it('sends again and gets the same id, with one record', async () => {
      await failNext('lost', 1);
      const key = uniqueKey();
      const outcome = await sendRegistration(someone(), json, { key, baseDelayMs: 10 });
      expect(outcome.status).to.equal('sent');
      const stored = await storedUnder(key);
      expect(stored).to.have.length(1);
      expect(stored[0].id).to.equal((outcome as { id: string }).id);
    });
  });

  describe('when the server refuses the answers', () => {
    it('maps a 400 back onto the fields and never retries it', async () => {
      const key = uniqueKey();
      const outcome = await sendRegistration(someone({ email: 'camille-at-exemple' }), json, { key, baseDelayMs: 10 });
      expect(outcome.status).to.equal('invalid');
      expect(outcome)
        .to.have.nested.property('fields.email')
        .that.matches(/nom@exemple\.fr/);
      expect(await attemptsWith(key)).to.equal(1);
      expect(await storedUnder(key)).to.have.length(0);
    });

    it('never retries a 422 or a 403', async () => {
      const key = uniqueKey();
      const body = JSON.stringify({ message: 'Données refusées', error: { lastName: 'Trop long' } });
      const invalid = await sendRegistration(
        someone(),
        { action: mockUrl({ status: 422, body, count: key }), format: 'json' },
        { key, baseDelayMs: 1 },
      );
      expect(invalid).to.deep.equal({ status: 'invalid', message: 'Données refusées', fields: { lastName: 'Trop long' } });
      const closed = await sendRegistration(
        someone(),
        { action: mockUrl({ status: 403, body: '{"message":"This webform is closed"}', count: `${key}-403` }), format: 'json' },
        { key, baseDelayMs: 1 },
      );
      expect(closed).to.deep.equal({ status: 'refused', httpStatus: 403, message: 'This webform is closed' });
      expect([await hitsOf(key), await hitsOf(`${key}-403`)]).to.deep.equal([1, 1]);
    });
  });

  describe('when the server answers 429 with Retry-After', () => {
    it('waits as long as it asks before trying again', async () => {
      await failNext('429', 1, 1);
      const notices: RetryNotice[] = [];
      const start = performance.now();
      const outcome = await sendRegistration(someone(), json, {
        key: uniqueKey(),
        baseDelayMs: 10,
        onRetry: (notice) => notices.push(notice),
      });
      expect(outcome.status).to.equal('sent');
      expect(notices).to.deep.equal([{ attempt: 2, retryInMs: 1000, reason: 'busy' }]);
      expect(performance.now() - start).to.be.at.least(1000);
    });
  });

  describe('when the visitor cancels during the wait', () => {
    it('stops at once, sends nothing more and says cancelled', async () => {
      await failNext('503', 5);
      const key = uniqueKey();
      const controller = new AbortController();
      const start = performance.now();
      const outcome = await sendRegistration(someone(), json, {
        key,
        baseDelayMs: 5000,
        signal: controller.signal,
        onRetry: () => setTimeout(() => controller.abort(), 50),
      });
      expect(outcome).to.deep.equal({ status: 'cancelled' });
      expect(performance.now() - start).to.be.below(2000);
      expect(await attemptsWith(key)).to.equal(1);
    });
  });

  describe('when the connection drops on every attempt', () => {
    it('says offline after the last retry', async () => {
      await failNext('drop', 50);
      const notices: RetryNotice[] = [];
      const outcome = await sendRegistration(someone(), json, {
        key: uniqueKey(),
        retries: 2,
        baseDelayMs: 10,
        onRetry: (n) => notices.push(n),
      });
      expect(outcome).to.deep.equal({ status: 'offline' });
      expect(notices.map((notice) => notice.reason)).to.deep.equal(['network', 'network']);
    });
  });

  describe('when the browser is offline', () => {
    it('says offline without sending anything', async () => {
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      const key = uniqueKey();
      try {
        expect(await sendRegistration(someone(), json, { key })).to.deep.equal({ status: 'offline' });
      } finally {
        delete (navigator as { onLine?: boolean }).onLine;
      }
      expect(navigator.onLine).to.equal(true);
      expect(await attemptsWith(key)).to.equal(0);
    });
  });

  describe('with webform_rest', () => {
    it('fetches the CSRF token of a same-origin Drupal and sends it with flat element keys', async () => {
      const key = uniqueKey();
      const answers = someone();
      const outcome = await sendRegistration(answers, webform, { key });
      expect(outcome.status).to.equal('sent');
      const [stored] = await storedUnder(key);
      expect(stored.format).to.equal('webform');
      expect(stored.registration).to.deep.equal(answers);
    });

    it('asks Drupal for a new CSRF token once when it refuses the old one with 403, then sends', async () => {
      const original = window.fetch;
      const tokens = ['from-an-old-session', 'fresh'];
      const sent: (string | null)[] = [];
      window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
        const url = new URL(String(input), document.baseURI);
        if (url.pathname === '/session/token') return new Response(tokens.shift() ?? 'fresh');
        sent.push(new Headers(init?.headers).get('X-CSRF-Token'));
        return sent.at(-1) === 'fresh'
          ? new Response('{"sid":"42"}', { status: 200, headers: { 'Content-Type': 'application/json' } })
          : new Response('{"message":"X-CSRF-Token request header is invalid"}', { status: 403 });
      };
      try {
        const outcome = await sendRegistration(someone(), webform, { key: uniqueKey(), retries: 0 });
        expect(outcome).to.deep.equal({ status: 'sent', id: '42' });
        expect(sent).to.deep.equal(['from-an-old-session', 'fresh']);
      } finally {
        window.fetch = original;
      }
    });

    it('gives up after one new CSRF token still refused with 403', async () => {
      const original = window.fetch;
      let posts = 0;
      window.fetch = async (input: RequestInfo | URL) => {
        if (new URL(String(input), document.baseURI).pathname === '/session/token') return new Response('token');
        posts += 1;
        return new Response('{"message":"Access denied"}', { status: 403 });
      };
      try {
        const outcome = await sendRegistration(someone(), webform, { key: uniqueKey() });
        expect(outcome).to.deep.equal({ status: 'refused', httpStatus: 403, message: 'Access denied' });
        expect(posts).to.equal(2);
      } finally {
        window.fetch = original;
      }
    });

    it('maps Drupal’s 400 errors back through the element keys of `fields`', async () => {
      const body = JSON.stringify({
        message: 'Submitted Data contains validation errors.',
        error: { prenom: 'Le prénom est requis.', courriel: 'Le courriel n’est pas valide.', 'adresse][ville': 'La ville manque.' },
      });
      const destination: Destination = {
        action: mockUrl({ status: 400, body }),
        format: 'webform',
        webformId: 'irev_registration',
        fields: parseWebformFields('firstName: prenom, email: courriel').fields,
      };
      const outcome = await sendRegistration(someone(), destination, { key: uniqueKey() });
      expect(outcome).to.deep.equal({
        status: 'invalid',
        message: 'Submitted Data contains validation errors. La ville manque.',
        fields: { firstName: 'Le prénom est requis.', email: 'Le courriel n’est pas valide.' },
      });
    });

    it('reads the errors webform_rest 1.x answered with 200 and no sid as errors', async () => {
      const body = JSON.stringify({ error: { email: 'Le courriel n’est pas valide.' } });
      const outcome = await sendRegistration(someone(), { ...webform, action: mockUrl({ status: 200, body }) }, { key: uniqueKey() });
      expect(outcome).to.deep.equal({ status: 'invalid', message: undefined, fields: { email: 'Le courriel n’est pas valide.' } });
    });

    it('maps the endpoint’s own 400 onto the fields', async () => {
      const outcome = await sendRegistration(someone({ email: 'pas-une-adresse' }), webform, { key: uniqueKey() });
      expect(outcome.status).to.equal('invalid');
      expect(outcome)
        .to.have.nested.property('fields.email')
        .that.matches(/nom@exemple\.fr/);
    });

    it('refuses to send without a webform id, before any request', async () => {
      const outcome = await sendRegistration(someone(), { ...webform, webformId: ' ' }, { key: uniqueKey() });
      expect(outcome).to.include({ status: 'refused', httpStatus: 0 });
    });
  });

  describe('when the server is hostile', () => {
    const hostile = async (status: number, body: string, type = 'application/json') =>
      sendRegistration(
        someone(),
        { ...webform, action: mockUrl({ status, body, type }) },
        { key: uniqueKey(), retries: 1, baseDelayMs: 1 },
      );

    it('does not take an HTML page, an empty answer or a bad sid for a confirmation', async () => {
      expect(await hostile(200, '<!doctype html><p>Merci</p>', 'text/html')).to.deep.include({ status: 'failed', httpStatus: 200 });
      expect(((await hostile(200, '<!doctype html>', 'text/html')) as { message: string }).message).to.match(/HTML page/);
      expect(((await hostile(200, '')) as { message: string }).message).to.match(/empty/);
      expect(((await hostile(200, '{"sid":{"value":12}}')) as { message: string }).message).to.match(/no "sid"/);
      expect(await hostile(200, '{"sid":12}')).to.deep.equal({ status: 'sent', id: '12' });
    });

    it('gives up on a 500 HTML page after the retries, with its status', async () => {
      expect(await hostile(500, '<html><body>Fatal error</body></html>', 'text/html')).to.deep.equal({
        status: 'failed',
        httpStatus: 500,
        message: undefined,
      });
    });

    it('stops reading an answer past 64 KB', async () => {
      expect(await readCapped(new Response('x'.repeat(70_000)))).to.equal(undefined);
      expect(readJsonAnswer(undefined)).to.deep.equal({ problem: 'the answer is larger than 64 KB' });
    });
  });
});

describe('parseWebformFields and the webform body', () => {
  it('reads « field: key » pairs, reports unknown keys, and never a key of Object.prototype', () => {
    expect(parseWebformFields('firstName: prenom, email = courriel; comment:, nom: x, __proto__: y')).to.deep.equal({
      fields: { firstName: 'prenom', email: 'courriel', comment: '' },
      unknown: ['nom', '__proto__'],
    });
    expect(parseWebformFields(null)).to.deep.equal({ fields: {}, unknown: [] });
  });

  it('writes flat element keys, snake_case by default, sessions as a list and consent as 1', () => {
    const keys = webformKeys(parseWebformFields('firstName: prenom, comment:').fields);
    const answers = someone({ email: 'camille@exemple.fr', comment: 'Sans objet', organisation: 'Ville de Roubaix' });
    expect(toWebformSubmission(answers, 'irev_registration', keys)).to.deep.equal({
      webform_id: 'irev_registration',
      event: 'rencontre-regionale-2021-03-09',
      sessions: ['apres-midi', 'echange-anct'],
      prenom: 'Camille',
      last_name: 'Durand',
      email: 'camille@exemple.fr',
      organisation: 'Ville de Roubaix',
      role: 'coordination',
      consent: 1,
    });
  });

  it('never lets a field overwrite webform_id', () => {
    const keys = webformKeys({ firstName: 'webform_id' });
    expect(toWebformSubmission(someone(), 'irev_registration', keys).webform_id).to.equal('irev_registration');
  });
});

describe('retry timing', () => {
  it('doubles the backoff up to the cap, keeping at least half of it', () => {
    expect([1, 2, 3, 10].map((attempt) => backoffDelay(attempt, 1000, 30_000, () => 1))).to.deep.equal([1000, 2000, 4000, 30_000]);
    expect(backoffDelay(3, 1000, 30_000, () => 0)).to.equal(2000);
  });

  it('reads Retry-After in seconds or as an HTTP date', () => {
    const now = Date.parse('2026-03-09T09:00:00Z');
    expect(retryAfterMs('120', now)).to.equal(120_000);
    expect(retryAfterMs('Mon, 09 Mar 2026 09:00:30 GMT', now)).to.equal(30_000);
    expect(retryAfterMs('bientôt', now)).to.equal(undefined);
    expect(retryAfterMs(null, now)).to.equal(undefined);
  });
});
