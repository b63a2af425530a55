#!/usr/bin/env node
// `npm run bench`: the figures of issue 12 and DESIGN.md's budgets, measured from outside on fresh page loads in
// headless Chromium. Each load is a new browser context; the page's module script and JSON come over HTTP; the clock
// is read when the last item's title text is in the DOM, shadow roots included. The library's page and a hand-written
// createElement/textContent page of the same content are alternated; medians of 9 with their min–max.
// Informative: figures beside their targets, no failure on a slow machine (the size budgets fail `npm run lint`).
// `--profile [events-1000]` also writes a CPU profile of one load of that page and prints where its time goes;
// `--profile-only` does nothing else; `--cls-only` measures the layout shift alone. `--runs N` changes 9; `--only events-1000`
// (or news-1000, cites) times that scenario alone, with the bytes and CLS.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { launchChromium } from '../scripts/chromium.mjs';
import { sizePages, startServer } from './server.mjs';

const argv = process.argv.slice(2);
const runs = Number(argv[argv.indexOf('--runs') + 1]) || 9;
const profileOnly = argv.includes('--profile-only');
const profiled =
  argv.includes('--profile') || profileOnly ? (argv.find((arg) => /^(events|news|cites)-\d+$/.test(arg)) ?? 'events-1000') : undefined;
if (!existsSync('dist/irev-widgets.js') || argv.includes('--build')) {
  spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
}

/** Set in every new context: reports the time (ms since navigation) at which `target` first is in the DOM. */
function probe(target) {
  let done = false;
  const has = (node) => node.textContent?.includes(target);
  const observer = new MutationObserver((records) => {
    if (done) return;
    for (const record of records) {
      if (record.type === 'characterData' ? has(record.target) : [...record.addedNodes].some(has)) {
        done = true;
        window.__benchFound(performance.now());
        observer.disconnect();
        return;
      }
    }
  });
  const watch = (root) => observer.observe(root, { childList: true, subtree: true, characterData: true });
  watch(document);
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    if (!done) watch(root);
    return root;
  };
}

const server = await startServer();
const browser = await launchChromium();
const version = browser.version();

