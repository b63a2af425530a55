#!/usr/bin/env node
// `npm test`: runs every test in headless Chromium and ends with a plain `N passed, N failed` line.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  const which = spawnSync('sh', ['-c', 'command -v chromium || command -v chromium-browser || command -v google-chrome'], {
    encoding: 'utf8',
  });
  return which.stdout.trim() || undefined;
}

const chrome = findChromium();
if (!chrome) {
  console.error(
    'No Chromium found. The tests run in a real browser:\n' +
      '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium\n' +
      '  elsewhere:      install Chrome or Chromium and set CHROME_PATH=/path/to/chrome\n' +
      "(.ci/run installs Debian's chromium by itself.)",
  );
  console.log('0 passed, 1 failed');
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

// One results file per run, so that two runs side by side do not mix their counts.
const results = join(tmpdir(), `irev-wtr-${process.pid}.json`);
rmSync(results, { force: true });
const args = ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)];
const run = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, CHROME_PATH: chrome, IREV_WTR_RESULTS: results } });

let totals = { passed: 0, failed: 1, skipped: 0 };
if (existsSync(results)) totals = JSON.parse(readFileSync(results, 'utf8'));
let failed = totals.failed + (run.status !== 0 && totals.failed === 0 ? 1 : 0);
let passed = totals.passed;

// The Node side (the demo registration endpoint, server/): node's own runner, counted from its TAP summary.
if (!process.argv.slice(2).some((arg) => arg.startsWith('--files'))) {
  const node = spawnSync('node', ['--test', '--test-reporter=tap', 'test/server/'], { encoding: 'utf8' });
  process.stderr.write(node.stderr);
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(node.stdout)?.[1] ?? NaN);
  const [nodePassed, nodeFailed] = [count('pass'), count('fail')];
  if (node.status !== 0) process.stdout.write(node.stdout);
  console.log(`Node (test/server): ${nodePassed} passed, ${nodeFailed} failed`);
  passed += Number.isNaN(nodePassed) ? 0 : nodePassed;
  failed += Number.isNaN(nodeFailed) ? 1 : nodeFailed + (node.status !== 0 && nodeFailed === 0 ? 1 : 0);
}

// The built Storybook: every story of every element renders in Chromium (skipped when only some files were asked for).
if (!process.argv.slice(2).some((arg) => arg.startsWith('--files'))) {
  const storybook = spawnSync('npm', ['run', 'build-storybook'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (storybook.status !== 0) {
    console.error('Storybook build failed.');
    failed += 1;
  } else {
    const check = spawnSync('node', ['scripts/check-storybook.mjs'], { encoding: 'utf8', env: { ...process.env, CHROME_PATH: chrome } });
    process.stdout.write(check.stdout);
    process.stderr.write(check.stderr);
    const counts = /Storybook: (\d+) passed, (\d+) failed/.exec(check.stdout);
    passed += counts ? Number(counts[1]) : 0;
    failed += counts ? Number(counts[2]) : 1;
  }
}

console.log(`\n${passed} passed, ${failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
