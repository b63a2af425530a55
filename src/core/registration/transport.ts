// Sending one registration, to any JSON endpoint or to Drupal's webform_rest, losing nothing: every attempt carries
// the same Idempotency-Key, failures a retry can cure are retried, the others are said, and nothing ever throws.
import type { Registration } from '../../schemas/registration.js';
import { within } from '../deadline.js';
import { safeUrl } from '../urls.js';
import { TEXT_MAX, truncate } from '../caps.js';
import { readCapped, readJsonAnswer, registrationId } from './answer.js';
import { backoffDelay, pause, retryAfterMs } from './retry.js';
import { fieldErrors, messageText, ownNames, toWebformSubmission, webformKeys, type FieldNames } from './webform.js';

export { parseWebformFields } from './webform.js';

export type RegistrationFormat = 'json' | 'webform';

export interface Destination {
  /** Where the registration is POSTed; for webform_rest, `<site>/webform_rest/submit?_format=json`. */
  action: string;
  format: RegistrationFormat;
  /** The webform's machine name (`webform_id`): required by the webform format. */
  webformId?: string;
  /** registration field → webform element key (defaults: snake_case of the field names) */
  fields?: Partial<Record<keyof Registration, string>>;
}

export interface RetryNotice {
  /** The attempt about to be made: 2 for the first retry. */
  attempt: number;
  /** How long until it is made. */
  retryInMs: number;
  /** Why: the network failed or no answer came in time, the server failed (5xx), or it asked to wait (429). */
  reason: 'network' | 'server' | 'busy';
}

export type SendOutcome =
  | { status: 'sent'; id: string }
  | { status: 'invalid'; message?: string; fields: Partial<Record<keyof Registration, string>> } // 400/422, server messages mapped back onto registration fields
  | { status: 'refused'; httpStatus: number; message?: string } // other 4xx: never retried; 0 when nothing could be sent (a bad action, webform id or key)
  | { status: 'offline' } // the browser is offline or the network failed on every attempt
  | { status: 'failed'; httpStatus?: number; message?: string } // 5xx/429 after the last retry, no answer in time, or an unreadable success
  | { status: 'cancelled' }; // options.signal aborted

export interface SendOptions {
  /** The registration's Idempotency-Key: the same for every attempt and every later send of the same answers. */
  key: string;
  signal?: AbortSignal;
  /** Called before each wait for a retry, so the visitor sees what happens. */
  onRetry?: (notice: RetryNotice) => void;
  /** Retries after the first attempt (default 4, at most 10). */
  retries?: number;
  /** The first backoff, in ms (default 1,000); each next one doubles. */
  baseDelayMs?: number;
  /** The longest wait between two attempts, Retry-After included, in ms (default 30,000). */
  maxDelayMs?: number;
}

/** How long one attempt (CSRF token and submission) may take before it counts as lost. */
export const ATTEMPT_TIMEOUT_MS = 20_000;

/** What one attempt came to: an outcome to give, or a failure a retry may cure (with the outcome if none is left). */
type Attempt = { outcome: SendOutcome; retry?: { reason: RetryNotice['reason']; waitMs?: number } };

interface Plan {
  url: string;
  body: string;
  names: FieldNames;
  /** Drupal's CSRF token route, when the submission is same-origin (a cross-origin one is anonymous: none needed). */
  tokenUrl?: string;
  format: RegistrationFormat;
}

class AttemptTimeout extends Error {}

const refusedBeforeSending = (message: string): SendOutcome => ({ status: 'refused', httpStatus: 0, message });
const networkFailure = (): Attempt => ({ outcome: { status: 'offline' }, retry: { reason: 'network' } });
const isOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false;
const whole = (value: number | undefined, fallback: number, max: number) =>
  typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(0, Math.floor(value))) : fallback;

