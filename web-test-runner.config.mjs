// Tests run in one real browser engine per run, named by IREV_ENGINE (scripts/test.mjs runs the three side by side):
// Debian's Chromium, Firefox ESR (WebDriver BiDi through puppeteer-core) or WebKitGTK (WebKitWebDriver + MiniBrowser
// under Xvfb), in the America/New_York time zone so that every date shown in Europe/Paris is proven independent of
// the visitor's clock.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { rmSync, writeFileSync } from 'node:fs';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromiumArgs } from './scripts/chromium.mjs';
import { buildConstants } from './build-constants.mjs';
import { createRegistrationEndpoint } from './server/registrations.mjs';
import { chromiumCommands } from './test/plugins/chromium-commands.mjs';

export const VISITOR_TIME_ZONE = 'America/New_York';
export const ENGINE = process.env.IREV_ENGINE ?? 'chromium';

const chromeArgs = [
  ...chromiumArgs,
  '--headless=new',
  // Two test pages run side by side: the one in the background must not have its timers throttled.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

const hits = new Map();

// The demo's registration endpoint (server/registrations.mjs), on a data folder of its own for each run.
const registrationsDir = await mkdtemp(join(tmpdir(), 'irev-registrations-'));
const registrations = await createRegistrationEndpoint({ dataDir: registrationsDir });
process.on('exit', () => rmSync(registrationsDir, { recursive: true, force: true }));

/** Per gate key: requests waiting at it, and releases asked for before a request arrived. */
const gates = new Map();
const gateOf = (key) => gates.get(key) ?? gates.set(key, { waiting: [], released: 0 }).get(key);

/** Holds a request at gate `key` until the test releases it (or a minute passes); true when released. */
function passGate(key) {
  const gate = gateOf(key);
  if (gate.released > 0) {
    gate.released -= 1;
    return Promise.resolve(true);
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), 60_000);
    gate.waiting.push(() => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Lets one request through gate `key`: the first one waiting, or else the next to arrive. */
function releaseGate(key) {
  const gate = gateOf(key);
  const first = gate.waiting.shift();
  if (first) first();
  else gate.released += 1;
}

/**
 * `/mock?file=…&status=…&delay=…&type=…&body=…&count=KEY&fail=N&pad=N`: answers with a fixture file or a given body
 * (followed by N spaces with `pad`: a large file that still parses), status and content type, after a delay; `delay=never` never answers. `/mock/hits?count=KEY` tells how many
 * requests a KEY received. `gate=KEY` holds each request until the test asks `/mock/release?gate=KEY` (one request
 * per release: the loading state lasts exactly as long as the test says). Lets the tests drive a real HTTP server
 * through every failure.
 */
async function mockServer(ctx, next) {
  if (ctx.path === '/mock/hits') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ hits: hits.get(ctx.query.count) ?? 0 });
    return;
  }
  if (ctx.path === '/mock/release') {
    releaseGate(ctx.query.gate);
    ctx.type = 'application/json';
    ctx.body = '{}';
    return;
  }
  if (ctx.path !== '/mock') return next();
  const { file, status = '200', delay = '0', type, body, count, gate, fail, pad } = ctx.query;
  if (count) hits.set(count, (hits.get(count) ?? 0) + 1);
  // `fail=N` with `count`: only the first N requests answer `status`, the next ones 200 (a server that recovers).
  const recovered = fail !== undefined && count && hits.get(count) > Number(fail);
  if ((gate && !(await passGate(gate))) || delay === 'never') {
    await new Promise((resolve) => setTimeout(resolve, 60_000));
    ctx.status = 504;
    return;
  }
  if (Number(delay) > 0) await new Promise((resolve) => setTimeout(resolve, Number(delay)));
  ctx.status = recovered ? 200 : Number(status);
  ctx.set('Cache-Control', 'no-store');
  if (file) {
    if (!/^(test\/fixtures|demo\/data)\/[\w./-]+$/.test(file) || file.includes('..')) {
      ctx.status = 400;
      return;
    }
    ctx.body = (await readFile(file, 'utf8')) + ' '.repeat(Math.min(Number(pad) || 0, 2 ** 24));
    ctx.type = type ?? (file.endsWith('.xml') ? 'application/rss+xml' : 'application/json');
  } else {
    ctx.body = body ?? '';
    ctx.type = type ?? 'application/json';
  }
}

/**
 * `/hanging-chunk/NAME/FILE`: the built dist/cdn/FILE, except that the optional file `irev-widgets-NAME-*.js` never answers
 * at its plain URL (a stalled server); asked again under another URL (`?retry=1`), it answers.
 */
