// Message ids (`msg('…', { id: 'form.error.first-name' })`) are how English finds its translation, and nothing else
// reads them; the script-tag bundle writes each as a short code of its own (`a7`) in the msg() calls and in the English
// file alike, about 0.9 KB min + gzip fewer on a page with every element. The ids stay readable in the sources and
// xliff/; the npm build and the tests from sources keep them whole. Since every msg() of the sources has an id (the build
// fails on one without), @lit/localize's hashing of a message into an id (fnv1a64) is never called: the bundle leaves it
// out, ~0.2 KB min + gzip fewer on every page.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RolldownMagicString } from 'rolldown';

/** Calls `visit(node)` for every node of an ESTree AST. */
function walk(node, visit) {
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => child && typeof child.type === 'string' && walk(child, visit));
    else if (value && typeof value.type === 'string') walk(value, visit);
  }
}

/** Every message id the translations know (xliff/en.xlf), each with its short code: its place in the sorted list, base 36. */
function shortIds() {
  const xliff = readFileSync(fileURLToPath(new URL('../xliff/en.xlf', import.meta.url)), 'utf8');
  const ids = [...new Set([...xliff.matchAll(/<trans-unit id="([^"]+)"/g)].map((match) => match[1]))].sort();
  return new Map(ids.map((id, index) => [id, index.toString(36)]));
}

const ENGLISH = /src[\\/]generated[\\/]locales[\\/]en\.ts$/;
/** @lit/localize's id generator, which runtime-msg.js calls only for a msg() without an id. */
const ID_GENERATION = /@lit[\\/]localize[\\/]internal[\\/]id-generation\.js$/;
const keyOf = (node) => (node.key.type === 'Identifier' && !node.computed ? node.key.name : node.key.value);

export function shortMessageIds() {
  let short;
  return {
    name: 'irev-short-msg-ids',
    enforce: 'post',
    apply: (config, { command }) => command === 'build' && Boolean(config.build?.lib),
    buildStart() {
      short = shortIds();
    },
    load(id) {
      if (!ID_GENERATION.test(id)) return undefined;
      return 'export const generateMsgId = () => "";';
    },
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !(code.includes('msg(') || ENGLISH.test(id))) return undefined;
      const magic = new RolldownMagicString(code);
      const rename = (literal) => {
        const code36 = typeof literal?.value === 'string' && literal.type === 'Literal' ? short.get(literal.value) : undefined;
        if (code36 !== undefined) magic.overwrite(literal.start, literal.end, JSON.stringify(code36));
      };
      walk(this.parse(code), (node) => {
        // msg(…, { id: '…' }) in the sources; the keys of `templates` in the English file.
        if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'msg') {
          const options = node.arguments[1];
          const idOf =
            options?.type === 'ObjectExpression' ? options.properties.find((p) => p.type === 'Property' && keyOf(p) === 'id') : undefined;
          // Without a known id, @lit/localize would hash the message into one: the bundle has no hashing (see above).
          if (!short.has(idOf?.value?.value))
            this.error(`${id}: msg() needs an id that xliff/en.xlf knows (npm run localize:extract)`, node.start);
          rename(idOf.value);
        } else if (ENGLISH.test(id) && node.type === 'VariableDeclarator' && node.id.name === 'templates') {
          for (const property of node.init.properties) {
            if (property.type !== 'Property' || property.key.type !== 'Literal' || !short.has(property.key.value)) continue;
            magic.overwrite(property.key.start, property.key.end, JSON.stringify(short.get(property.key.value)));
          }
        }
      });
      return magic.hasChanged() ? { code: magic } : undefined;
    },
  };
}
