#!/usr/bin/env node
// Checks the news adapters against every real document in ../shared/fixtures/real/ (Drupal JSON:API collections,
// French Drupal RSS feeds): each title, date, link and image the adapters find, in headless Chromium, is compared
// with what this script reads from the document by itself. The registration transport is checked against webform_rest's
// documents too: its body has the shape of the module's example, and a real answer confirms the registration.
// `npm run check:real` (or pass another folder).
// The documents stay outside the repository: the project's own tests use the project's own fixtures.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { createServer } from 'vite';

const folder = resolve(process.argv[2] ?? '../shared/fixtures/real');

/** How an editor would set `fields` for each site's JSON:API (Drupal core's names elsewhere). */
const FIELDS = {
  'drupal-jsonapi-articles-umami-en.json': 'image: field_media_image',
  'drupal-jsonapi-articles-umami-included-media.json': 'image: field_media_image',
  'drupal-jsonapi-actions-wildlifetrusts-page1.json':
    'summary: field_action_summary, themes: field_action_categories, image: field_action_featured_images',
};

// --- What the documents say, read here without the adapters ---------------------------------------------------------

const entities = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeXml = (text) =>
  text
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec) => String.fromCodePoint(Number(dec)))
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, name) => entities[name]);
const tag = (xml, name) => {
  const m = new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`).exec(xml);
  return m ? decodeXml(m[1]).trim() : undefined;
};

function expectedRss(xml, url) {
  const base = new URL(/xml:base="([^"]+)"/.exec(xml)?.[1] ?? url, url).href;
  return [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map(([, item]) => {
    const description = tag(item, 'description') ?? '';
    const img = /<img\b[^>]*\bsrc="([^"]+)"/.exec(description);
    return {
      title: tag(item, 'title'),
      link: new URL(tag(item, 'link'), base).href,
      published: Date.parse(tag(item, 'pubDate')),
      updated: undefined,
      image: img ? new URL(decodeXml(img[1]), base).href : undefined,
      themes: [...item.matchAll(/<category\b[^>]*>([\s\S]*?)<\/category>/g)].map(([, name]) => decodeXml(name).trim()),
      author: tag(item, 'dc:creator'),
    };
  });
}

function expectedJsonApi(doc, url, fieldsText) {
  const fields = Object.fromEntries(fieldsText.split(',').map((pair) => pair.split(':').map((part) => part.trim())));
  const included = new Map((doc.included ?? []).map((resource) => [`${resource.type} ${resource.id}`, resource]));
  const find = (ref) => (ref ? included.get(`${ref.type} ${ref.id}`) : undefined);
  return doc.data.map((node) => {
    const a = node.attributes;
    const imageRef = [node.relationships?.[fields.image]?.data].flat()[0];
    const media = find(imageRef);
    const file = media?.type.startsWith('file--') ? media : find(media?.relationships?.field_media_image?.data);
    const themes = [node.relationships?.[fields.themes ?? 'field_tags']?.data ?? []]
      .flat()
      .map((ref) => find(ref)?.attributes?.name)
      .filter(Boolean);
    return {
      title: a.title.trim(),
      link: new URL(a.path?.alias ?? `/node/${a.drupal_internal__nid}`, url).href,
      published: Date.parse(a.created),
      updated: a.changed && a.changed.slice(0, 10) !== a.created.slice(0, 10) ? Date.parse(a.changed) : undefined,
      image: file ? new URL(file.attributes.uri.url, url).href : undefined,
      themes,
      summary: fields.summary ? a[fields.summary]?.value : undefined,
    };
  });
}

// --- What the adapters make of them, in the browser --------------------------------------------------------------------

const server = await createServer({
  configFile: false,
  root: process.cwd(),
  logLevel: 'error',
  server: { host: '127.0.0.1', port: 0 },
  optimizeDeps: { include: ['zod/mini'] },
});
await server.listen();
const origin = `http://127.0.0.1:${server.httpServer.address().port}`;
const browser = await launchChromium();
const page = await browser.newPage();
await page.route(`${origin}/__check__`, (route) =>
  route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>check</title>' }),
);
await page.goto(`${origin}/__check__`);

function readInBrowser(doc, format, fields) {
  return page.evaluate(
    async ({ doc, format, fields }) => {
      const [{ jsonApiAdapter }, { parseFieldMapping }, { rssAdapter }, { validateItems }, { newsItem }, { safeUrl }] = await Promise.all([
        import('/src/core/adapters/jsonapi.ts'),
        import('/src/core/adapters/jsonapi-fields.ts'),
        import('/src/core/adapters/rss.ts'),
        import('/src/core/validate.ts'),
        import('/src/schemas/news.ts'),
        import('/src/core/urls.ts'),
      ]);
      const adapter = format === 'rss' ? rssAdapter : jsonApiAdapter(parseFieldMapping(fields).fields);
      const raw = adapter.read(doc);
      const { items, invalid } = validateItems(newsItem, raw.items);
      return {
        invalid,
        next: raw.next,
        items: items.map((item) => ({
          title: item.title,
          link: safeUrl(item.url, raw.base),
          published: Date.parse(item.published),
          updated: item.updated && item.updated.slice(0, 10) !== item.published.slice(0, 10) ? Date.parse(item.updated) : undefined,
          image: item.image ? safeUrl(item.image.src, raw.base) : undefined,
          themes: item.themes ?? [],
          author: item.author,
          summary: item.summary,
        })),
      };
    },
    { doc, format, fields },
  );
}

// --- Comparison --------------------------------------------------------------------------------------------------------

let failures = 0;
const fail = (file, message) => {
  failures += 1;
  console.log(`  ✗ ${file}: ${message}`);
};
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

const files = readdirSync(folder).filter((file) => /^drupal-(jsonapi|rss)-.*\.(json|xml)$/.test(file));
if (files.length === 0) {
  console.error(`No Drupal JSON:API or RSS document in ${folder}`);
  process.exit(1);
}
for (const file of files.sort()) {
  const body = readFileSync(join(folder, file), 'utf8');
  const rss = file.endsWith('.xml');
  const json = rss ? undefined : JSON.parse(body);
  // Each document as if fetched from where it was published.
  const url = rss ? 'https://www.t2c.fr/rss.xml' : json.links.self.href;
  const fields = FIELDS[file] ?? '';
  const expected = rss ? expectedRss(body, url) : expectedJsonApi(json, url, fields);
  const actual = await readInBrowser(
    { url, contentType: rss ? 'application/rss+xml' : 'application/vnd.api+json', body },
    rss ? 'rss' : 'jsonapi',
    fields,
  );
  const before = failures;
  if (actual.invalid.length) fail(file, `${actual.invalid.length} item(s) rejected: ${JSON.stringify(actual.invalid.slice(0, 3))}`);
  if (actual.items.length !== expected.length) fail(file, `${actual.items.length} items read, ${expected.length} in the document`);
  expected.forEach((want, i) => {
    const got = actual.items[i];
    if (!got) return;
    for (const key of ['title', 'link', 'published', 'updated', 'image', 'themes']) {
      if (!same(got[key], want[key]))
        fail(file, `item ${i} ${key}: got ${JSON.stringify(got[key])}, expected ${JSON.stringify(want[key])}`);
    }
    if (rss && want.author && got.author !== want.author) fail(file, `item ${i} author: got ${got.author}, expected ${want.author}`);
    // A long summary is shortened at a word, with an ellipsis.
    const summary = want.summary?.replace(/\s+/g, ' ').trim();
    if (summary && got.summary !== summary && !(got.summary?.endsWith('…') && summary.startsWith(got.summary.slice(0, -1)))) {
      fail(file, `item ${i} summary: got ${JSON.stringify(got.summary)}`);
    }
    if (got.summary !== undefined && (/[<>]|&[a-z]+;/.test(got.summary) || got.summary.length > 300)) {
      fail(file, `item ${i} summary is not short plain text: ${JSON.stringify(got.summary.slice(0, 80))}`);
    }
    if (rss && got.summary?.startsWith(got.title)) fail(file, `item ${i} summary repeats the title`);
  });
  const wantNext = json?.links?.next?.href;
  if (!rss && actual.next !== wantNext) fail(file, `next: got ${actual.next}, expected ${wantNext}`);
  const images = actual.items.filter((item) => item.image).length;
  const themes = actual.items.filter((item) => item.themes.length).length;
  const status = failures === before ? '✓' : '✗';
  console.log(
    `${status} ${file}: ${actual.items.length} items, ${images} with an image, ${themes} with themes${actual.next ? `, next page ${actual.next}` : ''}`,
  );
  if (actual.items[0]) {
    const first = actual.items[0];
    console.log(
      `    first: « ${first.title} », ${new Date(first.published).toISOString()}, ${first.link}${first.image ? `, image ${first.image}` : ''}`,
    );
    if (first.summary) console.log(`    summary: ${first.summary.slice(0, 120)}${first.summary.length > 120 ? '…' : ''}`);
  }
}

// --- webform_rest: the body the transport writes has the shape of the module's own example, and a real answer confirms -

const WEBFORM_REQUEST = 'webform-rest-submit-request-module-readme.json';
const WEBFORM_RESPONSE = 'webform-rest-submit-response-os2forms.json';
let webformDocuments = 0;
if ([WEBFORM_REQUEST, WEBFORM_RESPONSE].every((file) => readdirSync(folder).includes(file))) {
  webformDocuments = 2;
  const example = JSON.parse(readFileSync(join(folder, WEBFORM_REQUEST), 'utf8'));
  const answer = readFileSync(join(folder, WEBFORM_RESPONSE), 'utf8');
  const submitted = [];
  await page.route(`${origin}/session/token`, (route) => route.fulfill({ contentType: 'text/plain', body: 'check-token' }));
  await page.route(`${origin}/webform_rest/submit?_format=json`, (route) => {
    submitted.push({ body: route.request().postDataJSON(), headers: route.request().headers() });
    return route.fulfill({ contentType: 'application/json', body: answer });
  });
  // The registration's fields on the example webform's elements: a checkboxes list, a radio, an e-mail.
  const fields = 'sessions: checkboxes_field, role: radio_field, email: email';
  const outcome = await page.evaluate(
    async ({ fields, webformId }) => {
      const { sendRegistration, parseWebformFields } = await import('/src/core/registration/transport.ts');
      const registration = {
        event: 'rencontre-13-cites-2021-03-09',
        sessions: ['matin', 'apres-midi'],
        firstName: 'Camille',
        lastName: 'Durand',
        email: 'camille@exemple.fr',
        role: 'coordination',
        consent: true,
      };
      const destination = {
        action: '/webform_rest/submit?_format=json',
        format: 'webform',
        webformId,
        fields: parseWebformFields(fields).fields,
      };
      return sendRegistration(registration, destination, { key: 'check-real' });
    },
    { fields, webformId: example.webform_id },
  );
  const before = failures;
  const sent = submitted[0]?.body ?? {};
  const kind = (value) => (Array.isArray(value) ? `list of ${[...new Set(value.map((entry) => typeof entry))]}` : typeof value);
  for (const key of ['webform_id', 'checkboxes_field', 'radio_field', 'email']) {
    if (kind(sent[key]) !== kind(example[key]))
      fail(WEBFORM_REQUEST, `${key}: sent a ${kind(sent[key])}, the module's example has a ${kind(example[key])}`);
  }
  if (Object.values(sent).some((value) => typeof value === 'object' && !Array.isArray(value)))
    fail(WEBFORM_REQUEST, 'the body is not flat');
  if (submitted[0]?.headers['x-csrf-token'] !== 'check-token') fail(WEBFORM_REQUEST, 'the same-origin submission carried no X-CSRF-Token');
  const sid = JSON.parse(answer).sid;
  if (outcome.status !== 'sent' || outcome.id !== String(sid))
    fail(WEBFORM_RESPONSE, `read as ${JSON.stringify(outcome)}, expected sent ${sid}`);
  console.log(`${failures === before ? '✓' : '✗'} webform_rest: ${JSON.stringify(sent)} → ${JSON.stringify(outcome)}`);
}

await browser.close();
await server.close();
const documents = files.length + webformDocuments;
console.log(failures === 0 ? `\nEvery document read right (${documents} documents).` : `\n${failures} difference(s).`);
process.exit(failures === 0 ? 0 : 1);
