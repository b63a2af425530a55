#!/usr/bin/env node
// Opens every story and docs page of the built Storybook (storybook-static/) in headless Chromium and checks
// that each renders its element, reaches a state, and logs no error but those its state expects; then renders the same
// markup with the built, minified dist/irev-widgets.js and checks every widget reads the same (what ships is what was tested).
// Prints one line per entry and `N passed, N failed`; exits non-zero on a failure.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { root, serveStorybook } from './storybook-server.mjs';
import { runVisual } from './visual.mjs';

const server = await serveStorybook();
const { base } = server;

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
// A docs page speaks the toolbar's language: every widget on it, in French and in English, shows no interface text of
// the other language (data marked with its own `lang`, a French cité's name in an English widget, is left aside).
const xliff = await readFile('xliff/en.xlf', 'utf8');
/** The messages of one side of xliff/en.xlf, cut at their placeholders, keeping the pieces long enough to be telling. */
const messages = (side) =>
  [...xliff.matchAll(/<source>([\s\S]*?)<\/source>\s*<target>([\s\S]*?)<\/target>/g)]
    .filter(([, source, target]) => source !== target)
    .flatMap((match) => match[side === 'fr' ? 1 : 2].split(/<x [^>]*\/>/))
    .map((piece) =>
      piece
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&')
        .replace(/&apos;/g, "'")
        .replace(/&quot;/g, '"')
        .trim(),
    )
    .filter((piece) => piece.length >= 12);
/** The interface text a visitor reads in the widgets of the page, but for what is marked with another language. */
function interfaceText(pageLang) {
  const read = (root) => {
    let text = '';
    for (const child of root.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) text += ` ${child.data}`;
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const lang = child.getAttribute('lang');
      if (lang && !lang.toLowerCase().startsWith(pageLang)) continue;
      if (getComputedStyle(child).display === 'none') continue;
      text += ` ${read(child.shadowRoot ?? child)}`;
    }
    return text;
  };
  return [...document.querySelectorAll('#storybook-docs *')]
    .filter((node) => node.localName.startsWith('irev-'))
    .map((node) => read(node.shadowRoot ?? node).replace(/\s+/g, ' '))
    .join('\n');
}
for (const entry of entries.filter((e) => e.type === 'docs' && e.title.startsWith('Elements/'))) {
  for (const [lang, other] of [
    ['en', 'fr'],
    ['fr', 'en'],
  ]) {
    const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
    const problems = [];
    try {
      await page.goto(`${base}/iframe.html?id=${entry.id}&viewMode=docs&globals=locale:${lang}`, { waitUntil: 'load' });
      await page.waitForFunction(
        () => {
          const widgets = [...document.querySelectorAll('#storybook-docs *')].filter((n) => n.localName.startsWith('irev-'));
          return widgets.length > 0 && widgets.every((w) => ['loading', 'error', 'empty', 'ready'].some((s) => w.matches(`:state(${s})`)));
        },
        undefined,
        { timeout: 30000 },
      );
      const pageLang = await page.evaluate(() => document.documentElement.lang);
      if (pageLang !== lang) problems.push(`<html lang="${pageLang}"> instead of "${lang}"`);
      const text = await page.evaluate(interfaceText, lang);
      const foreign = [...new Set(messages(other).filter((piece) => text.includes(piece)))];
      if (foreign.length > 0) problems.push(`${other} interface text in the ${lang} docs page: « ${foreign.slice(0, 5).join(' », « ')} »`);
    } catch (error) {
      problems.push(`did not render: ${error.message.split('\n')[0]}`);
    }
    await page.close();
    const name = `${entry.title} › Docs in ${lang === 'en' ? 'English' : 'French'} (toolbar language)`;
    if (problems.length === 0) {
      passed += 1;
      console.log(`  ✓ ${name}`);
    } else {
      failed += 1;
      console.log(`  ✗ ${name}\n      ${problems.join('\n      ')}`);
    }
  }
}
await browser.close();
server.close();

// The stories' look against the committed references (scripts/visual.mjs; `npm run visual:update` rewrites them).
const visual = await runVisual();
passed += visual.passed;
failed += visual.failed;
console.log(`Storybook: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && entries.length > 0 ? 0 : 1);
