// Stand-in for fix/endpoint's transport (same interface), so that the form can be built and tested before it lands:
// the merge of fix/endpoint replaces this file whole.
import type { Registration } from '../../schemas/registration.js';

export type RegistrationFormat = 'json' | 'webform';
export interface Destination {
  action: string;
  format: RegistrationFormat;
  webformId?: string;
  /** registration field → webform element key (defaults: snake_case of the field names) */
  fields?: Partial<Record<keyof Registration, string>>;
}
export interface RetryNotice {
  attempt: number;
  retryInMs: number;
  reason: 'network' | 'server' | 'busy';
}
export type SendOutcome =
  | { status: 'sent'; id: string }
  | { status: 'invalid'; message?: string; fields: Partial<Record<keyof Registration, string>> }
  | { status: 'refused'; httpStatus: number; message?: string }
  | { status: 'offline' }
  | { status: 'failed'; httpStatus?: number; message?: string }
  | { status: 'cancelled' };

type Fields = Partial<Record<keyof Registration, string>>;

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function body(registration: Registration, destination: Destination): Record<string, unknown> {
  if (destination.format === 'json') return registration;
  const flat: Record<string, unknown> = { webform_id: destination.webformId };
  for (const [field, value] of Object.entries(registration)) {
    flat[destination.fields?.[field as keyof Registration] ?? snake(field)] = value;
  }
  return flat;
}

const wait = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

export async function sendRegistration(
  registration: Registration,
  destination: Destination,
  options: {
    key: string;
    signal?: AbortSignal;
    onRetry?: (notice: RetryNotice) => void;
    retries?: number;
    baseDelayMs?: number;
    maxDelayMs?: number;
  },
): Promise<SendOutcome> {
  const { key, signal, onRetry, retries = 3, baseDelayMs = 1000, maxDelayMs = 30_000 } = options;
  const url = destination.format === 'webform' ? new URL('/webform_rest/submit?_format=json', destination.action).href : destination.action;
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': key };
  let last: SendOutcome = { status: 'offline' };
  for (let attempt = 1; attempt <= retries + 1; attempt++) {
    if (signal?.aborted) return { status: 'cancelled' };
    let delay = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
    let reason: RetryNotice['reason'] = 'network';
    try {
      if (typeof navigator !== 'undefined' && navigator.onLine === false) return { status: 'offline' };
      const response = await fetch(url, {
        method: 'POST',
        headers,
        body: JSON.stringify(body(registration, destination)),
        signal,
        credentials: 'same-origin',
      });
      const answer = (await response.json().catch(() => ({}))) as {
        id?: string;
        sid?: string;
        message?: string;
        error?: Record<string, string>;
      };
      if (response.ok) return { status: 'sent', id: String(answer.id ?? answer.sid ?? '') };
      if (response.status === 400 || response.status === 422) {
        const fields: Fields = {};
        const keys = Object.entries(destination.fields ?? {});
        for (const [name, message] of Object.entries(answer.error ?? {})) {
          const field = keys.find(([, element]) => element === name)?.[0] ?? name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
          fields[field as keyof Registration] = message;
        }
        return { status: 'invalid', message: answer.message, fields };
      }
      if (response.status !== 429 && response.status < 500)
        return { status: 'refused', httpStatus: response.status, message: answer.message };
      last = { status: 'failed', httpStatus: response.status, message: answer.message };
      reason = response.status === 429 ? 'busy' : 'server';
      const after = Number(response.headers.get('Retry-After'));
      if (after > 0) delay = Math.min(maxDelayMs, after * 1000);
    } catch {
      if (signal?.aborted) return { status: 'cancelled' };
      last = { status: 'offline' };
    }
    if (attempt > retries) break;
    onRetry?.({ attempt: attempt + 1, retryInMs: delay, reason });
    await wait(delay, signal);
  }
  return signal?.aborted ? { status: 'cancelled' } : last;
}

export function parseWebformFields(value: string | null | undefined): { fields: Fields; unknown: string[] } {
  const fields: Fields = {};
  const unknown: string[] = [];
  for (const pair of (value ?? '').split(',')) {
    const [field, key] = pair.split(':').map((part) => part.trim());
    if (!field || !key) continue;
    if (
      [
        'event',
        'sessions',
        'firstName',
        'lastName',
        'email',
        'organisation',
        'role',
        'cite',
        'attendance',
        'accessibility',
        'comment',
        'consent',
      ].includes(field)
    ) {
      fields[field as keyof Registration] = key;
    } else unknown.push(field);
  }
  return { fields, unknown };
}
