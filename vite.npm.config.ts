// The npm build: one module per source file, dependencies left external for the user's bundler.
import { defineConfig } from 'vite';
import { buildConstants } from './build-constants.mjs';

export default defineConfig({
  define: buildConstants,
  build: {
    outDir: 'dist/npm',
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    lib: {
      entry: { index: 'src/index.ts', 'irev-widgets': 'src/irev-widgets.ts' },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});
