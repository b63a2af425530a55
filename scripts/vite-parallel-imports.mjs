// The loader asks for an element's file and for every file that file imports, at once. Without this, the browser
// learns of the shared files (the core, the event cards…) only once the element's file has arrived and been parsed:
// one more round trip before anything shows, on a phone 100–300 ms, and on a busy main thread the parse waits behind
// the core's evaluation (the event cards' request left 130 ms after the element's file had arrived).
import { posix } from 'node:path';
import { RolldownMagicString } from 'rolldown';

const HELPER = '__irevAlso';

/** The file of `import("./file.js")`, also once the host-proof plugin added its retry query: `import("./file.js" + q)`. */
function importedFile(node) {
  if (node.type !== 'ImportExpression') return undefined;
  const source = node.source.type === 'BinaryExpression' ? node.source.left : node.source;
  return source.type === 'Literal' && String(source.value).startsWith('./') ? String(source.value) : undefined;
}

/** Every `import("./file.js")` of a chunk, with its position. */
function literalImports(ast) {
  const found = [];
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (importedFile(node)) found.push(node);
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value.type === 'string') visit(value);
    }
  };
  visit(ast);
  return found;
}

/**
 * @param {{ entry: string }} options the loader's file name: only its imports are rewritten
 */
export function parallelImports({ entry }) {
  return {
    name: 'irev-parallel-imports',
    apply: (config, { command }) => command === 'build' && Boolean(config.build?.lib),
    renderChunk(code, chunk, _options, meta) {
      if (chunk.fileName !== entry) return null;
      const magic = new RolldownMagicString(code);
      const folder = posix.dirname(chunk.fileName);
      for (const node of literalImports(this.parse(code))) {
        const target = posix.join(folder, importedFile(node));
        const deps = meta.chunks[target]?.imports ?? [];
        if (deps.length === 0) continue;
        // `import(a)` becomes `(__irevAlso(import(b), import(c)), import(a))`: the same module map, so each file is
        // still fetched and run once; a dependency that fails is reported by the element's own import, not twice.
        const also = deps.map((dep) => `import(${JSON.stringify(`./${posix.relative(folder, dep)}`)})`).join(', ');
        magic.prependLeft(node.start, `(${HELPER}(${also}), `);
        magic.appendRight(node.end, ')');
      }
      if (!magic.hasChanged()) return null;
      magic.append(`\nfunction ${HELPER}(...files) { files.forEach((file) => file.catch(() => {})); }\n`);
      return magic;
    },
  };
}
