// The built loader (dist/cdn/irev-widgets.js, built by `npm test` first), read as the browser receives it: which files
// it asks for when a page shows an element.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

const folder = 'dist/cdn';
const read = (file) => readFileSync(`${folder}/${file}`, 'utf8');
const loader = read('irev-widgets.js');
/** The files a module imports statically (`import … from "./x.js"`, `import "./x.js"`). */
const staticImports = (code) => [...code.matchAll(/(?:\bfrom|\bimport)\s*["'`]\.\/([\w.-]+\.js)["'`]/g)].map((match) => match[1]);

test("the loader asks for an element's file and every file it imports at once, not one round trip after the other", () => {
  const elements = readdirSync(folder).filter((file) =>
    /^irev-widgets-(cites-list|event-card|events|news-feed|registration-form)-[\w-]+\.js$/.test(file),
  );
  assert.equal(elements.length, 5);
  for (const element of elements) {
    // The expression that imports the element's file: `(also(import("./core.js"), …), import("./element.js" + retry))`.
    const at = loader.indexOf(`import(\`./${element}\``);
    assert.ok(at > 0, `the loader does not import ${element}`);
    const start = loader.lastIndexOf('=>(', at);
    const asked = [...loader.slice(start, at).matchAll(/import\(`\.\/([\w.-]+\.js)`\)/g)].map((match) => match[1]);
    const needed = staticImports(read(element));
    assert.ok(needed.length > 0, `${element} imports nothing`);
    assert.deepEqual(asked.sort(), [...new Set(needed)].sort(), `${element}: the loader asks for ${asked} with it`);
  }
});
