// The demo registration endpoint, in Node (`node --test test/server/`, part of `npm test`): what it confirmed survives a
// restart, the same Idempotency-Key never makes two records, and it answers like Drupal.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRegistrationEndpoint } from '../../server/registrations.mjs';

const camille = {
  event: 'rencontre-regionale-2021-03-09',
  firstName: 'Camille',
  lastName: 'Durand',
  email: 'camille.durand@exemple.fr',
  consent: true,
};

/** Starts the endpoint on `dataDir` behind a real HTTP server; `stop` closes both. */
async function start(dataDir, warnings = []) {
  const endpoint = await createRegistrationEndpoint({ dataDir, warn: (message) => warnings.push(message) });
  const server = createServer((req, res) =>
    endpoint.handle(req, res, () => {
      res.writeHead(404).end();
    }),
  );
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  const stop = async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await endpoint.close();
  };
  return { base, stop, endpoint };
}

const post = (base, path, body, headers = {}) =>
  fetch(`${base}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

const list = async (base) => (await fetch(`${base}/api/registrations`)).json();

describe('the demo registration endpoint', () => {
  let dataDir;
  before(async () => (dataDir = await mkdtemp(join(tmpdir(), 'irev-registrations-test-'))));
  after(() => rm(dataDir, { recursive: true, force: true }));

  it('still lists an accepted registration after a restart on the same folder', async () => {
    const first = await start(dataDir);
    const answer = await post(first.base, '/api/registrations', camille, { 'Idempotency-Key': 'durable-1' });
    assert.equal(answer.status, 201);
    const { id } = await answer.json();
    await first.stop();

    const second = await start(dataDir);
    try {
      const records = await list(second.base);
      assert.deepEqual(
        records.map((record) => [record.id, record.key, record.registration.email]),
        [[id, 'durable-1', camille.email]],
      );
    } finally {
      await second.stop();
    }
  });

  it('keeps one record for the same key sent twice, even at the same time, and answers the same id', async () => {
    const { base, stop } = await start(dataDir);
    try {
      const before = (await list(base)).length;
      const headers = { 'Idempotency-Key': 'twice-1' };
      const answers = await Promise.all([1, 2, 3].map(() => post(base, '/api/registrations', camille, headers)));
      const ids = await Promise.all(answers.map(async (answer) => (await answer.json()).id));
      assert.deepEqual(
        answers.map((answer) => answer.status),
        [201, 201, 201],
      );
      assert.equal(new Set(ids).size, 1);
      const records = await list(base);
      assert.equal(records.length, before + 1);
      assert.equal(records.filter((record) => record.key === 'twice-1').length, 1);
    } finally {
      await stop();
    }
  });

  it('refuses other answers under a key already used (409), and stores nothing', async () => {
    const { base, stop } = await start(dataDir);
    try {
      await post(base, '/api/registrations', camille, { 'Idempotency-Key': 'conflict-1' });
      const other = await post(base, '/api/registrations', { ...camille, firstName: 'Dominique' }, { 'Idempotency-Key': 'conflict-1' });
      assert.equal(other.status, 409);
      assert.equal((await list(base)).filter((record) => record.key === 'conflict-1').length, 1);
    } finally {
      await stop();
    }
  });

  it('skips and reports a torn last line after a crash, and keeps writing readable lines', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'irev-registrations-torn-'));
    const warnings = [];
    try {
      const first = await start(folder);
      await post(first.base, '/api/registrations', camille, { 'Idempotency-Key': 'before-crash' });
      await first.stop();
      await appendFile(join(folder, 'registrations.ndjson'), '{"id":"torn","registration":{"firstNa');

      const second = await start(folder, warnings);
      try {
        assert.match(warnings.join('\n'), /skipped unreadable line\(s\) 2\b/);
        await post(second.base, '/api/registrations', camille, { 'Idempotency-Key': 'after-crash' });
        assert.deepEqual(
          (await list(second.base)).map((record) => record.key),
          ['before-crash', 'after-crash'],
        );
      } finally {
        await second.stop();
      }
      const lines = (await readFile(join(folder, 'registrations.ndjson'), 'utf8')).trimEnd().split('\n');
      assert.equal(lines.length, 3);
      assert.equal(JSON.parse(lines[2]).key, 'after-crash');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('answers webform_rest like Drupal: CSRF token, webform_id, sid, field errors by element key', async () => {
    const { base, stop } = await start(dataDir);
    try {
      const submission = { webform_id: 'irev_registration', event: camille.event, first_name: 'Camille', last_name: 'Durand', consent: 1 };
      const submit = (body, headers) => post(base, '/webform_rest/submit?_format=json', body, headers);
      assert.deepEqual(await (await submit({ ...submission, email: camille.email })).json(), {
        message: 'X-CSRF-Token request header is missing',
      });
      const token = await (await fetch(`${base}/session/token`)).text();
      const csrf = { 'X-CSRF-Token': token };
      const missingId = await submit({ ...submission, webform_id: undefined, email: camille.email }, csrf);
      assert.equal(missingId.status, 400);
      assert.match((await missingId.json()).message, /webform_id/);
      const invalid = await submit(
        { ...submission, email: 'nulle-part', consent: 0, last_name: '  ', organisation: 'x'.repeat(501), role: 'maire' },
        csrf,
      );
      assert.equal(invalid.status, 400);
      const { message, error } = await invalid.json();
      assert.equal(message, 'Submitted Data contains validation errors.');
      // Each field's own advice: the schema's issues keep the codes the endpoint reads (too_small, too_big, invalid_value).
      assert.deepEqual(error, {
        last_name: 'Ce champ est obligatoire.',
        email: 'Indiquez une adresse e-mail, par exemple nom@exemple.fr.',
        organisation: 'Ce champ tient en 500 caractères au plus.',
        role: 'Choisissez une des réponses proposées.',
        consent: 'Cochez la case pour accepter le traitement de vos données : l’inscription en a besoin.',
      });
      const sent = await submit({ ...submission, email: camille.email }, csrf);
      assert.equal(sent.status, 200);
      assert.equal(typeof (await sent.json()).sid, 'string');
    } finally {
      await stop();
    }
  });

  it('fails the next N submissions when told to, then accepts again', async () => {
    const { base, stop } = await start(dataDir);
    try {
      const armed = await fetch(`${base}/api/registrations/failures?mode=429&count=2&retryAfter=7`, { method: 'POST' });
      assert.equal(armed.status, 200);
      const statuses = [];
      for (let i = 0; i < 3; i += 1) {
        const answer = await post(base, '/api/registrations', camille, { 'Idempotency-Key': 'busy-1' });
        statuses.push([answer.status, answer.headers.get('retry-after')]);
      }
      assert.deepEqual(statuses, [
        [429, '7'],
        [429, '7'],
        [201, null],
      ]);
    } finally {
      await stop();
    }
  });

  it('refuses a body over 64 KB without storing it', async () => {
    const { base, stop } = await start(dataDir);
    try {
      const before = (await list(base)).length;
      const answer = await post(base, '/api/registrations', { ...camille, comment: 'x'.repeat(70_000) });
      assert.equal(answer.status, 413);
      assert.equal((await list(base)).length, before);
    } finally {
      await stop();
    }
  });
});
