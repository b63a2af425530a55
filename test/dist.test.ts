import { expect } from '@open-wc/testing';
import { openFrame, widgetsReady } from './shared/helpers.js';

const sharedRegistries = ['litPropertyMetadata', 'litElementVersions', 'litHtmlVersions', 'reactiveElementVersions', '__zod_globalConfig'];

// The minified dist/irev-widgets.js (built by `npm test` first), in a page of its own, as on a partner site.
describe('the built dist/irev-widgets.js', () => {
  it('renders every element, loads the optional readers from beside it, and leaks nothing into window', async () => {
    const blank = await openFrame('/test/dist/blank.html');
    const frame = await openFrame('/test/dist/page.html');
    const win = frame.contentWindow!;
    const widgets = await widgetsReady(frame, 6);
    const text = widgets.map((widget) => widget.shadowRoot!.textContent!.replace(/\s+/g, ' '));
    expect(text[0]).to.contain("3 cités éducatives dans l'Oise");
    expect(text.join(' ')).to.contain('Rencontre régionale dédiée aux 13 cités éducatives');
    const scripts = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(scripts.filter((path) => /irev-widgets-rss-.*\.js$/.test(path))).to.have.length(1);
    expect(scripts.filter((path) => /irev-widgets-jsonapi-.*\.js$/.test(path))).to.have.length(1);
    expect(scripts.filter((path) => /irev-widgets-sanitize-.*\.js$/.test(path))).to.have.length(1);
    // An ES module: no name of ours reaches the page's global scope, only the registries Lit and zod share on purpose
    // between copies (versions, decorator metadata, zod's config).
    const before = new Set(Object.keys(blank.contentWindow!));
    const added = Object.keys(win).filter((name) => !before.has(name));
    expect(added.filter((name) => !sharedRegistries.includes(name))).to.deep.equal([]);
    blank.remove();
    frame.remove();
  });

  it('turns hostile mount points into widgets that carry none of their handlers, focus or style', async () => {
    const frame = await openFrame('/test/dist/hostile-mounts.html');
    const win = frame.contentWindow as Window & typeof globalThis & { __irevPwned?: string };
    const widgets = (await widgetsReady(frame, 3)) as HTMLElement[];
    const text = widgets.map((widget) => widget.shadowRoot!.textContent!.replace(/\s+/g, ' '));
    expect(text[0]).to.contain('1 cité éducative dans la Somme');
    expect(text[1]).to.contain("3 cités éducatives dans l'Oise");
    for (const widget of widgets) {
      expect(widget.getAttributeNames().filter((name) => !['src', 'departement', 'limit', 'layout'].includes(name))).to.deep.equal([]);
      widget.focus();
      widget.click();
      widget.dispatchEvent(new win.MouseEvent('mouseover', { bubbles: true }));
      expect(win.getComputedStyle(widget).position).to.not.equal('fixed');
    }
    expect(frame.contentDocument!.activeElement).to.equal(frame.contentDocument!.body);
    expect(win.__irevPwned).to.equal(undefined);
    frame.remove();
  });
});
