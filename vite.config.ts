// The script-tag bundle: irev-widgets.js, the file a webmaster writes, loads irev-widgets-core-*.js (Lit, zod/mini,
// the translations and every element); optional parts are files beside them, loaded by the pages that use them.
import { defineConfig } from 'vite';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { hostProof } from './scripts/vite-host-proof.mjs';
import { buildConstants } from './build-constants.mjs';

const ENTRY = 'irev-widgets.js';

export default defineConfig({
  define: buildConstants,
  plugins: [
    // Whitespace inside html`` and css`` templates is most of what minifiers leave behind. conservativeCollapse: a run
    // of spaces becomes one space, never none, so « l'ANCT (ouvert… » keeps its space where a nested template or an
    // element starts with one (the default removed them: the bundle read « l'ANCT(ouvert… »).
    {
      ...minifyHTML({ include: ['src/**/*.ts'], failOnError: true, options: { minifyOptions: { conservativeCollapse: true } } }),
      enforce: 'pre',
    },
    // Lit's and zod's globals private to the bundle, no for…in, retryable optional files (see the plugin).
    hostProof({ entry: ENTRY }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    lib: {
      entry: 'src/irev-widgets.ts',
      formats: ['es'],
      fileName: () => ENTRY,
    },
    rolldownOptions: {
      output: {
        // Vite's lib mode keeps whitespace with `minify: true`; this minifies fully.
        minify: true,
        // Everything the entry needs goes into one core chunk, so no chunk ever imports the entry back: a page that
        // loads `irev-widgets.js?ver=6.4.2` (WordPress) would otherwise run a second copy of Lit and of every element.
        codeSplitting: { groups: [{ name: 'core', tags: ['$initial'], test: (id) => !/src[\\/]irev-widgets\.ts$/.test(id) }] },
        chunkFileNames: 'irev-widgets-[name]-[hash].js',
      },
    },
  },
});
