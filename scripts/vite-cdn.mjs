// dist/cdn/: the release folder a webmaster copies, exactly what a page can load (the loader and every file it imports,
// no source maps, no npm build, no types), with a README.md that names each file and when a page loads it. Written from
// the script-tag build's own output, so a new file that the README cannot place fails the build instead of shipping.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** When a page loads each kind of file, by the name between `irev-widgets-` and the hash. */
const WHEN = {
  core: 'with the first element the page shows: Lit, zod/mini and the library core, shared by every element',
  'event-cards': 'with `<irev-event-card>`, `<irev-events>` or `<irev-registration-form>`: the card and the event schema',
  'calendar-menu': 'when a visitor opens (or comes near) an « Ajouter à mon agenda » menu: its Google and Outlook links and the .ics file',
  cites: 'with `<irev-cites-list>` or `<irev-registration-form>`: the cités and their départements, which both read',
  sources: 'with `<irev-news-feed>`: what it shares with its RSS and Drupal readers',
  webform: 'with `<irev-registration-form>`: the Drupal webform fields its settings and its transport both read',
  transport: 'when a visitor starts filling a registration form in, sends it, or a registration waits on the device',
  'html-to-text': '`format="rss"` or `format="jsonapi"`: the summary reader both use',
  'mount-all': 'when the page has a `data-irev-widget` mount point (CKEditor-safe `<div>`)',
  en: 'when a widget asks for English (`lang="en"` on it or on an ancestor)',
  rss: '`<irev-news-feed format="rss">` only',
  jsonapi: '`<irev-news-feed format="jsonapi">` only',
  sanitize: '`<irev-news-feed rich-summary>` only, when an item has `summaryHtml`',
  jsonld:
    'every time `<irev-event-card>` or `<irev-events>` shows at least one event: it writes the events as JSON-LD for search engines (without this file the JSON-LD is missing and the console says why)',
};

/** The element whose module a chunk is (`src/components/<element>/define.ts`), if it is one. */
const elementOf = (chunk) => /components[\\/]([\w-]+)[\\/]define\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1];

/** The elements whose files import `chunk`, directly or through other files (static imports only). */
function elementsImporting(chunk, bundle) {
  const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
  const found = new Set();
  const seen = new Set();
  const visit = (fileName) => {
    if (seen.has(fileName)) return;
    seen.add(fileName);
    for (const importer of chunks.filter((other) => other.imports.includes(fileName))) {
      const element = elementOf(importer);
      if (element) found.add(element);
      else visit(importer.fileName);
    }
  };
  visit(chunk.fileName);
  return [...found].sort();
}

function whenLoaded(chunk, entry, bundle) {
  if (chunk.fileName === entry) return 'always: the one file the page names; it loads the others from beside itself';
  const element = elementOf(chunk);
  if (element) return `the first time \`<irev-${element}>\` or \`data-irev-widget="${element}"\` is in the page, now or later`;
  const kind = /^irev-widgets-(.+)-[\w-]{8}\.js$/.exec(chunk.fileName)?.[1];
  if (kind && WHEN[kind]) return WHEN[kind];
  // Code that elements share (a Lit directive, a helper): it comes with the first of them the page shows.
  const users = elementsImporting(chunk, bundle);
  return users.length > 0 ? `with ${users.map((name) => `\`<irev-${name}>\``).join(' or ')}: code they share` : undefined;
}

/**
 * @param {{ entry: string, folder?: string }} options the loader's file name; the folder under the build's outDir
 */
export function cdnFolder({ entry, folder = 'cdn' }) {
  return {
    name: 'irev-cdn-folder',
    // The script-tag build only (Storybook reads vite.config.ts too).
    apply: (config, { command }) => command === 'build' && Boolean(config.build?.lib),
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && !whenLoaded(chunk, entry, bundle)) {
          this.error(`${chunk.fileName}: loaded only on demand, and scripts/vite-cdn.mjs does not say when; add it to WHEN`);
        }
      }
    },
    writeBundle(options, bundle) {
      const dir = join(options.dir, folder);
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      const chunks = Object.values(bundle)
        .filter((file) => file.type === 'chunk')
        .sort((a, b) => (a.fileName === entry ? -1 : b.fileName === entry ? 1 : a.fileName.localeCompare(b.fileName)));
      for (const chunk of chunks) {
        // The maps stay in dist/: a page never needs them, and a missing map would be a 404 in the browser's tools.
        writeFileSync(join(dir, chunk.fileName), chunk.code.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n'));
      }
      const rows = chunks.map((chunk) => `| \`${chunk.fileName}\` | ${whenLoaded(chunk, entry, bundle)} |`);
      writeFileSync(join(dir, 'README.md'), readme(entry, rows));
    },
  };
}

const readme = (entry, rows) => `# irev-widgets: the files for your server

Copy every \`.js\` file of this folder, together, to one folder of your server (the file names carry a hash: replace
them all at each update), and add one line to the page:

\`\`\`html
<script type="module" src="/path/to/${entry}"></script>
\`\`\`

The page loads \`${entry}\`; each other file loads from beside it, only when the page needs it:

| file | loaded |
|---|---|
${rows.join('\n')}

A missing optional file (English, RSS, JSON:API, sanitizer, JSON-LD) or one that does not answer in time is said in
the widget (with « Réessayer ») or in the console; it never breaks the page.
`;
