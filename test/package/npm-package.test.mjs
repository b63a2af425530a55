// The npm package as a user gets it: `npm pack`, installed from the tarball in a fresh folder, one element imported
// by its own entry and bundled with Vite, then shown in Chromium. Reads dist/cdn/ and custom-elements.json, which
// `npm test` builds first; builds the npm modules and types itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import process from 'node:process';
import { chromiumArgs } from '../../scripts/chromium.mjs';

const run = (command, args, cwd) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

const APP = {
  'package.json': JSON.stringify({ name: 'partner-site', private: true, type: 'module' }),
  // One element by its own entry; the page also names another one, which nothing defines.
  'index.html': `<!doctype html><html lang="fr"><head><meta charset="utf-8"><script type="module" src="./main.ts"></script></head>
<body><irev-news-feed src="/news.json" limit="2"></irev-news-feed><irev-cites-list src="/cites.json"></irev-cites-list></body></html>`,
  'main.ts': `import 'irev-widgets/news-feed';
import type { IrevNewsFeed } from 'irev-widgets';
const feed: IrevNewsFeed | null = document.querySelector('irev-news-feed');
export const limit: number | undefined = feed?.limit;`,
  // The main entry alone: classes without side effects, so a bundle that uses none of them keeps nothing.
  'bare.html': `<!doctype html><html><head><script type="module" src="./bare.ts"></script></head><body></body></html>`,
  'bare.ts': `import { IrevNewsFeed } from 'irev-widgets';\nexport const unused = typeof IrevNewsFeed;`,
  'tsconfig.json': JSON.stringify({
    compilerOptions: {
      module: 'esnext',
      moduleResolution: 'bundler',
      target: 'es2022',
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      lib: ['es2022', 'dom'],
    },
    files: ['main.ts'],
  }),
};

/** Serves a built folder, and the demo's news file as /news.json. */
function serve(root) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    const file = path === '/news.json' ? 'demo/data/news.json' : join(root, path === '/' ? 'index.html' : path);
    try {
      const body = readFileSync(file);
      response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

test('npm pack gives a package that installs, bundles one element with Vite and shows it in Chromium', { timeout: 120_000 }, async () => {
  const work = mkdtempSync(join(tmpdir(), 'irev-npm-'));
  let browser;
  let server;
  try {
    run('npx', ['vite', 'build', '--config', 'vite.npm.config.ts', '--logLevel', 'error']);
    run('npx', ['tsc', '-p', 'tsconfig.build.json']);
    const [packed] = JSON.parse(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work]));
    const files = packed.files.map((file) => file.path);
    for (const file of ['dist/npm/index.js', 'dist/npm/define.js', 'dist/npm/define/news-feed.js', 'dist/types/index.d.ts']) {
      assert.ok(files.includes(file), `${file} is in the package`);
    }
    assert.ok(files.includes('custom-elements.json') && files.includes('dist/cdn/irev-widgets.js'));
    // The release folder is what a page loads and its README: no maps, nothing else.
    const cdn = files.filter((file) => file.startsWith('dist/cdn/'));
    assert.deepEqual(
      cdn.filter((file) => !/^dist\/cdn\/(irev-widgets(-[\w-]+-[\w-]{8})?\.js|README\.md)$/.test(file)),
      [],
    );
    assert.deepEqual(
      cdn.sort(),
      readdirSync('dist/cdn')
        .map((file) => `dist/cdn/${file}`)
        .sort(),
    );

    const app = join(work, 'app');
    run('mkdir', ['-p', app]);
    for (const [name, text] of Object.entries(APP)) writeFileSync(join(app, name), text);
    run('npm', ['install', join(work, packed.filename), '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], app);
    // The types reach the user's TypeScript through `exports` (the element's class, its properties).
    run(join(process.cwd(), 'node_modules/.bin/tsc'), ['-p', app]);

    await build({
      root: app,
      configFile: false,
      logLevel: 'error',
      build: { outDir: 'dist', rollupOptions: { input: { main: join(app, 'index.html'), bare: join(app, 'bare.html') } } },
    });
    const scripts = readdirSync(join(app, 'dist/assets')).filter((file) => file.endsWith('.js'));
    const code = (name) =>
      scripts.filter((file) => file.startsWith(name)).map((file) => readFileSync(join(app, 'dist/assets', file), 'utf8'));
    // `sideEffects`: a bundle importing an unused class keeps none of the library, and defines nothing.
    assert.ok(code('bare').every((text) => !text.includes('customElements.define') && text.length < 2000));

    server = await serve(join(app, 'dist'));
    browser = await puppeteer.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
      headless: true,
    });
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    const handle = await page.waitForFunction(
      () => {
        const text = document.querySelector('irev-news-feed')?.shadowRoot?.textContent ?? '';
        return text.includes("Point sur l'actualité des Cités éducatives") && text.replace(/\s+/g, ' ');
      },
      { timeout: 15_000 },
    );
    const shown = await handle.jsonValue();
    assert.match(shown, /2021/);
    assert.equal(await page.evaluate(() => customElements.get('irev-cites-list')), undefined);
    assert.deepEqual(errors, []);
  } finally {
    await browser?.close();
    server?.close();
    rmSync(work, { recursive: true, force: true });
  }
});
