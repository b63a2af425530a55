// The script-tag bundle: one self-contained, minified ES module (Lit, zod/mini and the locales inside).
import { defineConfig } from 'vite';

export default defineConfig({
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
