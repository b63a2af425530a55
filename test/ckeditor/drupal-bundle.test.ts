import { expect } from '@open-wc/testing';
import * as CKEditor from 'ckeditor5';
import { ClassicEditor, Essentials, Paragraph, Plugin } from 'ckeditor5';

/** The plugin as Drupal loads it: a classic script reading CKEditor 5 from the `CKEditor5.dll` of the page. */
interface DrupalGlobals {
  CKEditor5: { dll: (module: string) => unknown; irevWidgets?: { IrevWidgets: typeof Plugin } };
}
const globals = window as unknown as DrupalGlobals;

describe('dist/ckeditor5/irev-widgets-ckeditor5.js, the plugin built for Drupal', () => {
  const asked: string[] = [];

  before(async () => {
    // Drupal's DLL hands out each package of CKEditor 5 by path; the one-file build holds every one of them.
    globals.CKEditor5 = {
      dll: (module) => {
        asked.push(module);
        return CKEditor;
      },
    };
    await new Promise((resolve, reject) => {
      const script = Object.assign(document.createElement('script'), { src: '/dist/ckeditor5/irev-widgets-ckeditor5.js' });
      script.addEventListener('load', resolve);
      script.addEventListener('error', reject);
      document.head.append(script);
    });
  });

  it('sets CKEditor5.irevWidgets.IrevWidgets from the DLL’s classes, with no CKEditor of its own', () => {
    const { IrevWidgets } = globals.CKEditor5.irevWidgets!;
    expect(IrevWidgets.prototype).to.be.instanceOf(Plugin);
    expect(asked.sort()).to.deep.equal(['./src/core.js', './src/engine.js', './src/ui.js', './src/widget.js']);
  });

  it('inserts a mount point with the options of the manifest it was built with', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const editor = await ClassicEditor.create(host, {
      licenseKey: 'GPL',
      plugins: [Essentials, Paragraph, globals.CKEditor5.irevWidgets!.IrevWidgets],
      toolbar: ['irevWidget'],
    });
    try {
      editor.execute('irevWidget', { name: 'news-feed', values: { src: '/demo/data/news.json', layout: 'cards', onclick: 'x' } });
      expect(editor.getData()).to.equal('<div data-irev-widget="news-feed" data-src="/demo/data/news.json" data-layout="cards"></div>');
      editor.setData('<div data-irev-widget="cites-list" data-src="c.json" data-group-by="none" data-style="x"></div>');
      expect(editor.getData()).to.equal('<div data-irev-widget="cites-list" data-src="c.json" data-group-by="none"></div>');
      expect(host.nextElementSibling!.querySelector('.ck-toolbar button')!.textContent).to.contain('Insérer un widget IREV');
    } finally {
      await editor.destroy();
      host.remove();
    }
  });
});

describe('the Drupal module drupal/irev_widgets', () => {
  it('lets the text format keep exactly the attributes custom-elements.json documents, on the mount point div', async () => {
    const yml = await (await fetch('/drupal/irev_widgets/irev_widgets.ckeditor5.yml')).text();
    const manifest = (await (await fetch('/custom-elements.json')).json()) as {
      modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[];
    };
    const documented = new Set(
      manifest.modules
        .flatMap((module) => module.declarations ?? [])
        .filter((declaration) => declaration.tagName?.startsWith('irev-'))
        .flatMap((declaration) => (declaration.attributes ?? []).map((attribute) => `data-${attribute.name}`)),
    );
    const element = /^ {6}- <div (data-irev-widget [^>]*)>$/m.exec(yml);
    expect(element, 'irev_widgets.ckeditor5.yml lists <div data-irev-widget …>').to.not.equal(null);
    expect(element![1].split(' ').slice(1), 'stale: run node scripts/drupal-elements.mjs').to.deep.equal([...documented].sort());
  });
});
