/**
 * Runs `task` once the browser is idle, or after `timeout` ms at the latest; where requestIdleCallback is missing
 * (WebKit), after `fallback` ms. The task gets no argument (requestIdleCallback's deadline is not passed on).
 */
export function whenIdle(task: () => void, timeout: number, fallback = 0): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout });
  else setTimeout(task, fallback);
}
