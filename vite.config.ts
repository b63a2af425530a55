// The script-tag bundle: irev-widgets.js, the file a webmaster writes, is a loader that imports each element's file
// (irev-widgets-<element>-*.js, with irev-widgets-core-*.js: Lit, zod/mini, the core) when the page shows it; English
// and the optional parts are files beside them, loaded by the pages that use them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, transformWithOxc } from 'vite';
import type { ChunkingContext } from 'rolldown';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { hostProof } from './scripts/vite-host-proof.mjs';
import { cdnFolder } from './scripts/vite-cdn.mjs';
import { parallelImports } from './scripts/vite-parallel-imports.mjs';
import { shortMessageIds } from './scripts/vite-short-msg-ids.mjs';
import { buildConstants } from './build-constants.mjs';

const ENTRY = 'irev-widgets.js';
/** Modules the loader reads before anything else loads: it gets copies of its own (see the plugin below). */
const LOADER_COPIES = ['registry', 'prefetch'];
const LOADER_COPY = '\0irev-loader-copy:';
/** Modules only the event elements use, kept out of the core file that the other pages load. */
const EVENT_CARDS =
  /src[\\/](components[\\/]event-card[\\/](?!define|calendar-menu)|core[\\/](date-range|event-status)\.ts|schemas[\\/]event\.ts)/;

/** What the news feed shares with its readers (JSON:API fields, name mapping; the form reads the mapping too). */
const SOURCES = /src[\\/]core[\\/](adapters[\\/](index|jsonapi-fields)|name-mapping)\.ts$/;

/** The list elements: what all three load statically is the core file; what fewer share is split by what uses it. */
const LISTS = ['news-feed', 'cites-list', 'events'].map((name) =>
  fileURLToPath(new URL(`src/components/${name}/define.ts`, import.meta.url)),
);
let everyList: Set<string> | undefined;
function inEveryList(id: string, ctx: ChunkingContext): boolean {
  if (!everyList) {
    const closure = (start: string, seen = new Set<string>()): Set<string> => {
      if (!seen.has(start)) {
        seen.add(start);
        ctx.getModuleInfo(start)?.importedIds.forEach((imported) => closure(imported, seen));
      }
      return seen;
    };
    const [first, ...rest] = LISTS.map((entry) => closure(entry));
    everyList = new Set([...first].filter((module) => rest.every((set) => set.has(module))));
  }
  // load-module.ts sets the retry query on its chunk's import.meta, which localization.ts's import of English reads.
  return (
    (everyList.has(id) || /src[\\/]core[\\/]load-module\.ts$/.test(id)) &&
    !/src[\\/](components[\\/][\w-]+[\\/]define|core[\\/]registry)\.ts$/.test(id)
  );
}

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
    // The loader reads the registry and starts the widgets' data requests before anything else loads: it gets copies of
    // its own of both (a list of five names, a few functions), one file fewer on every page; the mount points and the
    // widgets read the shared ones (prefetch.ts keeps its state on `document`, where both copies meet).
    {
      name: 'irev-loader-copies',
      enforce: 'pre',
      apply: 'build',
      resolveId(source, importer) {
        const name = /^\.\/core\/([\w-]+)\.js$/.exec(source)?.[1];
        if (!name || !LOADER_COPIES.includes(name) || !importer || !/src[\\/]irev-widgets\.ts$/.test(importer)) return undefined;
        return `${LOADER_COPY}${name}.ts`;
      },
      async load(id) {
        if (!id.startsWith(LOADER_COPY)) return undefined;
        const file = fileURLToPath(new URL(`src/core/${id.slice(LOADER_COPY.length)}`, import.meta.url));
        return (await transformWithOxc(readFileSync(file, 'utf8'), file)).code;
      },
    },
    // After rolldown's own minifier (output.minify below), terser's second look at each ES module file takes 0.2–0.4 KB
    // more off a page (min + gzip): top-level names of a module are its own, and two compress passes. The script-tag
    // build only: Storybook's build of the sources reads this file too.
    {
      name: 'irev-terser',
      apply: (config, { command }) => command === 'build' && Boolean(config.build?.lib),
      config: () => ({ build: { minify: 'terser', terserOptions: { module: true, ecma: 2020, compress: { passes: 2 } } } }),
    },
    // Lit's and zod's globals private to the bundle, no for…in, retryable optional files (see the plugin).
    hostProof({ entry: ENTRY }),
    // The loader asks for an element's file and the files it imports at once (after hostProof: no retry query on them).
    { ...parallelImports({ entry: ENTRY }), enforce: 'post' },
    // Message ids as short codes, in msg() calls and in English alike (see the plugin).
    shortMessageIds(),
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
        // No reader of these files re-bundles them: the tree-shaking annotations (/* @__PURE__ */, ~130 of them) go.
        // Legal comments stay (none in today's dependencies).
        comments: { legal: true, annotation: false, jsdoc: false },
        // The entry is the loader; each element is a file of its own; what two of them share (Lit, zod/mini, the core,
        // the schemas) is one core file; the registry, which the loader and the core both read, is a file of its own
        // rather than part of the entry, so that no chunk ever imports the entry back: a page that loads
        // `irev-widgets.js?ver=6.4.2` (WordPress) would otherwise run a second copy of Lit and of every element.
        codeSplitting: {
          groups: [
            { name: 'event-cards', minShareCount: 2, test: EVENT_CARDS, priority: 1 },
            // The cités and their départements, which the cités list and the registration form both read.
            { name: 'cites', minShareCount: 2, test: /src[\\/](schemas[\\/]cite|core[\\/]departements)\.ts$/, priority: 1 },
            // What the news feed shares with its Drupal and RSS readers: one small file rather than three.
            { name: 'sources', minShareCount: 2, test: SOURCES, priority: 1 },
            { name: (id, ctx) => (inEveryList(id, ctx) ? 'core' : null), minShareCount: 2, priority: 2 },
          ],
        },
        // An element's file is named after it (irev-widgets-news-feed-….js), the others after their group or module.
        chunkFileNames: ({ facadeModuleId }) =>
          `irev-widgets-${/components[\\/]([\w-]+)[\\/]define\.ts$/.exec(facadeModuleId ?? '')?.[1] ?? '[name]'}-[hash].js`,
      },
    },
  },
});