async function hangingChunk(ctx, next) {
  const match = /^\/hanging-chunk\/([\w-]+)\/(irev-widgets[\w-]*\.js)$/.exec(ctx.path);
  if (!match) return next();
  const [, name, file] = match;
  if (file.startsWith(`irev-widgets-${name}-`) && ctx.querystring === '') {
    await new Promise((resolve) => setTimeout(resolve, 60_000));
    ctx.status = 504;
    return;
  }
  ctx.body = await readFile(`dist/cdn/${file}`, 'utf8');
  ctx.type = 'text/javascript';
  ctx.set('Cache-Control', 'no-store');
}

/**
 * CKEditor 5 as its one-file ES build (test/ckeditor/): the tests and the plugin share one copy of its classes, loaded
 * in one request rather than its 60 packages.
 */
const ckeditorBrowserBuild = {
  name: 'ckeditor5-browser-build',
  resolveImport({ source }) {
    if (source === 'ckeditor5') return '/node_modules/ckeditor5/dist/browser/ckeditor5.js';
    return undefined;
  },
};

/** Writes the totals for scripts/test.mjs, which prints them as the closing `N passed, N failed` line. */
function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let skipped = 0;
      const failures = [];
      const walk = (suite, file, path) => {
        for (const test of suite.tests) {
          if (test.skipped) skipped += 1;
          else if (test.passed) passed += 1;
          else failures.push(`${file} › ${[...path, test.name].join(' › ')}: ${test.error?.message?.split('\n')[0] ?? ''}`);
        }
        for (const child of suite.suites) walk(child, file, [...path, child.name]);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults, relative('.', session.testFile), []);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && (!session.testResults || (session.errors ?? []).length > 0)) {
          failures.push(`${relative('.', session.testFile)}: ${session.errors?.[0]?.message?.split('\n')[0] ?? 'did not run'}`);
        }
      }
      const totals = { passed, failed: failures.length, skipped, failures };
      writeFileSync(process.env.IREV_WTR_RESULTS ?? '.wtr-results.json', JSON.stringify(totals));
    },
  };
}

/** The webdriver launcher names its browser from `browserName`, which WebKitWebDriver refuses: name it here. */
function named(name, launcher) {
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = async (...args) => {
    await initialize(...args);
    launcher.name = name;
  };
  return launcher;
}

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: { executablePath: process.env.CHROME_PATH, args: chromeArgs },
      async createPage({ context }) {
        const page = await context.newPage();
        await page.emulateTimezone(VISITOR_TIME_ZONE);
        return page;
      },
    }),
  // Firefox takes the visitor's time zone from TZ, WebKit from --time-zone (emulateTimezone is Chromium's CDP).
  firefox: () =>
    chromeLauncher({
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        headless: true,
        env: { ...process.env, TZ: VISITOR_TIME_ZONE },
      },
    }),
  // WebKitWebDriver is started by scripts/test.mjs under xvfb-run (the GTK MiniBrowser has no headless mode).
  webkit: () =>
    named(
      'WebKit',
      webdriverLauncher({
        hostname: '127.0.0.1',
        port: Number(process.env.IREV_WEBKIT_DRIVER_PORT ?? 4445),
        path: '/',
        logLevel: 'error',
        capabilities: {
          'webkitgtk:browserOptions': {
            binary: process.env.WEBKIT_MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
            args: ['--automation', `--time-zone=${VISITOR_TIME_ZONE}`],
          },
        },
      }),
    ),
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  // Each engine's run has its own port: scripts/test.mjs runs them side by side.
  port: Number(process.env.IREV_WTR_PORT ?? 8000),
  // One page at a time: keyboard tests need the focused page, and a background page is throttled.
  concurrency: 1,
  // A whole file's budget: WebKit under Xvfb beside another engine needs minutes for the largest files on a busy machine.
  testsFinishTimeout: 600_000,
  // Three browsers starting side by side on two cores: Firefox can take well over the default 30 s to open its first page.
  browserStartTimeout: 120_000,
  // Two engines share two cores: a file's first test also waits for its modules to be compiled and loaded.
  testFramework: { config: { timeout: 15_000 } },
  middleware: [mockServer, hangingChunk, registrations.handleKoa],
  plugins: [
    chromiumCommands(),
    ckeditorBrowserBuild,
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022', define: buildConstants }),
  ],
  browsers: [launchers[ENGINE]()],
  reporters: [defaultReporter(), countingReporter()],
};
