#!/usr/bin/env node
// `npm test`: runs every test in Chromium, Firefox ESR and WebKitGTK (Debian's, installed by .ci/run), engines side by
// side as far as the cores allow, then the built Storybook's story checks in Chromium alone; prints each engine's report with
// every line prefixed by the engine, the failures named by engine, and ends with one `N passed, N failed` line for all.
// IREV_ENGINES=chromium,firefox (for instance) runs only those engines, while working; CI runs the three.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { measure, report } from './size-budget.mjs';

const which = (name) => spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim() || undefined;
const firstExisting = (...paths) => paths.find((path) => path && existsSync(path));

const MINIBROWSER = firstExisting(
  process.env.WEBKIT_MINIBROWSER,
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
);

/** Each engine: where its browser is, and how to install it when it is missing. */
const ENGINES = {
  chromium: {
    label: 'Chromium',
    find: () =>
      firstExisting(process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome') ??
      which('chromium'),
    install: 'apt-get install -y chromium (or set CHROME_PATH)',
    env: (path) => ({ CHROME_PATH: path }),
  },
  firefox: {
    label: 'Firefox',
    find: () => firstExisting(process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'),
    install: 'apt-get install -y firefox-esr (or set FIREFOX_PATH)',
    env: (path) => ({ FIREFOX_PATH: path }),
  },
  webkit: {
    label: 'WebKit',
    find: () => (which('WebKitWebDriver') && which('xvfb-run') && MINIBROWSER ? MINIBROWSER : undefined),
    install: 'apt-get install -y webkit2gtk-driver xvfb xauth',
    env: (path) => ({ WEBKIT_MINIBROWSER: path }),
  },
};

const names = (process.env.IREV_ENGINES ?? 'chromium,firefox,webkit').split(',').map((name) => name.trim());
const unknown = names.filter((name) => !ENGINES[name]);
if (unknown.length > 0) {
  console.error(`IREV_ENGINES: unknown engine ${unknown.join(', ')} (chromium, firefox, webkit)`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const missing = names.filter((name) => !ENGINES[name].find());
if (missing.length > 0) {
  // A missing engine is a failure, never a silent skip: the tests run in a real browser of each engine.
  for (const name of missing) console.error(`No ${ENGINES[name].label} found. On Debian/Ubuntu: ${ENGINES[name].install}`);
  console.error("(.ci/run installs Debian's browsers by itself.)");
  console.log(`0 passed, ${missing.length} failed`);
  process.exit(1);
}

// test/dist.test.ts checks the minified bundle itself; test/manifest.test.ts and test/core/attributes.test.ts read
// custom-elements.json: build both first.
const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
const manifest = build.status === 0 ? spawnSync('npx', ['cem', 'analyze', '--quiet'], { stdio: 'inherit' }) : build;
// test/ckeditor/drupal-bundle.test.ts loads the CKEditor 5 plugin built for Drupal, which carries the manifest.
const ckeditor =
  manifest.status === 0
    ? spawnSync('npx', ['vite', 'build', '--config', 'vite.ckeditor5.config.ts', '--logLevel', 'error'], { stdio: 'inherit' })
    : manifest;
if (build.status !== 0 || manifest.status !== 0 || ckeditor.status !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

const CURSOR_MOVES = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*[A-Za-z]`, 'g');

/** Runs a command, every line of its output prefixed by `[tag]`; resolves with its exit code, output and duration. */
function run(tag, command, args, env) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const prefix = (stream, out) => {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => {
        const lines = (rest + chunk).split('\n');
        rest = lines.pop();
        if (out === process.stdout) output += lines.map((line) => `${line}\n`).join('');
        // Drop the terminal's cursor moves: the lines of three engines interleave.
        for (const line of lines) out.write(`[${tag}] ${line.replace(CURSOR_MOVES, '')}\n`);
      });
      stream.on('end', () => rest && out.write(`[${tag}] ${rest}\n`));
    };
    prefix(child.stdout, process.stdout);
    prefix(child.stderr, process.stderr);
    child.on('close', (code) => resolve({ code: code ?? 1, output, seconds: Math.round((Date.now() - started) / 1000) }));
  });
}

/** WebKitWebDriver under Xvfb (the GTK MiniBrowser needs a display); its own process group, so one kill ends it all. */
async function startWebKitDriver() {
  const port = await freePort();
  const driver = spawn('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', 'WebKitWebDriver', `--port=${port}`], {
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = () => {
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  process.on('exit', stop);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const ready = await fetch(`http://127.0.0.1:${port}/status`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return { port, stop };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error('WebKitWebDriver did not answer within 60 s');
}

const fileArgs = process.argv.slice(2);
const results = [];

// The bytes each page downloads, read from the dist/ just built (scripts/size-budget.mjs): a page over its ceiling
// fails the run, with its files listed largest first.
function checkSizes() {
  const { pages } = measure();
  for (const page of pages) for (const line of report(page)) console.log(`[size] ${line}`);
  const over = pages.filter((page) => !page.ok);
  const failures = over.map((page) => report(page).join('\n    '));
  results.push({
    label: 'Size (dist/, min + gzip)',
    passed: pages.length - over.length,
    failed: over.length,
    skipped: 0,
    failures,
    seconds: 0,
  });
}
checkSizes();

async function runEngine(name) {
  const engine = ENGINES[name];
  const file = join(tmpdir(), `irev-wtr-${process.pid}-${name}.json`);
  rmSync(file, { force: true });
  let driver;
  try {
    driver = name === 'webkit' ? await startWebKitDriver() : undefined;
  } catch (error) {
    results.push({ label: engine.label, passed: 0, failed: 1, skipped: 0, failures: [String(error.message)], seconds: 0 });
    return;
  }
  const env = {
    ...engine.env(engine.find()),
    IREV_ENGINE: name,
    IREV_WTR_RESULTS: file,
    IREV_WTR_PORT: String(await freePort()),
    ...(driver ? { IREV_WEBKIT_DRIVER_PORT: String(driver.port) } : {}),
  };
  const { code, seconds } = await run(name, 'npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...fileArgs], env);
  driver?.stop();
  const totals = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { passed: 0, failed: 0, skipped: 0, failures: [] };
  // A run that failed without a failing test (it crashed, or timed out) counts as one failure.
  if (code !== 0 && totals.failed === 0) totals.failures.push(`web-test-runner exited with ${code}`);
  results.push({ label: engine.label, ...totals, failed: totals.failures.length, seconds });
}

// The Node side (the demo registration endpoint, server/; the npm package, test/package/): node's own runner, counted
// from its TAP summary.
async function runServerTests() {
  const node = await run('node', 'node', ['--test', '--test-reporter=tap', 'test/server/', 'test/build/', 'test/package/'], {});
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(node.output)?.[1] ?? NaN);
  const [passed, failed] = [count('pass'), count('fail')];
  const failures = node.output
    .split('\n')
    .filter((line) => /^\s*not ok /.test(line))
    .map((line) => line.trim());
  if (Number.isNaN(failed) || (node.code !== 0 && failures.length === 0)) failures.push(`node --test exited with ${node.code}`);
  results.push({
    label: 'Node (test/server, test/build, test/package)',
    passed: Number.isNaN(passed) ? 0 : passed,
    failed: failures.length,
    skipped: 0,
    failures,
    seconds: node.seconds,
  });
}

// The built Storybook: every story of every element renders (Chromium only: its checker drives Playwright's Chromium).
async function runStorybook() {
  const started = Date.now();
  const build = await run('storybook', 'npm', ['run', 'build-storybook'], {});
  if (build.code !== 0) {
    results.push({ label: 'Storybook (Chromium)', passed: 0, failed: 1, skipped: 0, failures: ['Storybook build failed'], seconds: 0 });
    return;
  }
  const check = await run('storybook', 'node', ['scripts/check-storybook.mjs'], { CHROME_PATH: ENGINES.chromium.find() });
  const counts = /Storybook: (\d+) passed, (\d+) failed/.exec(check.output);
  const failures = check.output.split('\n').filter((line) => /^\s*(✗|FAIL|❌)/.test(line));
  const failed = counts ? Number(counts[2]) : 1;
  while (failures.length < failed) failures.push('see the [storybook] lines above');
  results.push({
    label: 'Storybook (Chromium)',
    passed: counts ? Number(counts[1]) : 0,
    failed,
    skipped: 0,
    failures: failures.slice(0, failed),
    seconds: Math.round((Date.now() - started) / 1000),
  });
}

const jobs = names.map((name) => () => runEngine(name));
// As many engines at once as there are cores (IREV_PARALLEL overrides): on CI's 2 cores, two engines side by side.
const width = Math.max(1, Number(process.env.IREV_PARALLEL) || availableParallelism());
await Promise.all(
  Array.from({ length: Math.min(width, jobs.length) }, async () => {
    while (jobs.length > 0) await jobs.shift()();
  }),
);
if (!fileArgs.some((arg) => arg.startsWith('--files'))) await runServerTests();
// Then the stories alone: their checks wait 15 s for a render, which a busy machine made them miss beside WebKit.
if (names.includes('chromium') && !fileArgs.some((arg) => arg.startsWith('--files'))) await runStorybook();

let passed = 0;
let failed = 0;
let skipped = 0;
console.log('\nPer engine:');
for (const result of results) {
  passed += result.passed;
  failed += result.failed;
  skipped += result.skipped;
  console.log(
    `  ${result.label}: ${result.passed} passed, ${result.failed} failed${result.skipped ? `, ${result.skipped} skipped` : ''} in ${result.seconds} s`,
  );
}
const failures = results.flatMap((result) => result.failures.map((failure) => `  [${result.label}] ${failure}`));
if (failures.length > 0) console.log(`\nFailed:\n${failures.join('\n')}`);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
