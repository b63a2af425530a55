import { msg, str } from '@lit/localize';
import { reportConfig } from './hints.js';
import { widgetName, widgetNames } from './registry.js';

/** Widgets a mount point may name: `<div data-irev-widget="news-feed">` becomes `<irev-news-feed>`. */
export { widgetNames };

const SELECTOR = '[data-irev-widget]';
/** Where a mount point is being edited (CKEditor 5, any rich-text editor) or debugged (`data-irev-debug` on it or above). */
const EDITING_CONTEXT = '[contenteditable="true"], [contenteditable=""], .ck-editor__editable, [data-irev-debug]';
/** Our own markers on a mount point, never passed on. */
const MARKERS = ['data-irev-widget', 'data-irev-mounted'];

/**
 * The attributes a mount point may pass on to `tag`: the element's own, as its class observes them (the same list
 * the Custom Elements Manifest documents). Never `on*`, `style`, `tabindex` or any other global attribute.
 */
export function widgetAttributes(tag: string): readonly string[] {
  return (customElements.get(tag) as { observedAttributes?: string[] } | undefined)?.observedAttributes ?? [];
}

/** Builds the element of a mount point once its class is defined; refused attributes are told to the editor. */
function mountElement(mount: Element, tag: string): Element {
  const allowed = widgetAttributes(tag);
  const element = document.createElement(tag);
  const refused: string[] = [];
  for (const { name, value } of Array.from(mount.attributes)) {
    if (!name.startsWith('data-') || MARKERS.includes(name)) continue;
    const attribute = name.slice(5);
    if (allowed.includes(attribute)) element.setAttribute(attribute, value);
    else refused.push(name);
  }
  const possible = allowed.map((attribute) => `data-${attribute}`).join(', ');
  for (const name of refused) {
    reportConfig(
      element,
      msg(str`Attribut ${name} ignoré : ce widget ne le connaît pas. Attributs possibles : ${possible}.`, { id: 'mount.hint.attribute' }),
    );
  }
  mount.append(element);
  return element;
}

/**
 * Turns one mount point into its element, passing on the element's own attributes only (`data-src` → `src`,
 * `data-group-by` → `group-by`). CKEditor 5 keeps such divs where it strips unknown tags. An element whose class is
 * not defined yet (loaded later) is built once it is; the return value is then undefined.
 */
export function upgradeMountPoint(mount: Element): Element | undefined {
  if (mount.hasAttribute('data-irev-mounted')) return undefined;
  const name = widgetName(mount.getAttribute('data-irev-widget'));
  mount.setAttribute('data-irev-mounted', '');
  if (!(widgetNames as readonly string[]).includes(name)) {
    const known = widgetNames.join(', ');
    const message = msg(str`« ${name} » n'est pas un widget connu. Widgets possibles : ${known}.`, { id: 'mount.hint.widget' });
    reportConfig(mount, message);
    // Visitors see nothing broken; the editor sees the note while editing, or where a page asks for it.
    if (mount.closest(EDITING_CONTEXT)) {
      const note = document.createElement('p');
      note.setAttribute('role', 'note');
      note.textContent = `irev-widgets : ${message}`;
      mount.append(note);
    }
    return undefined;
  }
  const tag = `irev-${name}`;
  if (customElements.get(tag)) return mountElement(mount, tag);
  customElements.whenDefined(tag).then(
    () => mountElement(mount, tag),
    (error: unknown) => console.error('irev-widgets: a mount point could not be upgraded.', error),
  );
  return undefined;
}

/** Upgrades one mount point, so that a broken one never stops the others. */
function upgradeSafely(mount: Element): void {
  try {
    upgradeMountPoint(mount);
  } catch (error) {
    console.error('irev-widgets: a mount point could not be upgraded.', mount, error);
  }
}

const observers = new WeakMap<Node, MutationObserver>();

/**
 * Upgrades the mount points of `root` now, and those added later (a page that loads content on the fly),
 * with one observer per root however often it is called.
 */
export function upgradeMountPoints(root: ParentNode = document): void {
  root.querySelectorAll(SELECTOR).forEach(upgradeSafely);
  const target = root instanceof Document ? root.documentElement : (root as Node);
  if (observers.has(target)) return;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      record.addedNodes.forEach((node) => {
        if (!(node instanceof Element)) return;
        if (node.matches(SELECTOR)) upgradeSafely(node);
        node.querySelectorAll(SELECTOR).forEach(upgradeSafely);
      });
    }
  });
  observer.observe(target, { childList: true, subtree: true });
  observers.set(target, observer);
}
