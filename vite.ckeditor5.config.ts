// The CKEditor 5 plugin for Drupal (drupal/irev_widgets, GPL-2.0-or-later): dist/ckeditor5/irev-widgets-ckeditor5.js,
// a classic script that sets `CKEditor5.irevWidgets.IrevWidgets`, as Drupal's own plugins set `CKEditor5.<name>`.
// CKEditor itself stays outside: the sources' 'ckeditor5' imports read Drupal's DLL (see drupal-dll.ts). Needs
// custom-elements.json (`npm run analyze`), whose options the plugin carries.
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const plugin = 'drupal/irev_widgets/js/ckeditor5_plugins/irevWidgets/src';

/** Keeps of custom-elements.json what the option model reads: each element's tag, summary and attributes. */
const elementsOnly: Plugin = {
  name: 'irev-manifest-elements-only',
  enforce: 'pre',
  transform(code, id) {
    if (!id.endsWith('/custom-elements.json')) return undefined;
    type Declaration = { tagName?: string; summary?: string; description?: string; attributes?: unknown[] };
    const manifest = JSON.parse(code) as { modules: { declarations?: Declaration[] }[] };
    const declarations = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.tagName)
      .map(({ tagName, summary, description, attributes }) => ({ tagName, summary, description, attributes }));
    return { code: JSON.stringify({ modules: [{ declarations }] }), map: null };
  },
};

export default defineConfig({
  plugins: [elementsOnly],
  resolve: {
    alias: [{ find: /^ckeditor5$/, replacement: fileURLToPath(new URL(`./${plugin}/drupal-dll.ts`, import.meta.url)) }],
  },
  build: {
    outDir: 'dist/ckeditor5',
    emptyOutDir: true,
    target: 'es2022',
    lib: {
      entry: `${plugin}/index.ts`,
      formats: ['umd'],
      name: 'CKEditor5.irevWidgets',
      fileName: () => 'irev-widgets-ckeditor5.js',
    },
    rolldownOptions: { output: { minify: true } },
  },
});
