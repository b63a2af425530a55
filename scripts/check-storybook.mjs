#!/usr/bin/env node
// Opens every story and docs page of the built Storybook (storybook-static/) in headless Chromium and checks
// that each renders its element, reaches a state, and logs no error but those its state expects.
// Prints one line per entry and `N passed, N failed`; exits non-zero on a failure.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { launchChromium } from './chromium.mjs';

const root = 'storybook-static';
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};
const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  try {
    const body = await readFile(join(root, path.endsWith('/') ? `${path}index.html` : path));
    response.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404, { 'Content-Type': 'text/plain' });
    response.end('Not found');
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
const entries = Object.values(index.entries);
const browser = await launchChromium();

// Errors a story is allowed to log: the library's own report of a failing source, and the 404 that causes it.
const expected = (text) => /^irev-widgets/.test(text) || /Failed to load resource: the server responded with a status of 404/.test(text);

let passed = 0;
let failed = 0;
for (const entry of entries) {
  const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !expected(message.text())) problems.push(`console.error: ${message.text()}`);
  });
  const viewMode = entry.type === 'docs' ? 'docs' : 'story';
  try {
    await page.goto(`${base}/iframe.html?id=${entry.id}&viewMode=${viewMode}`, { waitUntil: 'load' });
    const container = viewMode === 'docs' ? '#storybook-docs' : '#storybook-root';
    await page.waitForFunction((c) => document.querySelector(`${c} *`), container, {
      timeout: 15000,
    });
    // Every element on the page reaches a state: loading, error, empty or ready.
    await page.waitForFunction(
      (c) =>
        [...document.querySelectorAll(`${c} *`)]
          .filter((n) => n.localName.startsWith('irev-'))
          .every((w) => ['loading', 'error', 'empty', 'ready'].some((s) => w.matches(`:state(${s})`))),
      container,
      { timeout: 15000 },
    );
    if (viewMode === 'story' && entry.title.startsWith('Elements/')) {
      // A story named after a state must show it; every other story shows its data.
      const want = /Loading/i.test(entry.name)
        ? 'loading'
        : /Error/i.test(entry.name)
          ? 'error'
          : /Empty/i.test(entry.name)
            ? 'empty'
            : 'ready';
      await page
        .waitForFunction((s) => document.querySelector(`#storybook-root *:state(${s})`), want, { timeout: 15000 })
        .catch(() => problems.push(`never reached :state(${want})`));
      // What the a11y addon shows a designer, checked here: axe, WCAG 2.1 A and AA, on the story's element.
      await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
      const violations = await page.evaluate(async () => {
        // The a11y addon may be running its own axe on the story: wait for it to finish.
        for (let attempt = 0; ; attempt += 1) {
          try {
            const results = await window.axe.run('#storybook-root', { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
            return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
          } catch (error) {
            if (attempt > 20 || !String(error).includes('already running')) throw error;
            await new Promise((resolve) => setTimeout(resolve, 250));
          }
        }
      });
      problems.push(...violations.map((v) => `axe ${v}`));
    }
    await page.waitForTimeout(100);
  } catch (error) {
    const stuck = await page
      .evaluate(() =>
        [...document.querySelectorAll('*')]
          .filter((n) => n.localName.startsWith('irev-') && !['loading', 'error', 'empty', 'ready'].some((s) => n.matches(`:state(${s})`)))
          .map((n) => `<${n.localName} src="${n.getAttribute('src')}">`),
      )
      .catch(() => []);
    problems.push(`did not render: ${error.message.split('\n')[0]}${stuck.length ? ` (no state: ${stuck.join(', ')})` : ''}`);
  }
  await page.close();
  if (problems.length === 0) {
    passed += 1;
    console.log(`  ✓ ${entry.title} › ${entry.name}`);
  } else {
    failed += 1;
    console.log(`  ✗ ${entry.title} › ${entry.name}\n      ${problems.join('\n      ')}`);
  }
}
await browser.close();
server.close();
console.log(`Storybook: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && entries.length > 0 ? 0 : 1);
