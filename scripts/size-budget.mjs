#!/usr/bin/env node
// `npm run size`: the bytes a page downloads, min + gzip -9, against DESIGN.md's budgets. A page's files are the
// loader, the files of the elements it shows and every file they import statically (read from the built files);
// when a page is over, the files it loads are listed, largest first, so the culprit is named. Fails when over.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dist = readdirSync('dist').filter((file) => file.endsWith('.js'));
const registry = readFileSync('src/core/registry.ts', 'utf8');
const names = [...(/widgetNames = \[([^\]]*)\]/.exec(registry)?.[1] ?? '').matchAll(/'([\w-]+)'/g)].map((match) => match[1]);
const gzip = (file) => gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length;
/** The built file of an element (irev-widgets-news-feed-<hash>.js). */
const fileOf = (name) => dist.find((file) => new RegExp(`^irev-widgets-${name}-[\\w-]{8}\\.js$`).test(file));

/** A file and every file it imports statically, transitively. */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(`dist/${file}`, 'utf8');
  for (const [, imported] of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w$*{},\s]+from\s*)?["']\.\/([^"']+)["']/g)) closure(imported, seen);
  return seen;
}

const pages = [
  { page: 'the loader alone', files: ['irev-widgets.js'], budget: 2 },
  { page: 'a page with the news feed only', files: ['irev-widgets.js', fileOf('news-feed')], budget: 22 },
  // The registration form joins `names` (src/core/registry.ts) when fix/form is merged, and this page with it.
  { page: 'a page with every element', files: ['irev-widgets.js', ...names.map(fileOf)], budget: 36 },
];

let over = 0;
for (const { page, files, budget } of pages) {
  const missing = files.filter((file) => !file);
  if (missing.length > 0) throw new Error(`no built file for an element of ${page}: run npm run build`);
  const loaded = [...files.reduce((seen, file) => closure(file, seen), new Set())];
  const sizes = loaded.map((file) => [file, gzip(file)]).sort((a, b) => b[1] - a[1]);
  const total = sizes.reduce((sum, [, size]) => sum + size, 0);
  const ok = total <= budget * 1024;
  if (!ok) over += 1;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${page}: ${(total / 1024).toFixed(1)} KB min + gzip (budget ${budget} KB)`);
  if (!ok) for (const [file, size] of sizes) console.log(`       ${(size / 1024).toFixed(1).padStart(5)} KB  ${file}`);
}
process.exit(over > 0 ? 1 : 0);
