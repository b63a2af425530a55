// The script-tag bundle: irev-widgets.js, the file a webmaster writes, is a loader that imports each element's file
// (irev-widgets-<element>-*.js, with irev-widgets-core-*.js: Lit, zod/mini, the core) when the page shows it; English
// and the optional parts are files beside them, loaded by the pages that use them.
import { defineConfig } from 'vite';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { hostProof } from './scripts/vite-host-proof.mjs';
import { cdnFolder } from './scripts/vite-cdn.mjs';
import { buildConstants } from './build-constants.mjs';

const ENTRY = 'irev-widgets.js';
/** Modules only the event elements use, kept out of the core file that the other pages load. */
const EVENT_CARDS = /src[\\/](components[\\/]event-card[\\/](?!define)|core[\\/](calendar|event-status)\.ts|schemas[\\/]event\.ts)/;

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
    cdnFolder({ entry: ENTRY }), // dist/cdn/: what a webmaster copies, with its README
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
        // The entry is the loader; each element is a file of its own; what two of them share (Lit, zod/mini, the core,
        // the schemas) is one core file; the registry, which the loader and the core both read, is a file of its own
        // rather than part of the entry, so that no chunk ever imports the entry back: a page that loads
        // `irev-widgets.js?ver=6.4.2` (WordPress) would otherwise run a second copy of Lit and of every element.
        codeSplitting: {
          groups: [
            { name: 'registry', test: /src[\\/]core[\\/]registry\.ts$/, priority: 3 },
            // What the two event elements share (the card, its calendar and status, the event schema) is theirs alone.
            { name: 'event-cards', minShareCount: 2, test: EVENT_CARDS, priority: 1 },
            {
              name: 'core',
              minShareCount: 2,
              test: (id) => !/src[\\/](irev-widgets|core[\\/]registry)\.ts$/.test(id) && !EVENT_CARDS.test(id),
              priority: 2,
            },
          ],
        },
        // An element's file is named after it (irev-widgets-news-feed-….js), the others after their group or module.
        chunkFileNames: ({ facadeModuleId }) =>
          `irev-widgets-${/components[\\/]([\w-]+)[\\/]define\.ts$/.exec(facadeModuleId ?? '')?.[1] ?? '[name]'}-[hash].js`,
      },
    },
  },
});
