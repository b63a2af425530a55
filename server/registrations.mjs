// A local registration endpoint for the demo and the tests, speaking both contracts the form knows: plain JSON
// (`POST /api/registrations`) and Drupal's webform_rest (`GET /session/token`, `POST /webform_rest/submit`). It checks
// registrations with the browser's own zod schema, answers errors as Drupal does, stores durably, deduplicates by
// Idempotency-Key, and can be told to fail the next requests so the form's retries can be seen.
import { randomBytes, randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { openRegistrationStore } from './registration-store.mjs';
import { fromWebformSubmission, validateRegistration } from './validation.mjs';

/** The largest body read: a registration is a few KB; more is refused before it is parsed. */
export const BODY_MAX_BYTES = 64 * 1024;
/** The webform the demo endpoint knows (`webform-id`): any other id is refused as Drupal refuses it. */
export const DEMO_WEBFORM_ID = 'irev_registration';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Bundles src/schemas/registration.ts (and zod) with esbuild, already in node_modules for the test runner and Vite, and
 * imports it: Node 20 cannot import TypeScript, and the endpoint must check with the very schema the browser uses.
 * @returns {Promise<any>} the zod object `registration`
 */
export async function loadRegistrationSchema() {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [`${root}src/schemas/registration.ts`],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'error',
  });
  const module = await import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].contents).toString('base64')}`);
  return module.registration;
}

/** @param {import('node:http').ServerResponse} res @param {number} status @param {unknown} body @param {Record<string, string>} [headers] */
function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

/**
 * Reads the body up to `BODY_MAX_BYTES`; `undefined` when it is longer.
 * @param {import('node:http').IncomingMessage} req
 * @returns {Promise<string | undefined>}
 */
function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > BODY_MAX_BYTES) {
        req.removeAllListeners('data');
        req.resume();
        resolve(undefined);
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
    // A sender gone before the end of its body sent nothing: answer it nothing either.
    req.on('close', () => {
      if (!req.complete) reject(new Error('the request was closed before its body ended'));
    });
  });
}

/**
 * @typedef {'503' | '429' | 'drop' | 'lost'} FailureMode
 * 503 and 429 answer with that status (429 and 503 with `Retry-After`), `drop` closes the connection without an
 * answer, `lost` stores the registration and then closes the connection (the sender never hears it was stored).
 */

/**
 * Creates the endpoint on a data folder. `handle` is a Connect middleware (Vite's dev server); `handleKoa` is the
 * same for Koa (web-test-runner's server).
 * @param {{ dataDir: string, webformIds?: string[], warn?: (message: string) => void }} options
 */
export async function createRegistrationEndpoint({ dataDir, webformIds = [DEMO_WEBFORM_ID], warn = console.warn }) {
  const [schema, store] = await Promise.all([loadRegistrationSchema(), openRegistrationStore(dataDir, { warn })]);
  const csrfToken = randomBytes(24).toString('base64url');
  /** Requests under way per Idempotency-Key: a second one with the same key waits for the first. */
  const inFlight = new Map();
  /** @type {{ mode: FailureMode, count: number, retryAfter: number }} */
  const failures = { mode: '503', count: 0, retryAfter: 1 };
  /** The last submissions received, answered or not, so the demo page and the tests can see every retry. */
  const attempts = [];

  /** Accepts a registration once per key; the same key again gives the same record, another body under it a conflict. */
  async function accept(registration, key, format, webformId) {
    // No await unless a write is under way: a second request with the key must find the first one's write.
    const pending = key ? inFlight.get(key) : undefined;
    const earlier = key ? (store.byKey(key) ?? (pending ? await pending : undefined)) : undefined;
    if (earlier) {
      const same = JSON.stringify(earlier.registration) === JSON.stringify(registration);
      return same ? { record: earlier, replayed: true } : { conflict: true };
    }
    const record = { id: randomUUID(), key: key || null, receivedAt: new Date().toISOString(), format, webformId, registration };
    const write = store.append(record).then(() => record);
    if (key) inFlight.set(key, write);
    try {
      return { record: await write, replayed: false };
    } finally {
      if (key) inFlight.delete(key);
    }
  }

  /** Answers a submission through one of the two contracts. */
  async function submit(req, res, format) {
    const failure = failures.count > 0 ? failures.mode : undefined;
    if (failure) failures.count -= 1;
    const key = String(req.headers['idempotency-key'] ?? '').slice(0, 255);
    attempts.push({ at: new Date().toISOString(), format, key: key || null, failure: failure ?? null });
    if (attempts.length > 200) attempts.shift();
    if (failure === 'drop') return req.socket.destroy();
    if (failure === '503' || failure === '429') {
      return send(
        res,
        Number(failure),
        { message: `Demo failure (${failure}): try again later.` },
        { 'Retry-After': String(failures.retryAfter) },
      );
    }
    if (format === 'webform') {
      const token = req.headers['x-csrf-token'];
      if (!token) return send(res, 403, { message: 'X-CSRF-Token request header is missing' });
      if (token !== csrfToken) return send(res, 403, { message: 'X-CSRF-Token request header is invalid' });
    }
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
      return send(res, 415, { message: 'No route found that matches "Content-Type: ' + (req.headers['content-type'] ?? '') + '"' });
    }
    const text = await readBody(req);
    if (text === undefined)
      return send(res, 413, { message: `The body is larger than ${BODY_MAX_BYTES / 1024} KB.` }, { Connection: 'close' });
    let body;
    try {
      body = JSON.parse(text);
    } catch {
      return send(res, 400, { message: 'Syntax error' });
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return send(res, 400, { message: 'Syntax error' });
    let answers = body;
    let webformId;
    if (format === 'webform') {
      webformId = typeof body.webform_id === 'string' ? body.webform_id : '';
      if (!webformId) return send(res, 400, { message: 'Missing required webform_id value.' });
      if (!webformIds.includes(webformId)) return send(res, 400, { message: 'Invalid webform_id value.' });
      answers = fromWebformSubmission(schema, body);
    }
    const checked = validateRegistration(schema, answers, format);
    if (!checked.success) return send(res, 400, { message: 'Submitted Data contains validation errors.', error: checked.errors });
    const result = await accept(checked.data, key, format, webformId);
    if (result.conflict) return send(res, 409, { message: 'This Idempotency-Key was already used for another registration.' });
    if (failure === 'lost') return req.socket.destroy();
    const replayed = result.replayed ? { 'Idempotent-Replayed': 'true' } : {};
    if (format === 'webform') return send(res, 200, { sid: result.record.id }, replayed);
    return send(res, 201, { id: result.record.id }, replayed);
  }

  /** `POST /api/registrations/failures?mode=503|429|drop|lost&count=N&retryAfter=S`: the next N submissions fail. */
  function armFailures(url, res) {
    const mode = url.searchParams.get('mode') ?? '503';
    const count = Number(url.searchParams.get('count') ?? '1');
    const retryAfter = Number(url.searchParams.get('retryAfter') ?? '1');
    if (!['503', '429', 'drop', 'lost'].includes(mode) || !Number.isInteger(count) || count < 0 || !(retryAfter >= 0)) {
      return send(res, 400, { message: 'mode is 503, 429, drop or lost; count a whole number; retryAfter seconds' });
    }
    Object.assign(failures, { mode, count: Math.min(count, 100), retryAfter: Math.min(Math.round(retryAfter), 3600) });
    send(res, 200, failures);
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {() => void} next
   */
  async function handle(req, res, next) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = `${req.method} ${url.pathname.replace(/\/$/, '')}`;
    try {
      if (route === 'GET /session/token') {
        res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
        return res.end(csrfToken);
      }
      if (route === 'POST /webform_rest/submit') return await submit(req, res, 'webform');
      if (route === 'POST /api/registrations') return await submit(req, res, 'json');
      if (route === 'GET /api/registrations') return send(res, 200, store.records);
      if (route === 'POST /api/registrations/failures') return armFailures(url, res);
      if (route === 'GET /api/registrations/failures') return send(res, 200, failures);
      if (route === 'GET /api/registrations/attempts') return send(res, 200, attempts);
    } catch (error) {
      warn(`[registrations] ${route}: ${error instanceof Error ? error.stack : String(error)}`);
      if (!res.headersSent) return send(res, 500, { message: 'The registration could not be stored.' });
      return res.destroy();
    }
    next();
  }

  return {
    store,
    handle,
    /** The same, as a Koa middleware: Koa must leave the raw response to it. */
    async handleKoa(ctx, next) {
      let passed = false;
      ctx.respond = false;
      await handle(ctx.req, ctx.res, () => (passed = true));
      if (!passed) return;
      ctx.respond = true;
      await next();
    },
    close: () => store.close(),
  };
}
