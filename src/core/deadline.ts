/** How often a wait counts its time, in milliseconds; also the most one late count adds. */
const TICK = 100;

/**
 * Waits for `promise` until `timeout` ms have passed during which the page could have handled its answer, then
 * rejects with `expired()`; rejects with the signal's reason as soon as `signal` aborts. Leaving the wait never
 * cancels the work behind `promise` (a request shared with other widgets goes on for them).
 *
 * The time is counted in ticks, each adding at most one tick's worth: a host page that keeps the main thread busy
 * for 2.5 s (or a tab whose timers are throttled) adds 100 ms, not 2.5 s, since an answer that arrived meanwhile
 * could not be handled either. And when the limit is reached on a late tick, one more tick passes first, so an answer
 * already queued behind the busy task is handled before the time-out is declared.
 */
export function within<T>(promise: Promise<T>, timeout: number, expired: () => Error, signal?: AbortSignal): Promise<T> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    let counted = 0;
    let last = performance.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = (finish: () => void) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      finish();
    };
    const onAbort = () => settle(() => reject(signal!.reason));
    const tick = (graced: boolean) => {
      const now = performance.now();
      const late = now - last > 2 * TICK;
      counted += Math.min(now - last, TICK);
      last = now;
      if (counted < timeout) timer = setTimeout(() => tick(false), Math.min(TICK, timeout - counted));
      else if (late && !graced) timer = setTimeout(() => tick(true), TICK);
      else settle(() => reject(expired()));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    timer = setTimeout(() => tick(false), Math.min(TICK, timeout));
    promise.then(
      (value) => settle(() => resolve(value)),
      (error: unknown) => settle(() => reject(error)),
    );
  });
}
