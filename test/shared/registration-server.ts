/**
 * A registration endpoint scripted by the test, at the browser's fetch: each POST to `ENDPOINT` takes the next answer
 * of the script (the last one repeats), and is recorded with its headers and body. `'network'` fails like a dropped
 * connection. Drupal's `/webform_rest/submit` is scripted the same way, and `/session/token` gives a CSRF token.
 * Everything else goes to the real test server.
 */
export const ENDPOINT = '/test-registrations';

export type ScriptedAnswer = 'network' | { status: number; body?: unknown; headers?: Record<string, string> };

export interface RecordedRequest {
  url: string;
  method: string;
  headers: Headers;
  body: Record<string, unknown>;
}

export interface ScriptedServer {
  requests: RecordedRequest[];
  /** Holds the next answers until `release()` (the sending state lasts as long as the test says). */
  hold(): void;
  release(): void;
  restore(): void;
}

export function scriptServer(...script: ScriptedAnswer[]): ScriptedServer {
  const original = window.fetch;
  const requests: RecordedRequest[] = [];
  let held: Promise<void> | undefined;
  let releaseHeld = () => {};
  const server: ScriptedServer = {
    requests,
    hold() {
      held = new Promise((resolve) => (releaseHeld = resolve));
    },
    release() {
      held = undefined;
      releaseHeld();
    },
    restore() {
      window.fetch = original;
    },
  };
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    if (url.pathname === '/session/token') return new Response('test-csrf-token', { headers: { 'Content-Type': 'text/plain' } });
    if (!url.pathname.startsWith(ENDPOINT) && !url.pathname.startsWith('/webform_rest/')) return original(input, init);
    const request = new Request(url, init);
    const text = request.method === 'POST' ? await request.text() : '';
    requests.push({
      url: url.href,
      method: request.method,
      headers: request.headers,
      body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
    });
    const answer = script[Math.min(requests.length - 1, script.length - 1)] ?? 'network';
    const signal = init?.signal;
    // A held answer stops at an abort, as a real request does.
    if (held && !signal?.aborted)
      await Promise.race([held, new Promise((resolve) => signal?.addEventListener('abort', resolve, { once: true }))]);
    if (signal?.aborted) throw new DOMException('aborted', 'AbortError');
    if (answer === 'network') throw new TypeError('Failed to fetch');
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'Content-Type': 'application/json', ...answer.headers },
    });
  };
  return server;
}
