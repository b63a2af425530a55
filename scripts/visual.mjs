#!/usr/bin/env node
// Visual regression: screenshots of a chosen set of stories of the built Storybook (storybook-static/), each in a light
// and a dark host at 360 and 1280 px, in headless Chromium only, compared with the PNG references in
// test/visual/references/ (a few anti-aliased pixels of tolerance). A difference is named by story, scheme and width,
// with the new screenshot and a diff image in test/visual/output/.
//   node scripts/visual.mjs             compares (run by scripts/check-storybook.mjs, so by `npm test`)
//   node scripts/visual.mjs --update    rewrites the references (`npm run visual:update` builds Storybook first)
//   node scripts/visual.mjs --only=news restricts to the shots whose name contains « news »
// Deterministic: only the fonts of fonts-dejavu-core (test/visual/fonts.conf), animations and the caret off, reduced
// motion, the stories' fixed present (`now`), data from the static Storybook, no other network.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { chromiumArgs } from './chromium.mjs';
import { serveStorybook } from './storybook-server.mjs';

const REFERENCES = 'test/visual/references';
const OUTPUT = 'test/visual/output';
const WIDTHS = [360, 1280];
const SCHEMES = ['light', 'dark'];
/** A shot keeps the top of a tall story: enough to show its layout, small enough to review (and to commit). */
const MAX_HEIGHT = 900;
/** pixelmatch's per-pixel colour threshold (0–1), and how many differing pixels a shot may have (anti-aliasing, hinting). */
const THRESHOLD = 0.1;
const MAX_DIFF_PIXELS = 0.001;

/**
 * The stories shot: every element in each of its states (ready and its layouts, loading, error, empty, invalid items,
 * a mistyped attribute; the form's steps), and each in a 300 px sidebar (1280 only: at 360 the page stacks). Left out,
 * to keep `npm test` and the references small: the English, themed, long-content and narrow stories (the same look as
 * those shot; narrow is the 360 width), the event card's webinar, the closed form but « Complet », « Choice of events »,
 * Webform, and the form's « Sending » and « Retrying », which show a countdown. A shot keeps the top 900 px of a story.
 */
const STORIES = {
  'irev-cites-list': ['ready', 'grid', 'loading', 'error-404', 'empty', 'invalid-items', 'mistyped-attributes'],
  'irev-event-card': ['ready', 'multi-day', 'in-progress', 'past', 'unknown-event-empty', 'loading', 'error-404', 'invalid-items'],
  'irev-events': ['ready', 'with-past', 'loading', 'error-404', 'empty', 'invalid-items'],
  'irev-news-feed': ['ready', 'cards', 'compact', 'loading', 'error-404', 'empty', 'invalid-items', 'mistyped-attributes'],
  'irev-registration-form': [
    'blank-form',
    'invalid-answers',
    'sent',
    'failed',
    'offline-pending',
    'closed-full',
    'no-event-empty',
    'loading',
    'error-404',
    'not-set-up',
  ],
};

/** The state a story's element reaches before its shot: by its name, as scripts/check-storybook.mjs reads it. */
function stateOf(story) {
  const played = { sent: 'sent', failed: 'failed', 'offline-pending': 'pending' };
  if (played[story]) return played[story];
  if (/loading/.test(story)) return 'loading';
  if (/error/.test(story)) return 'error';
  if (/empty/.test(story)) return 'empty';
  return 'ready';
}

/** Every shot: its name (the reference's file name), story id, scheme, width and the state to wait for. */
export function shots() {
  const list = [];
  for (const [element, stories] of Object.entries(STORIES)) {
    for (const story of [...stories, 'in-sidebar']) {
      for (const scheme of SCHEMES) {
        for (const width of WIDTHS) {
          if (story === 'in-sidebar' && width < 720) continue;
          const id = `elements-${element}--${story}`;
          list.push({ name: `${element}--${story}.${scheme}.${width}`, id, scheme, width, state: stateOf(story) });
        }
      }
    }
  }
  for (const scheme of SCHEMES) {
    // The tokens page shows both schemes side by side; the toolbar's scheme only changes the page around them.
    if (scheme === 'light')
      list.push({ name: 'design-tokens--live-preview.light.1280', id: 'design-tokens--live-preview', scheme, width: 1280 });
  }
  return list;
}

