#!/usr/bin/env node
// Opens every story and docs page of the built Storybook (storybook-static/) in headless Chromium and checks
// that each renders its element, reaches a state, and logs no error but those its state expects; then renders the same
// markup with the built, minified dist/irev-widgets.js and checks every widget reads the same (what ships is what was tested).
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
// A page that loads the shipped bundle, as a webmaster's page would; /__dist/ serves dist/ (built by `npm test`).
const distPage =
  '<!doctype html><html><head><meta charset="utf-8"><script type="module" src="/__dist/irev-widgets.js"></script></head><body></body></html>';
const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  // The sources of the « Loading » stories never answer, so those stories stay loading (on both pages).
  if (path.startsWith('/never/')) return;
  if (path === '/__dist-page.html') {
    response.writeHead(200, { 'Content-Type': 'text/html' });
    response.end(distPage);
    return;
  }
  try {
    const file = path.startsWith('/__dist/')
      ? join('dist', path.slice('/__dist/'.length))
      : join(root, path.endsWith('/') ? `${path}index.html` : path);
    const body = await readFile(file);
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

/**
 * Each widget's state and text as a visitor reads it, in document order: spaces inside a line count (« l'ANCT (ouvert »
 * is not « l'ANCT(ouvert »), whitespace between blocks does not. Read from the DOM and computed styles, not innerText,
 * which leaves out what `content-visibility: auto` has not laid out yet.
 */
function widgetsRead(container) {
  const BREAK = '\u0001';
  const read = (root) => {
    let text = '';
    for (const child of root.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) text += child.data;
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const display = getComputedStyle(child).display;
      if (display === 'none') continue;
      const inner = child.localName === 'br' ? BREAK : read(child);
      text += /^(inline|contents)/.test(display) ? inner : BREAK + inner + BREAK;
    }
    return text;
  };
  return [...document.querySelectorAll(`${container} *`)]
    .filter((node) => node.localName.startsWith('irev-'))
    .map((node) => ({
      tag: node.localName,
      state: ['loading', 'error', 'empty', 'ready'].find((s) => node.matches(`:state(${s})`)),
      text: read(node.shadowRoot ?? node)
        .replace(/\s+/g, ' ')
        .replace(new RegExp(` ?${BREAK}[${BREAK} ]*`, 'g'), '\n')
        .trim(),
    }));
}

/** The story's markup again, in a page that loads dist/irev-widgets.js: every widget must reach the same state and text. */
async function compareWithDist(storyPage) {
  const story = await storyPage.evaluate(widgetsRead, '#storybook-root');
  const { lang, markup } = await storyPage.evaluate(() => ({
    lang: document.documentElement.lang,
    markup: document.querySelector('#storybook-root').innerHTML,
  }));
  const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
  const problems = [];
  page.on('pageerror', (error) => problems.push(`dist page error: ${error.message}`));
  try {
    await page.goto(`${base}/__dist-page.html`, { waitUntil: 'load' });
    await page.addScriptTag({ content: `window.widgetsRead = ${widgetsRead};` });
    await page.evaluate(
      ([lang, markup]) => {
        document.documentElement.lang = lang;
        document.body.innerHTML = markup;
      },
      [lang, markup],
    );
    await page.waitForFunction(
      (want) => {
        const widgets = window.widgetsRead('body');
        return widgets.length === want.length && widgets.every((w, i) => w.state === want[i].state);
      },
      story,
      { timeout: 15000 },
    );
    // English is a file the loader fetches when a widget asks for it: the text may follow its state by a moment.
    await page
      .waitForFunction((want) => window.widgetsRead('body').every((w, i) => w.text === want[i].text), story, { timeout: 5000 })
      .catch(() => undefined);
    const shipped = await page.evaluate(widgetsRead, 'body');
    shipped.forEach((widget, i) => {
      const expected = story[i].text;
      if (widget.text === expected) return;
      let at = 0;
      while (widget.text[at] === expected[at]) at += 1;
      const around = (text) => text.slice(Math.max(0, at - 30), at + 30);
      problems.push(
        `dist/irev-widgets.js reads differently in <${widget.tag}>: « …${around(widget.text)}… » instead of « …${around(expected)}… »`,
      );
    });
  } catch (error) {
    problems.push(`dist/irev-widgets.js did not reach the story's states: ${error.message.split('\n')[0]}`);
  } finally {
    await page.close();
  }
  return problems;
}

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
      // A story that plays a visitor's steps (a send, its answer) ends where its markup alone cannot lead the dist page.
      if (!entry.tags?.includes('play-fn')) problems.push(...(await compareWithDist(page)));
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
server.closeAllConnections();
server.close();
console.log(`Storybook: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && entries.length > 0 ? 0 : 1);
