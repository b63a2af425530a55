/**
 * « S'inscrire » on a card leads to a registration form on the same page: the card says which event was chosen with
 * `irev-register`, and the form the link points to (by its `id`, or its mount point's) takes it.
 */

/** Detail of `irev-register`. */
export interface IrevRegisterDetail {
  /** The id of the event the visitor chose. */
  event: string;
  /** The `id` the link points to on this page (`inscription` for `#inscription`). */
  target: string;
}

/** Sent by a card's « S'inscrire » that leads to this page; cancelled by the form that takes it. @internal */
export function followRegistration(click: MouseEvent, event: string): void {
  if (click.button !== 0 || click.metaKey || click.ctrlKey || click.shiftKey || click.altKey) return;
  const link = click.currentTarget as HTMLAnchorElement;
  const url = new URL(link.href);
  const here = new URL(document.URL);
  if (!url.hash || url.origin + url.pathname + url.search !== here.origin + here.pathname + here.search) return;
  const detail: IrevRegisterDetail = { event, target: decodeURIComponent(url.hash.slice(1)) };
  const taken = !link.dispatchEvent(new CustomEvent('irev-register', { detail, bubbles: true, composed: true, cancelable: true }));
  // The form scrolls to itself and takes the focus: following the anchor afterwards would blur it again.
  if (taken) click.preventDefault();
}

/** A form on the page, and what it does with a chosen event. */
type Taker = (event: string) => void;
const forms = new Map<Element, Taker>();
let listening = false;

function route(registration: Event): void {
  const { detail } = registration as CustomEvent<IrevRegisterDetail>;
  const target = document.getElementById(detail.target);
  if (!target) return;
  // The form itself, or the first form inside the element the link points to (a mount point, a section).
  const taker = [...forms].find(([form]) => target === form || target.contains(form));
  if (!taker) return;
  registration.preventDefault();
  taker[1](detail.event);
}

/** A form listens for the cards' « S'inscrire » while it is on the page. */
export function listenForRegistrations(form: Element, take: Taker): () => void {
  forms.set(form, take);
  if (!listening) {
    document.addEventListener('irev-register', route);
    listening = true;
  }
  return () => forms.delete(form);
}