/** Waits for the story's widgets to settle: every element in a state, the wanted one reached, fonts and images loaded. */
async function settle(page, state) {
  await page.waitForFunction(
    (want) => {
      const widgets = [...document.querySelectorAll('#storybook-root *')].filter((n) => n.localName.startsWith('irev-'));
      const states = ['loading', 'error', 'empty', 'ready', 'sending', 'sent', 'pending', 'failed'];
      return (
        widgets.length > 0 &&
        widgets.every((w) => states.some((s) => w.matches(`:state(${s})`))) &&
        (!want || widgets.some((w) => w.matches(`:state(${want})`)))
      );
    },
    state,
    { timeout: 15000 },
  );
  await page.evaluate(async () => {
    await document.fonts.ready;
    const images = [];
    const collect = (root) => {
      for (const node of root.querySelectorAll('*')) {
        if (node.localName === 'img') images.push(node);
        if (node.shadowRoot) collect(node.shadowRoot);
      }
    };
    collect(document);
    // An image ends in `load` or `error`; a lazy one far below the shot never starts: 5 s at most.
    const ended = (img) =>
      new Promise((done) => {
        img.addEventListener('load', done, { once: true });
        img.addEventListener('error', done, { once: true });
      });
    await Promise.race([Promise.all(images.filter((img) => !img.complete).map(ended)), new Promise((done) => setTimeout(done, 5000))]);
    // Two frames: layout after the last image, and the paint of any follow-up render.
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
  // A played story (the form's sends) may still move its focus or live region: a moment for it.
  await page.waitForTimeout(200);
}

/**
 * A page of the built Storybook for one scheme and width, that shows one story after another without reloading (the
 * preview's own `setCurrentStory`, as the sidebar does): a reload per shot took seconds on a busy machine.
 */
async function openCanvas(browser, base, { scheme, width }) {
  const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme: scheme, reducedMotion: 'reduce' });
  let current;
  return {
    async show(id) {
      await page.setViewportSize({ width, height: 800 });
      if (!current) {
        await page.goto(`${base}/iframe.html?id=${id}&viewMode=story&globals=scheme:${scheme};a11y.manual:!true`, { waitUntil: 'load' });
      } else if (current !== id) {
        await page.evaluate(
          (storyId) =>
            new Promise((done, fail) => {
              const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
              const timer = setTimeout(() => fail(new Error(`story ${storyId} did not render within 20 s`)), 20000);
              const rendered = (payload) => {
                if ((payload?.storyId ?? payload) !== storyId) return;
                clearTimeout(timer);
                channel.off('storyRendered', rendered);
                done();
              };
              channel.on('storyRendered', rendered);
              channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
            }),
          id,
        );
      }
      current = id;
      await page.waitForSelector('#storybook-root .irev-stage', { timeout: 15000 });
      return page;
    },
    close: () => page.close(),
  };
}

/** The PNG of one shot: the stage around the story (its padding included), at most MAX_HEIGHT tall. */
async function capture(canvas, shot) {
  const page = await canvas.show(shot.id);
  await settle(page, shot.state);
  // Everything shot is on screen: `content-visibility: auto` paints nothing far below the viewport.
  const box = await page.locator('#storybook-root .irev-stage').boundingBox();
  const height = Math.min(Math.ceil(box.height), MAX_HEIGHT);
  await page.setViewportSize({ width: shot.width, height: Math.max(height, 100) });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.screenshot({ clip: { x: 0, y: 0, width: shot.width, height }, animations: 'disabled', caret: 'hide' });
}

