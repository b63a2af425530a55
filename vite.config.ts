// The script-tag bundle: irev-widgets.js holds Lit, zod/mini, the translations and every element, minified.
import { defineConfig } from 'vite';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { buildConstants } from './build-constants.mjs';

export default defineConfig({
  define: buildConstants,
  // Whitespace inside html`` and css`` templates is most of what minifiers leave behind.
  plugins: [{ ...minifyHTML({ include: ['src/**/*.ts'], failOnError: true }), enforce: 'pre' }],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    lib: {
      entry: 'src/irev-widgets.ts',
      formats: ['es'],
      fileName: () => 'irev-widgets.js',
    },
    rolldownOptions: {
      // Let the entry export what its chunks share with it, rather than moving shared code into more files.
      preserveEntrySignatures: 'allow-extension',
      output: {
        // Vite's lib mode keeps whitespace with `minify: true`; this minifies fully.
        minify: true,
        // Every element is in irev-widgets.js; optional parts (RSS and Drupal readers, sanitizer, calendar file,
        // JSON-LD) are chunks beside it, loaded by the pages that use them.
        chunkFileNames: 'irev-widgets-[name]-[hash].js',
      },
    },
  },
});
