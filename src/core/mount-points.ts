/** Widgets a mount point may name: `<div data-irev-widget="news-feed">` becomes `<irev-news-feed>`. */
export const widgetNames = ['cites-list', 'event-card', 'events', 'news-feed'] as const;

const SELECTOR = '[data-irev-widget]';

/**
 * Turns one mount point into its element: every `data-*` attribute but `data-irev-widget` is passed on
 * (`data-src` → `src`, `data-group-by` → `group-by`). CKEditor 5 keeps such divs where it strips unknown tags.
 */
export function upgradeMountPoint(mount: Element): Element | undefined {
  if (mount.hasAttribute('data-irev-mounted')) return undefined;
  const name = (mount.getAttribute('data-irev-widget') ?? '').trim().toLowerCase();
  mount.setAttribute('data-irev-mounted', '');
  if (!(widgetNames as readonly string[]).includes(name)) {
    const known = widgetNames.join(', ');
    console.warn(`irev-widgets: data-irev-widget="${name}" is not a widget (${known}).`);
    const note = document.createElement('p');
    note.setAttribute('role', 'note');
    note.textContent = `irev-widgets : « ${name} » n'est pas un widget connu (${known}).`;
    mount.append(note);
    return undefined;
  }
  const element = document.createElement(`irev-${name}`);
  for (const { name: attribute, value } of Array.from(mount.attributes)) {
    if (attribute.startsWith('data-') && attribute !== 'data-irev-widget' && attribute !== 'data-irev-mounted') {
      element.setAttribute(attribute.slice(5), value);
    }
  }
  mount.append(element);
  return element;
}

/** Upgrades the mount points of `root` now, and those added later (a page that loads content on the fly). */
export function upgradeMountPoints(root: ParentNode = document): void {
  root.querySelectorAll(SELECTOR).forEach((mount) => upgradeMountPoint(mount));
  new MutationObserver((records) => {
    for (const record of records) {
      record.addedNodes.forEach((node) => {
        if (!(node instanceof Element)) return;
        if (node.matches(SELECTOR)) upgradeMountPoint(node);
        node.querySelectorAll(SELECTOR).forEach((mount) => upgradeMountPoint(mount));
      });
    }
  }).observe(root instanceof Document ? root.documentElement : (root as Node), { childList: true, subtree: true });
}