/** Where and what to send, or why nothing can be (a mistake in the page's configuration, never retried). */
function plan(answers: Registration, destination: Destination, key: string): Plan | SendOutcome {
  if (!/^[\x21-\x7e]{1,255}$/.test(key)) return refusedBeforeSending('The Idempotency-Key must be 1 to 255 visible ASCII characters');
  const url = safeUrl(destination.action, document.baseURI);
  if (!url || !/^https?:$/.test(new URL(url).protocol))
    return refusedBeforeSending(`The action "${destination.action}" is not an http(s) URL`);
  if (destination.format !== 'webform') return { url, body: JSON.stringify(answers), names: ownNames, format: 'json' };
  const webformId = destination.webformId?.trim();
  if (!webformId) return refusedBeforeSending('The webform format needs the webform id (webform-id)');
  const names = webformKeys(destination.fields);
  const target = new URL(url);
  // Drupal in a folder or behind a language prefix (`/fr/webform_rest/submit`) serves its token beside the resource.
  const tokenPath = /\/webform_rest\/submit\/?$/.test(target.pathname)
    ? target.pathname.replace(/webform_rest\/submit\/?$/, 'session/token')
    : '/session/token';
  const tokenUrl = target.origin === location.origin ? new URL(tokenPath, target.origin).href : undefined;
  return { url, body: JSON.stringify(toWebformSubmission(answers, webformId, names)), names, tokenUrl, format: 'webform' };
}

/** What an HTTP answer means for the registration. */
function judge(response: Response, body: string | undefined, plan: Plan): Attempt {
  const httpStatus = response.status;
  const read = readJsonAnswer(body);
  const json = 'json' in read ? read.json : undefined;
  const message = messageText(json?.message);
  // webform_rest 1.x answered its validation errors with 200 and no sid: they are errors all the same.
  const refusedAnswers =
    httpStatus === 400 ||
    httpStatus === 422 ||
    (response.ok && typeof json?.error === 'object' && json.error !== null && !json.sid && !json.id);
  if (refusedAnswers) {
    const { fields, others } = fieldErrors(json?.error, plan.names);
    const text = [message, ...others].filter(Boolean).join(' ');
    return { outcome: { status: 'invalid', message: text ? truncate(text, TEXT_MAX) : undefined, fields } };
  }
  if (response.ok) {
    const id = registrationId(json?.[plan.format === 'webform' ? 'sid' : 'id']);
    if (id) return { outcome: { status: 'sent', id } };
    const problem = 'problem' in read ? read.problem : `the answer has no ${plan.format === 'webform' ? '"sid"' : '"id"'}`;
    return { outcome: { status: 'failed', httpStatus, message: `HTTP ${httpStatus} but ${problem}: the registration is not confirmed` } };
  }
  const waitMs = retryAfterMs(response.headers.get('Retry-After'));
  if (httpStatus === 429) return { outcome: { status: 'failed', httpStatus, message }, retry: { reason: 'busy', waitMs } };
  if (httpStatus >= 500) return { outcome: { status: 'failed', httpStatus, message }, retry: { reason: 'server', waitMs } };
  return { outcome: { status: 'refused', httpStatus, message } };
}

/** Drupal's CSRF token for this session, or what stands in the way. */
async function csrfToken(tokenUrl: string, signal: AbortSignal): Promise<string | Attempt> {
  const response = await fetch(tokenUrl, { credentials: 'same-origin', cache: 'no-store', signal });
  const body = await readCapped(response, 1024);
  if (response.status >= 500 || response.status === 429) {
    return { outcome: { status: 'failed', httpStatus: response.status }, retry: { reason: response.status === 429 ? 'busy' : 'server' } };
  }
  const token = body?.trim() ?? '';
  // A header value must be visible ASCII, or fetch itself throws: a login page is no token.
  if (response.ok && /^[\w.~+/=-]{1,512}$/.test(token)) return token;
  return {
    outcome: {
      status: 'refused',
      httpStatus: response.status,
      message: `${tokenUrl} did not answer a CSRF token (is this a Drupal site?)`,
    },
  };
}