/** Loads `path` in a fresh context and resolves to the time its `target` text appeared. */
async function timeToText(path, target, { profile } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  let found;
  const appeared = new Promise((resolve) => (found = resolve));
  await context.exposeFunction('__benchFound', (ms) => found(ms));
  await context.addInitScript(probe, target);
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error in ${path}:`, error.message));
  const cdp = profile && (await context.newCDPSession(page));
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  await page.goto(server.origin + path);
  const ms = await Promise.race([
    appeared,
    new Promise((_, reject) => setTimeout(() => reject(new Error(`${path}: « ${target} » never appeared`)), 60_000)),
  ]);
  if (cdp) {
    const { profile: cpu } = await cdp.send('Profiler.stop');
    profile(cpu);
  }
  await context.close();
  return ms;
}

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted.at(-1) };
};
const spread = ({ median, min, max }) => `${median.toFixed(0)} ms (${min.toFixed(0)}–${max.toFixed(0)})`;

/** Alternates two pages `runs` times; resolves to the stats of each. */
async function alternate(a, b) {
  const times = [[], []];
  // One load of each first, unmeasured: the server's data and the disk cache are warm for both alike.
  await timeToText(...a);
  await timeToText(...b);
  for (let i = 0; i < runs; i++) {
    times[0].push(await timeToText(...a));
    times[1].push(await timeToText(...b));
  }
  return times.map(stats);
}

const rows = [];
const clsOnly = argv.includes('--cls-only');
const measured = !profileOnly && !clsOnly;
const row = (figure, value, baseline, ratio, target, ok) =>
  rows.push({ figure, value, baseline, ratio, target, verdict: ok ? 'ok' : 'OVER' });

// 1. Time to the last title, library against hand-written, and the cités' first title at 10,000 against 100.
const against = [
  ['<irev-events>, 1,000 events', 'events', 1000, 'Rencontre n° 999 des', 1.3],
  ['<irev-events>, 100 events', 'events', 100, 'Rencontre n° 99 des', 1.2],
  ['<irev-news-feed>, 1,000 items', 'news', 1000, 'Actualité n° 999 des', 1.3],
];
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
for (const [figure, kind, count, target, budget] of measured
  ? against.filter(([, kind, count]) => !only || only === `${kind}-${count}`)
  : []) {
  const [library, vanilla] = await alternate(
    [`/bench/page/${kind}-${count}/library`, target],
    [`/bench/page/${kind}-${count}/vanilla`, target],
  );
  const ratio = library.median / vanilla.median;
  row(figure, spread(library), `vanilla ${spread(vanilla)}`, `${ratio.toFixed(2)}×`, `≤ ${budget}×`, ratio <= budget);
}
if (measured && (!only || only.startsWith('cites'))) {
  const target = 'Cité éducative 00000';
  const [large, small] = await alternate(['/bench/page/cites-10000/library', target], ['/bench/page/cites-100/library', target]);
  const ratio = large.median / small.median;
  row(
    '<irev-cites-list>, 10,000 cités ÷ 100 (first title)',
    spread(large),
    `100 cités ${spread(small)}`,
    `${ratio.toFixed(2)}×`,
    '≤ 1.5×',
    ratio <= 1.5,
  );
}

// 2. Bytes: the loader, and every script a page downloads (min + gzip -9 of each file it asked for).
const gzipOf = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const loader = gzipOf('dist/irev-widgets.js');
if (measured) {
  row('dist/irev-widgets.js (the loader), min + gzip', `${(loader / 1024).toFixed(2)} KB`, '', '', '≤ 2 KB', loader <= 2048);
  const budgets = { 'news-only': 22, 'every-element': 36 };
  for (const name of Object.keys(sizePages)) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const scripts = new Set();
    page.on('response', (response) => {
      const { pathname } = new URL(response.url());
      if (pathname.startsWith('/dist/') && pathname.endsWith('.js')) scripts.add(pathname.slice(1));
    });
    await page.goto(`${server.origin}/bench/size/${name}`);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('*')]
        .filter((element) => element.localName.startsWith('irev-'))
        .every((element) => element.matches(':state(ready), :state(empty), :state(error)')),
    );
    await page.waitForTimeout(300);
    await context.close();
    const total = [...scripts].reduce((sum, file) => sum + gzipOf(file), 0);
    row(
      `page with ${name === 'news-only' ? 'the news feed only' : 'every element'}: scripts, min + gzip`,
      kb(total),
      `${scripts.size} files`,
      '',
      `≤ ${budgets[name]} KB`,
      total <= budgets[name] * 1024,
    );
  }
}

// 3. Layout shift on the demo page while its widgets load, on a desktop and on a phone (the larger is reported).
const shifts = [];
for (const viewport of [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
]) {
  for (let i = 0; i < 3; i++) {
    const context = await browser.newContext({ viewport });
    await context.addInitScript(() => {
      window.__cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const page = await context.newPage();
    await page.goto(`${server.origin}/demo/`);
    await page.waitForFunction(() => {
      const widgets = [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('irev-'));
      return widgets.length > 0 && widgets.every((element) => element.matches(':state(ready), :state(empty), :state(error)'));
    });
    await page.waitForTimeout(1000);
    shifts.push(await page.evaluate(() => window.__cls));
    await context.close();
  }
}
const cls = Math.max(...shifts);
if (measured || clsOnly)
  row('CLS while the demo page loads (desktop and phone, worst of 6)', cls.toFixed(3), '', '', '≤ 0.01', cls <= 0.01);

// 4. Where the time of one load goes.
if (profiled) {
  mkdirSync('bench/results', { recursive: true });
  const [kind, count] = profiled.split('-');
  const last = { events: `Rencontre n° ${count - 1} des`, news: `Actualité n° ${count - 1} des`, cites: 'Cité éducative 00000' }[kind];
  await timeToText(`/bench/page/${profiled}/library`, last, {
    profile: (cpu) => {
      writeFileSync(`bench/results/${profiled}.cpuprofile`, JSON.stringify(cpu));
      const self = new Map();
      const interval = (cpu.endTime - cpu.startTime) / cpu.samples.length / 1000;
      const byId = new Map(cpu.nodes.map((node) => [node.id, node]));
      for (const id of cpu.samples) {
        const { callFrame: f } = byId.get(id);
        const key = `${f.functionName || '(anonymous)'} ${f.url.replace(server.origin, '')}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
        self.set(key, (self.get(key) ?? 0) + interval);
      }
      console.log(`\nSelf time of one load of ${profiled} (bench/results/${profiled}.cpuprofile):`);
      for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${key}`);
    },
  });
}

await browser.close();
server.close();

const columns = ['figure', 'value', 'baseline', 'ratio', 'target', 'verdict'];
const widths = columns.map((column) => Math.max(column.length, ...rows.map((r) => String(r[column]).length)));
const line = (cells) => `| ${cells.map((cell, i) => String(cell).padEnd(widths[i])).join(' | ')} |`;
console.log(
  `\nirev-widgets, fresh page loads: Chromium ${version} headless, ${os.cpus().length} × ${os.cpus()[0].model.trim()}, Node ${process.version}, medians of ${runs} (min–max)\n`,
);
console.log(line(columns));
console.log(line(widths.map((width) => '-'.repeat(width))));
for (const r of rows) console.log(line(columns.map((column) => r[column])));
