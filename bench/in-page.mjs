#!/usr/bin/env node
// `node bench/in-page.mjs`: the quick in-page benchmark (widgets created by a script in one long-lived page), kept for
// profiling a change; `npm run bench` (bench/run.mjs) gives the fresh-page figures the README reports. It prints
// figures with their ratio to a baseline measured in the same run. Informative: it does not fail on a slow machine.
import { createServer } from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { launchChromium } from '../scripts/chromium.mjs';

if (!existsSync('dist/irev-widgets.js') || process.argv.includes('--build')) {
  spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
}

const rows = [];
const report = (figure, value, budget, ok) => rows.push({ figure, value, budget, verdict: ok ? 'ok' : 'OVER' });

// 1. Size: the files every page loads (the entry a webmaster writes and the core file it imports: all elements), and
// the optional chunks beside them.
const gzipOf = (file) => gzipSync(readFileSync(join('dist', file)), { level: 9 }).length;
const files = readdirSync('dist').filter((file) => /^irev-widgets.*\.js$/.test(file));
const core = files.find((file) => /^irev-widgets-core-.*\.js$/.test(file));
const entryGz = gzipOf('irev-widgets.js');
report('dist/irev-widgets.js (the entry), min + gzip', `${(entryGz / 1024).toFixed(2)} KB`, '≤ 2 KB', entryGz <= 2 * 1024);
const gz = entryGz + gzipOf(core);
const min = readFileSync('dist/irev-widgets.js').length + readFileSync(join('dist', core)).length;
report(
  `irev-widgets.js + ${core}, min + gzip`,
  `${(gz / 1024).toFixed(1)} KB (${(min / 1024).toFixed(1)} KB min)`,
  '≤ 30 KB',
  gz <= 30 * 1024,
);
const chunks = files.filter((file) => file !== 'irev-widgets.js' && file !== core);
const chunksGz = chunks.reduce((sum, file) => sum + gzipOf(file), 0);
report(
  `${chunks.length} optional chunks (RSS, JSON:API, sanitizer…)`,
  `${(chunksGz / 1024).toFixed(1)} KB in all, loaded when used`,
  '—',
  true,
);

// 2. Timings in the browser.
const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };
const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  try {
    const body = await readFile(join('.', path));
    response.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404);
    response.end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
page.on('pageerror', (error) => console.error('page error:', error.message));
await page.goto(`http://127.0.0.1:${server.address().port}/bench/bench.html`);
await page.waitForFunction(() => window.benchReady === true);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
async function sample(name, args, times) {
  const values = [];
  for (let i = 0; i < times; i++) {
    const result = await page.evaluate(([n, a]) => window.scenarios[n](...a), [name, args]);
    values.push(...(Array.isArray(result) ? result : [result]));
  }
  return median(values);
}

const keys = ['c', 'ci', 'cit', 'cité 1', 'cité 19', 'cité 199', 'ville', 'ville 9', 'commune 5', ''];
// Warm up the JIT once, then measure.
await sample('citesKeystroke', [2000, keys], 1);
await sample('vanillaKeystroke', [2000, keys], 1);
const keystroke = await sample('citesKeystroke', [2000, keys], 5);
const vanillaKeystroke = await sample('vanillaKeystroke', [2000, keys], 5);
report(
  'one keystroke, cités search over 2,000 cités (median)',
  `${keystroke.toFixed(1)} ms (vanilla ${vanillaKeystroke.toFixed(1)} ms, ×${(keystroke / vanillaKeystroke).toFixed(2)})`,
  '≤ 16 ms',
  keystroke <= 16,
);

const small = await sample('citesFirstRender', [100], 7);
const large = await sample('citesFirstRender', [10000], 7);
report(
  'first render of cités, 10,000 in data vs 100 (60 shown)',
  `${large.toFixed(1)} ms vs ${small.toFixed(1)} ms, ×${(large / small).toFixed(2)}`,
  '≤ 2×',
  large / small <= 2,
);

await sample('newsFirstRender', [1000, 1000], 1);
await sample('vanillaNews', [1000], 1);
const newsRender = await sample('newsFirstRender', [1000, 1000], 7);
const vanillaNews = await sample('vanillaNews', [1000], 7);
report(
  'first render of 1,000 news items, against vanilla',
  `${newsRender.toFixed(1)} ms vs ${vanillaNews.toFixed(1)} ms, ×${(newsRender / vanillaNews).toFixed(2)}`,
  '≤ 1.5×',
  newsRender / vanillaNews <= 1.5,
);

const news100 = await sample('newsFirstRender', [100, 10], 7);
const news10k = await sample('newsFirstRender', [10000, 10], 7);
report(
  'first render of news, 10,000 in data vs 100 (10 shown)',
  `${news10k.toFixed(1)} ms vs ${news100.toFixed(1)} ms, ×${(news10k / news100).toFixed(2)}`,
  '≤ 2×',
  news10k / news100 <= 2,
);

await browser.close();
server.close();

const width = Math.max(...rows.map((r) => r.figure.length));
console.log('\nirev-widgets benchmarks (Chromium, production bundle)\n');
for (const row of rows) console.log(`${row.figure.padEnd(width)}  ${row.value.padEnd(48)}  budget ${row.budget.padEnd(8)}  ${row.verdict}`);