/** Compares a screenshot with its reference; writes the screenshot and a diff image when they differ. */
function compare(shot, actualBuffer) {
  const file = join(REFERENCES, `${shot.name}.png`);
  if (!existsSync(file)) return `no reference ${file} (npm run visual:update writes it)`;
  const reference = PNG.sync.read(readFileSync(file));
  const actual = PNG.sync.read(actualBuffer);
  const width = Math.min(reference.width, actual.width);
  const height = Math.min(reference.height, actual.height);
  const crop = (png) => {
    if (png.width === width && png.height === height) return png.data;
    const out = Buffer.alloc(width * height * 4);
    for (let y = 0; y < height; y += 1) png.data.copy(out, y * width * 4, y * png.width * 4, y * png.width * 4 + width * 4);
    return out;
  };
  const diff = new PNG({ width, height });
  const differing = pixelmatch(crop(reference), crop(actual), diff.data, width, height, { threshold: THRESHOLD });
  const sized = reference.width === actual.width && reference.height === actual.height;
  if (sized && differing <= width * height * MAX_DIFF_PIXELS) return undefined;
  mkdirSync(OUTPUT, { recursive: true });
  writeFileSync(join(OUTPUT, `${shot.name}.actual.png`), actualBuffer);
  writeFileSync(join(OUTPUT, `${shot.name}.diff.png`), PNG.sync.write(diff));
  const size = sized ? '' : `size ${actual.width}×${actual.height} instead of ${reference.width}×${reference.height}; `;
  return `${size}${differing} pixels differ (${((100 * differing) / (width * height)).toFixed(2)} %): see ${OUTPUT}/${shot.name}.diff.png and .actual.png`;
}

/**
 * Shoots every story and compares it (or, with `update`, rewrites the references and removes those no story makes).
 * Prints one line per story (its shots together) through `log`; resolves with the counts.
 */
export async function runVisual({ update = false, only = '', log = console.log } = {}) {
  const list = shots().filter((shot) => shot.name.includes(only));
  const server = await serveStorybook();
  // Chromium only: the references are Chromium's rendering (another engine's anti-aliasing differs everywhere).
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [...chromiumArgs, '--font-render-hinting=none', '--force-color-profile=srgb', '--hide-scrollbars', '--disable-lcd-text'],
    env: { ...process.env, FONTCONFIG_FILE: resolve('test/visual/fonts.conf') },
  });
  rmSync(OUTPUT, { recursive: true, force: true });
  mkdirSync(REFERENCES, { recursive: true });
  const byStory = new Map();
  const canvases = new Map();
  for (const shot of list) {
    let problem;
    try {
      const key = `${shot.scheme}.${shot.width}`;
      if (!canvases.has(key)) canvases.set(key, await openCanvas(browser, server.base, shot));
      const png = await capture(canvases.get(key), shot);
      if (update) writeFileSync(join(REFERENCES, `${shot.name}.png`), png);
      else problem = compare(shot, png);
    } catch (error) {
      problem = `no screenshot: ${String(error.message).split('\n')[0]}`;
    }
    if (process.env.IREV_VISUAL_TRACE) log(`    ${shot.name} ${problem ?? 'ok'} at ${new Date().toISOString().slice(11, 19)}`);
    const story = shot.name.split('.')[0];
    if (!byStory.has(story)) byStory.set(story, []);
    if (problem) byStory.get(story).push(`${shot.scheme} ${shot.width} px: ${problem}`);
  }
  for (const canvas of canvases.values()) await canvas.close();
  await browser.close();
  server.close();
  if (update && !only) {
    const made = new Set(list.map((shot) => `${shot.name}.png`));
    for (const file of readdirSync(REFERENCES)) if (!made.has(file)) rmSync(join(REFERENCES, file));
  }
  let passed = 0;
  let failed = 0;
  for (const [story, problems] of byStory) {
    if (problems.length === 0) {
      passed += 1;
      log(`  ✓ visual › ${story}${update ? ' (reference written)' : ''}`);
    } else {
      failed += 1;
      log(`  ✗ visual › ${story}\n      ${problems.join('\n      ')}`);
    }
  }
  return { passed, failed, shots: list.length };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const update = process.argv.includes('--update');
  const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length) ?? '';
  const started = Date.now();
  const { passed, failed, shots: count } = await runVisual({ update, only });
  console.log(`Visual: ${passed} passed, ${failed} failed (${count} shots in ${Math.round((Date.now() - started) / 1000)} s)`);
  process.exit(failed === 0 ? 0 : 1);
}
