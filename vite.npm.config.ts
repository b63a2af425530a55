// The npm build: one module per source file, dependencies left external for the user's bundler. Entries: the classes
// (index, no side effects), `define` (every element) and one `define/<element>` per element (package.json `exports`).
import { readdirSync } from 'node:fs';
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
      entry: {
        index: 'src/index.ts',
        define: 'src/define.ts',
        ...Object.fromEntries(readdirSync('src/define').map((file) => [`define/${file.replace(/\.ts$/, '')}`, `src/define/${file}`])),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});
