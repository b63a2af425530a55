#!/usr/bin/env node
// `npm run size`, and part of `npm test`: the bytes a page downloads, min + gzip -9, against DESIGN.md's budgets. A
// page's files are the loader, the files of the elements it shows and every file they import statically (read from
// the built files); the files loaded later, where used (English, the RSS reader, the form's transport…), are listed
// apart. A page over its ceiling fails, its files listed largest first, so the culprit is named.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

/**
 * The pages measured. `budget` is DESIGN.md's (« Budgets »); `ceiling`, where a page is still above its budget, is
 * what the release reaches plus ~0.3 KB: it fails the suite on any growth. Lower a ceiling when a page shrinks; raise it
 * only by a reviewed choice, said here; remove it once the page is within its budget (README « Benchmarks » says which
 * pages are not). Raised once (stop 19, +1.2 and +2.2 KB): dark-host colour pairs, the rules that hold against heavy
 * themes with their rem rewriting, and the loader keeping each widget's room before its file arrives (CLS 0); the
 * page of every element then also counted the JSON-LD writer it always loads (+0.9 KB, measured, not grown). Raised
 * again (stop 20, +0.8 KB each): the loader asks for a widget's data, its English and every file of its element at
 * once rather than one round trip after the other (src/core/prefetch.ts, scripts/vite-parallel-imports.mjs); +0.1 KB more
 * for news items built with DOM calls from shapes cloned per item (~70 ms faster for 1,000 items on a fresh page).
 * Then lowered to what the pages measure with all of stop 20, +0.3 KB: zod checks through one primitive, token
 * defaults as a table, date ranges and the calendar menu out of what every page loads, short message ids (fix/bytes).
 * Raised (stop 21, +0.4 KB, measured 31.9 and 58.4 KB): Paris time read by the EU's summer time rule and checked against
 * Intl once the page is idle, with the month and weekday names written out, so that no page pays the browser's first
 * date formatter (50–150 ms) before its first date: 100 events and 1,000 news items ~15–20 % sooner on a fresh page.
 * Lowered (issue 12, measured 30.8 and 57.1 KB): Lit properties without decorators, no message hashing in the bundle,
 * the XML reader with the RSS reader, strings, numbers and trimming in the schemas through zod's one check (fix/core-bytes).
 * Then +0.1 and +0.2 KB (measured 30.9 and 57.3 KB, ceilings at +0.3): the cités list keeps its first cités in order as
 * it reads them instead of sorting 10,000, items without null are validated without a copy, a trimmed text is one zod
 * check, news items skip an entries array per element: each measured faster on a fresh page or in Node.
 * Lowered (measured 30.5 and 56.9 KB): the data source reads its first page itself rather than through @lit/task.
 * `also`: files loaded on demand that such a page always asks for.
 */
export const PAGES = [
  { page: 'the loader alone', elements: [], budget: 2 },
  { page: 'a page with the news feed only', elements: ['news-feed'], budget: 22, ceiling: 30.7 },
  // The event widgets load the JSON-LD writer as soon as they show an event: on such a page it always comes.
  { page: 'a page with every element', elements: 'all', also: ['jsonld'], budget: 36, ceiling: 57.2 },
];

const KB = 1024;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

/** Measures every page of PAGES in `dist`: its files (largest first), its total, its limit and whether it is within. */
export function measure(dist = 'dist') {
  const files = readdirSync(dist).filter((file) => file.endsWith('.js'));
  const registry = readFileSync(fileURLToPath(new URL('../src/core/registry.ts', import.meta.url)), 'utf8');
  const names = [...(/widgetNames = \[([^\]]*)\]/.exec(registry)?.[1] ?? '').matchAll(/'([\w-]+)'/g)].map((match) => match[1]);
  const code = (file) => readFileSync(`${dist}/${file}`, 'utf8');
  const gzip = (file) => gzipSync(readFileSync(`${dist}/${file}`), { level: 9 }).length;
  /** The built file of an element (irev-widgets-news-feed-<hash>.js). */
  const fileOf = (name) => {
    const file = files.find((candidate) => new RegExp(`^irev-widgets-${name}-[\\w-]{8}\\.js$`).test(candidate));
    if (!file) throw new Error(`no built file for <irev-${name}> in ${dist}/: run npm run build`);
    return file;
  };
  /** A file and every file it imports statically, transitively. */
  const closure = (file, seen) => {
    if (seen.has(file)) return seen;
    seen.add(file);
    for (const [, imported] of code(file).matchAll(/(?:^|[;\s}])import\s*(?:[\w$*{},\s]+from\s*)?["']\.\/([^"']+)["']/g))
      closure(imported, seen);
    return seen;
  };
  const sized = (list) => list.map((file) => ({ file, bytes: gzip(file) })).sort((a, b) => b.bytes - a.bytes);

  const pages = PAGES.map(({ page, elements, also = [], budget, ceiling }) => {
    const shown = elements === 'all' ? names : elements;
    const loaded = ['irev-widgets.js', ...shown.map(fileOf), ...also.map(fileOf)].reduce((seen, file) => closure(file, seen), new Set());
    const own = sized([...loaded]);
    const total = own.reduce((sum, { bytes }) => sum + bytes, 0);
    const limit = (ceiling ?? budget) * KB;
    return { page, budget, ceiling, total, limit, ok: total <= limit, files: own, loaded };
  });
  // What no page loads up front: English, the readers, the form's transport, the mount points' reader…
  const everyFile = new Set(pages.flatMap(({ loaded }) => [...loaded]));
  return { pages, later: sized(files.filter((file) => !everyFile.has(file))) };
}

/** One page's lines: its total against its limit and DESIGN's budget, then its files (all of them when over). */
export function report({ page, budget, ceiling, total, ok, files }) {
  const against =
    ceiling === undefined
      ? `budget ${budget} KB`
      : `ceiling ${ceiling} KB; DESIGN.md budget ${budget} KB${total > budget * KB ? `, not met by ${kb(total - budget * KB)}` : ''}`;
  const lines = [`${ok ? 'ok  ' : 'OVER'} ${page}: ${kb(total)} min + gzip (${against})`];
  for (const { file, bytes } of files) lines.push(`       ${kb(bytes).padStart(7)}  ${file}`);
  if (ok && ceiling !== undefined && ceiling * KB - total > 0.6 * KB)
    lines.push(`       the page shrank: lower its ceiling in scripts/size-budget.mjs to ${((total + 0.3 * KB) / KB).toFixed(1)} KB`);
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { pages, later } = measure();
  for (const page of pages) console.log(report(page).join('\n'));
  console.log(`Loaded only where used (English, the RSS and Drupal readers, the form's transport when a visitor fills it in…):`);
  for (const { file, bytes } of later) console.log(`       ${kb(bytes).padStart(7)}  ${file}`);
  process.exit(pages.every((page) => page.ok) ? 0 : 1);
}
