// Where focus goes after a retry button, which the next render removes, was pressed (RGAA 12.8): never to <body>.

/** The focused element, through shadow roots; null when nothing is. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * The pressed retry button is gone: focus waits on the status (or the « more » button) while the source is asked
 * again (`waiting`), then goes to the new retry button if it failed again, or to the first thing shown if it answered.
 * Focus the visitor moved elsewhere meanwhile stays where they put it.
 */
export function placeFocusAfterRetry(root: ShadowRoot, retried: 'source' | 'more', waiting: boolean): void {
  const status = root.querySelector<HTMLElement>('[data-irev-status]');
  const more = root.querySelector<HTMLElement>('[part~="more-button"]');
  if (!focusWasLost(root, retried === 'source' ? status : more)) return;
  if (waiting) {
    focusOn(retried === 'source' ? status : more);
    return;
  }
  const failed = root.querySelector<HTMLElement>(retried === 'source' ? '[part~="error"]' : '.more-error');
  if (failed) focusOn(failed.querySelector<HTMLElement>('[part~="retry-button"]') ?? failed);
  else focusOn((retried === 'more' && more) || firstContent(root));
}

/** Focus fell to the page (its button was removed) or waits in the widget's own status: the widget may place it. */
function focusWasLost(root: ShadowRoot | HTMLElement, parking: Element | null): boolean {
  const active = deepActiveElement();
  return !active || active === document.body || active === root || (!!parking && active === parking);
}

/** Focuses `target`, making it focusable by script only when it is not already (a status, an alert, a message). */
function focusOn(target: HTMLElement | null | undefined): boolean {
  if (!target) return false;
  if (!target.matches('a[href], button, input, select, textarea, [tabindex]')) target.tabIndex = -1;
  target.focus();
  return true;
}

/** The first thing to use once the answer is shown: a control or a link, else the message shown. */
function firstContent(root: ParentNode): HTMLElement | null {
  return (
    root.querySelector<HTMLElement>('a[href], button, input, select, textarea') ??
    root.querySelector<HTMLElement>('[part~="empty"], [role="alert"], [role="heading"]')
  );
}