/** Drupal's CSRF token of one send, kept between its attempts; `renewed` once it was asked again after a 403. */
interface CsrfToken {
  value?: string;
  renewed?: boolean;
}

/** One attempt: the CSRF token when needed (kept for the next attempts), then the submission, within the time limit. */
async function attempt(plan: Plan, key: string, token: CsrfToken, signal?: AbortSignal): Promise<Attempt> {
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal?.addEventListener('abort', abort, { once: true });
  const run = async (): Promise<Attempt> => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': key };
    if (plan.tokenUrl) {
      token.value ??= await csrfToken(plan.tokenUrl, controller.signal).then((answer) => {
        if (typeof answer === 'string') return answer;
        throw answer;
      });
      headers['X-CSRF-Token'] = token.value;
    }
    const response = await fetch(plan.url, {
      method: 'POST',
      headers,
      body: plan.body,
      credentials: 'same-origin',
      cache: 'no-store',
      signal: controller.signal,
    });
    return judge(response, await readCapped(response), plan);
  };
  try {
    return await within(run(), ATTEMPT_TIMEOUT_MS, () => new AttemptTimeout(), signal);
  } catch (error) {
    if (signal?.aborted) throw error;
    if (error instanceof AttemptTimeout) {
      return { outcome: { status: 'failed', message: `No answer within ${ATTEMPT_TIMEOUT_MS / 1000} s` }, retry: { reason: 'network' } };
    }
    if (typeof error === 'object' && error !== null && 'outcome' in error) return error as Attempt;
    return networkFailure();
  } finally {
    signal?.removeEventListener('abort', abort);
    controller.abort();
  }
}

/** Tells the caller a retry is coming; a callback that throws is reported, and the sending goes on. */
function notify(onRetry: SendOptions['onRetry'], notice: RetryNotice): void {
  try {
    onRetry?.(notice);
  } catch (error) {
    queueMicrotask(() => {
      throw error;
    });
  }
}

/**
 * Sends one registration to `destination` and tells how it went; never throws. Network failures, time-outs, 5xx and
 * 429 are retried (`retries` times, with backoff and jitter; Retry-After respected up to `maxDelayMs`); 4xx are not.
 * The last failure decides: a network one gives `offline`, a server one `failed`. Cancelling through `signal` (even
 * during a wait) gives `cancelled`; a later send with the same `key` is then safe, should the server have stored it.
 */
export async function sendRegistration(registration: Registration, destination: Destination, options: SendOptions): Promise<SendOutcome> {
  const { key, signal, onRetry } = options;
  const retries = whole(options.retries, 4, 10);
  const baseDelayMs = whole(options.baseDelayMs, 1000, 600_000);
  const maxDelayMs = whole(options.maxDelayMs, 30_000, 600_000);
  if (signal?.aborted) return { status: 'cancelled' };
  const target = plan(registration, destination, key);
  if ('status' in target) return target;
  const token: CsrfToken = {};
  for (let number = 1; ; number += 1) {
    if (isOffline()) return { status: 'offline' };
    let result: Attempt;
    try {
      result = await attempt(target, key, token, signal);
    } catch {
      return { status: 'cancelled' };
    }
    if (signal?.aborted) return { status: 'cancelled' };
    // Drupal refuses a CSRF token from another session (its visitor logged in or out meanwhile): one new token, at once.
    if (token.value && !token.renewed && result.outcome.status === 'refused' && result.outcome.httpStatus === 403) {
      token.value = undefined;
      token.renewed = true;
      number -= 1;
      continue;
    }
    if (!result.retry || number > retries) return result.outcome;
    const waitMs = Math.min(maxDelayMs, Math.max(backoffDelay(number, baseDelayMs, maxDelayMs), result.retry.waitMs ?? 0));
    notify(onRetry, { attempt: number + 1, retryInMs: waitMs, reason: result.retry.reason });
    try {
      await pause(waitMs, signal);
    } catch {
      return { status: 'cancelled' };
    }
  }
}
