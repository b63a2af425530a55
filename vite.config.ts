// The script-tag bundle: one self-contained, minified ES module (Lit, zod/mini and the locales inside).
import { defineConfig } from 'vite';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

export default defineConfig({
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
      output: {
        // Vite's lib mode keeps whitespace with `minify: true`; this minifies fully.
        minify: true,
        codeSplitting: false,
      },
    },
  },
});
