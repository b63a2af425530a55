// Reading a registration endpoint's answer, whatever it sends: an HTML error page, megabytes, or the wrong JSON.

/** The most of an answer that is read: a registration answer is a few hundred bytes; more is not one. */
export const ANSWER_MAX_BYTES = 64 * 1024;

/** The body as text, or `undefined` when it is longer than `max` bytes (then the rest is never downloaded). */
export async function readCapped(response: Response, max: number = ANSWER_MAX_BYTES): Promise<string | undefined> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

export type ReadAnswer = { json: Record<string, unknown> } | { problem: string };

/** The answer as a JSON object, or what it is instead, in a sentence for the console and the editor. */
export function readJsonAnswer(body: string | undefined): ReadAnswer {
  if (body === undefined) return { problem: `the answer is larger than ${ANSWER_MAX_BYTES / 1024} KB` };
  if (body.trimStart().startsWith('<')) return { problem: 'the answer is an HTML page, not JSON' };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return { problem: body.trim() === '' ? 'the answer is empty' : 'the answer is not JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { problem: 'the answer is not a JSON object' };
  return { json: value as Record<string, unknown> };
}

/** A server's registration id (`{"sid": 12}`, `{"id": "…"}`): a non-empty string or a whole number, else undefined. */
export function registrationId(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? String(value) : undefined;
  if (typeof value !== 'string') return undefined;
  const id = value.trim();
  return id !== '' && id.length <= 255 ? id : undefined;
}
