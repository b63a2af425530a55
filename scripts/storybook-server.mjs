// Serves the built Storybook (storybook-static/) on a free local port, for scripts/check-storybook.mjs and
// scripts/visual.mjs: /never/… never answers (the « Loading » stories), /__dist/… serves dist/, /__dist-page.html is a
// page that loads the shipped bundle, as a webmaster's page would.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

export const root = 'storybook-static';
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
};
const distPage =
  '<!doctype html><html><head><meta charset="utf-8"><script type="module" src="/__dist/irev-widgets.js"></script></head><body></body></html>';

/** Starts the server; resolves with its base URL and a `close()`. */
export async function serveStorybook() {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
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
  return {
    base: `http://127.0.0.1:${server.address().port}`,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}
