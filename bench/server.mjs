// The fresh-page benchmark's HTTP server: the repository's files (dist/, demo/), the generated data, and one page per
// scenario, the library's (`<script type="module" src="/dist/irev-widgets.js">` and the element) or the hand-written one.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { benchNow, cites, events, news } from './data.mjs';

const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml' };
const generators = { events, news, cites };
const generated = new Map();

/** The JSON of a generated data set (`events-1000`), made once. */
function dataOf(name) {
  if (!generated.has(name)) {
    const [, kind, count] = /^(events|news|cites)-(\d+)$/.exec(name) ?? [];
    if (!kind) return undefined;
    generated.set(name, JSON.stringify({ [kind]: generators[kind](Number(count)) }));
  }
  return generated.get(name);
}

const LOADER = '<script type="module" src="/dist/irev-widgets.js"></script>';
const page = (head, body) =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>bench</title>${head}</head><body>${body}</body></html>`;

/** The library's element for a data set, showing every item (`limit` as large as the data). */
function libraryBody(kind, count) {
  const src = `/bench/data/${kind}-${count}.json`;
  if (kind === 'events') return `<irev-events src="${src}" now="${benchNow}" limit="${count}"></irev-events>`;
  if (kind === 'news') return `<irev-news-feed src="${src}" limit="${count}"></irev-news-feed>`;
  return `<irev-cites-list src="${src}"></irev-cites-list>`;
}

/** Pages that load the library for what they hold, to count the bytes a page downloads. */
export const sizePages = {
  'news-only': '<irev-news-feed src="/demo/data/news.json" limit="3"></irev-news-feed>',
  'every-element': [
    '<irev-cites-list src="/demo/data/cites.json"></irev-cites-list>',
    `<irev-events src="/demo/data/events.json" now="${benchNow}" limit="3"></irev-events>`,
    `<irev-event-card src="/demo/data/events.json" next now="${benchNow}"></irev-event-card>`,
    '<irev-news-feed src="/demo/data/news.json" limit="3"></irev-news-feed>',
    `<irev-registration-form src="/demo/data/events.json" action="/api/registrations" now="${benchNow}"></irev-registration-form>`,
  ].join(''),
};

async function route(path) {
  let match;
  if ((match = /^\/bench\/data\/([\w-]+)\.json$/.exec(path))) return [types['.json'], dataOf(match[1])];
  if ((match = /^\/bench\/page\/(events|news|cites)-(\d+)\/(library|vanilla)$/.exec(path))) {
    const [, kind, count, side] = match;
    if (side === 'library') return [types['.html'], page(LOADER, libraryBody(kind, count))];
    const mount = `<div id="widget" data-kind="${kind}" data-now="${benchNow}" data-src="/bench/data/${kind}-${count}.json"></div>`;
    return [types['.html'], page('<script type="module" src="/bench/vanilla.js"></script>', mount)];
  }
  if ((match = /^\/bench\/size\/([\w-]+)$/.exec(path)) && sizePages[match[1]]) return [types['.html'], page(LOADER, sizePages[match[1]])];
  if (path === '/demo/' || path === '/demo/index.html') {
    // The demo page as a site would serve it: the built loader, with the attributes the demo gives it (blocking="render",
    // as the README advises), instead of the sources Vite serves in `npm run demo`.
    const html = (await readFile('demo/index.html', 'utf8')).replace('src="../dist/cdn/irev-widgets.js"', 'src="/dist/irev-widgets.js"');
    return [types['.html'], html.replace(/<script type="module" src="[^"]+\.ts"><\/script>/g, '')];
  }
  return [types[extname(path)] ?? 'application/octet-stream', await readFile(join('.', path))];
}

/** Starts the server on a free port; resolves to its origin and a `close()`. */
export async function startServer() {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      const [type, body] = await route(path);
      if (body === undefined) throw new Error('not found');
      response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
