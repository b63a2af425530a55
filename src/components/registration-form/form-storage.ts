import type { Destination } from '../../core/registration/transport.js';
import type { Registration } from '../../schemas/registration.js';

/** How long answers stay on the device when nothing sends them: the README and the privacy sentence say 30 days. */
export const KEEP_DAYS = 30;
const KEEP_MS = KEEP_DAYS * 24 * 3600 * 1000;

/** The answers being typed, as the inputs hold them: never the consent box nor the honeypot. */
export type Answers = Partial<Record<Exclude<keyof Registration, 'consent' | 'sessions'>, string>> & { sessions?: string[] };

/** A registration the visitor sent that no server has confirmed yet, with the key every send of it carries. */
export interface Queued {
  key: string;
  registration: Registration;
  destination: Destination;
  /** When it was queued (ms since the epoch): dropped after KEEP_DAYS. */
  queuedAt: number;
}

const DRAFT_PREFIX = 'irev-registration-draft:';
const OUTBOX = 'irev-registration-outbox';
const ANSWER_KEYS = ['event', 'firstName', 'lastName', 'email', 'organisation', 'role', 'cite', 'attendance', 'accessibility', 'comment'];

/** localStorage, or undefined where the browser refuses it (private mode, a sandboxed frame, storage disabled). */
function store(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function read(key: string): unknown {
  try {
    const text = store()?.getItem(key);
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

/** Writes a value; false when the device keeps nothing (the visitor is then told so). */
function write(key: string, value: unknown): boolean {
  try {
    const storage = store();
    if (!storage) return false;
    if (value === undefined) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

const fresh = (at: unknown) => typeof at === 'number' && Date.now() - at < KEEP_MS;

/** Only the answers' own keys and types: a draft edited by hand or by another version cannot inject anything else. */
function cleanAnswers(value: unknown): Answers {
  const answers: Answers = {};
  if (typeof value !== 'object' || value === null) return answers;
  const record = value as Record<string, unknown>;
  for (const key of ANSWER_KEYS) {
    if (typeof record[key] === 'string') answers[key as keyof Omit<Answers, 'sessions'>] = record[key];
  }
  if (Array.isArray(record.sessions)) answers.sessions = record.sessions.filter((id): id is string => typeof id === 'string');
  return answers;
}

/** The draft saved under `name` (one per form of a page), unless it is older than KEEP_DAYS. */
export function loadDraft(name: string): Answers | undefined {
  const saved = read(DRAFT_PREFIX + name) as { savedAt?: unknown; answers?: unknown } | undefined;
  if (!saved || !fresh(saved.savedAt)) {
    if (saved) write(DRAFT_PREFIX + name, undefined);
    return undefined;
  }
  return cleanAnswers(saved.answers);
}

/** Keeps the answers on the device; false when it cannot. */
export function saveDraft(name: string, answers: Answers): boolean {
  return write(DRAFT_PREFIX + name, { savedAt: Date.now(), answers: cleanAnswers(answers) });
}

export function clearDraft(name: string): void {
  write(DRAFT_PREFIX + name, undefined);
}

/** The registrations waiting to be sent, the stale ones dropped. */
export function queued(): Queued[] {
  const list = read(OUTBOX);
  if (!Array.isArray(list)) return [];
  return list.filter(
    (entry): entry is Queued =>
      typeof entry === 'object' && entry !== null && typeof (entry as Queued).key === 'string' && fresh((entry as Queued).queuedAt),
  );
}

/** Adds (or replaces, by key) a registration to send; false when the device keeps nothing. */
export function enqueue(entry: Queued): boolean {
  return write(OUTBOX, [...queued().filter((other) => other.key !== entry.key), entry]);
}

export function dequeue(key: string): void {
  const rest = queued().filter((entry) => entry.key !== key);
  write(OUTBOX, rest.length > 0 ? rest : undefined);
}

/** A new Idempotency-Key: randomUUID where the page is a secure context, else 128 random bits. */
export function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
