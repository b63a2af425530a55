import { expect, waitUntil } from '@open-wc/testing';
import { openFrame, widgetsReady } from './shared/helpers.js';

/** What the visitor sees of an element: its box and the styles that draw it. */
const LOOK = [
  'color',
  'background-color',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'text-align',
  'text-transform',
  'text-indent',
  'text-decoration-line',
  'white-space',
  'word-break',
  'box-sizing',
  'display',
  'padding-top',
  'padding-left',
  'margin-top',
  'margin-left',
  'border-top-width',
  'border-left-width',
  'list-style-type',
  'cursor',
  'outline-style',
] as const;

/** Every element a widget draws (its host, then its shadow tree), with its size and look. */
function looks(frame: HTMLIFrameElement): string[] {
  const win = frame.contentWindow!;
  const widgets = [...frame.contentDocument!.body.children].filter((node) => node.localName.startsWith('irev-'));
  return widgets.flatMap((widget) =>
    [widget, ...widget.shadowRoot!.querySelectorAll('*')]
      .filter((node) => !['style', 'script', 'template'].includes(node.localName))
      .map((node) => {
        const box = node.getBoundingClientRect();
        const style = win.getComputedStyle(node);
        const name = `${widget.localName} ${node.localName}${node.getAttribute('part') ? `[part=${node.getAttribute('part')}]` : ''}`;
        return `${name} ${Math.round(box.width)}×${Math.round(box.height)} ${LOOK.map((key) => `${key}: ${style.getPropertyValue(key)}`).join('; ')}`;
      }),
  );
}

describe('the built bundle on a page with a heavy Drupal theme', () => {
  it('looks as on a plain page, every element and every part of it, while tokens and ::part() still theme it', async () => {
    const plainFrame = await openFrame('/test/dist/drupal-theme.html');
    await widgetsReady(plainFrame, 6);
    const plain = looks(plainFrame);
    plainFrame.remove();
    const frame = await openFrame('/test/dist/drupal-theme.html?theme');
    const win = frame.contentWindow as Window & typeof globalThis & { __errors: string[] };
    await widgetsReady(frame, 6);
    // The theme did apply to the page itself.
    expect(win.getComputedStyle(frame.contentDocument!.documentElement).fontSize).to.equal('10px');
    const themed = looks(frame);
    const differences = themed.flatMap((line, index) => (line === plain[index] ? [] : [`themed: ${line}\nplain:  ${plain[index]}`]));
    expect(themed.length).to.equal(plain.length);
    expect(differences.slice(0, 5).join('\n\n'), `${differences.length} elements differ`).to.equal('');

    // A site still themes them, through the tokens and the parts.
    const theme = frame.contentDocument!.createElement('style');
    theme.textContent = ':root { --irev-color-accent: rgb(1, 2, 3); } irev-news-feed::part(title) { color: rgb(4, 5, 6); }';
    frame.contentDocument!.head.append(theme);
    const feed = frame.contentDocument!.querySelector('irev-news-feed')!;
    const title = feed.shadowRoot!.querySelector('[part~="title"]')!;
    await waitUntil(() => win.getComputedStyle(title).color === 'rgb(4, 5, 6)', 'a ::part() rule does not reach the title');
    const form = frame.contentDocument!.querySelector('irev-registration-form')!;
    const submit = form.shadowRoot!.querySelector('[part~="submit-button"]')!;
    expect(win.getComputedStyle(submit).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(win.__errors).to.deep.equal([]);
    frame.remove();
  }).timeout(20_000);
});
