// Build-time fixes that let the script-tag bundle survive a hostile host page (DESIGN.md, "Host pages and editors are
// not trusted"). Used by vite.config.ts only: the npm build leaves Lit and zod to the user's bundler, and the tests
// from sources do not need it. Each fix is checked at build time, so a Lit or zod upgrade that reads a new global or
// brings a new `for…in` fails the build instead of shipping.
import { RolldownMagicString } from 'rolldown';

/**
 * Platform objects Lit and zod read from the global object, forwarded from the real one unless the page's elements
 * stand in their place (a browser without Trusted Types lets `<img name="trustedTypes">` be read as `trustedTypes`).
 * Every other name they read or write there is private to the bundle.
 */
const PLATFORM_GLOBALS = ['trustedTypes', 'ShadowRoot'];
/** Names they use bare, as globals, which the private object stands for too. */
const BARE_GLOBALS = new Set(['litPropertyMetadata']);
/** Free identifiers in the output that would still reach the page's global registries. */
const SHARED_GLOBAL = /^(lit[A-Z]|reactiveElement[A-Z]|__zod_|ShadyCSS$)/;
/** Dependencies whose global reads are made private: Lit's packages and zod. */
const DEPENDENCY = /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit[\\/][^\\/]+|zod)[\\/]/;
const SCOPE = '\0irev-private-globals';
const SCOPE_NAME = '__irevPrivateGlobals';
const OWN_KEYS = '__irevOwnKeys';
/** Property of `import.meta` that src/core/load-module.ts sets to a query while it retries an optional file. */
const RETRY_QUERY = 'irevRetryQuery';

/** Calls `visit(node, parent)` for every node of an ESTree AST; `visit` returns false to skip a node's children. */
function walk(node, visit, parent = null) {
  if (visit(node, parent) === false) return;
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => child && typeof child.type === 'string' && walk(child, visit, node));
    else if (value && typeof value.type === 'string') walk(value, visit, node);
  }
}

const isIdentifier = (node, name) => node?.type === 'Identifier' && (name === undefined || node.name === name);
const propertyName = (member) => (!member.computed && isIdentifier(member.property) ? member.property.name : undefined);
/** `x.name`, `{ name: … }`: an identifier that names a property rather than a variable. */
const isPropertyName = (node, parent) =>
  (parent?.type === 'MemberExpression' && parent.property === node && !parent.computed) ||
  (['Property', 'MethodDefinition', 'PropertyDefinition'].includes(parent?.type) &&
    parent.key === node &&
    !parent.computed &&
    !parent.shorthand);

/**
 * Lit's registries (`litPropertyMetadata`, `litHtmlVersions`…), its polyfill hooks (`litHtmlPolyfillSupport`,
 * `ShadyCSS`…) and zod's global configuration live on the page's global object, where an element with that id or
 * name (DOM clobbering), a host's own copy or a host's own zod configuration replaces them. In these packages
 * `globalThis` becomes one object private to the bundle, and `Symbol.metadata ??= …` writes there too, so a frozen
 * `Symbol` (SES lockdown) is never written.
 */
function privatizeGlobals(code, ast) {
  const magic = new RolldownMagicString(code);
  const declared = new Set();
  walk(ast, (node) => {
    if (node.type === 'VariableDeclarator' && isIdentifier(node.id)) declared.add(node.id.name);
  });
  walk(ast, (node, parent) => {
    if (node.type === 'MemberExpression' && isIdentifier(node.object, 'Symbol') && propertyName(node) === 'metadata') {
      magic.overwrite(node.start, node.end, `${SCOPE_NAME}.metadata`);
      return false;
    }
    if (!isIdentifier(node) || isPropertyName(node, parent)) return undefined;
    if (node.name === 'globalThis') magic.overwrite(node.start, node.end, SCOPE_NAME);
    else if (BARE_GLOBALS.has(node.name) && !declared.has(node.name)) magic.overwrite(node.start, node.end, `${SCOPE_NAME}.${node.name}`);
    return undefined;
  });
  if (!magic.hasChanged()) return undefined;
  magic.prepend(`import { privateGlobals as ${SCOPE_NAME} } from ${JSON.stringify(SCOPE)};\n`);
  return magic;
}

/**
 * `for (key in object)` also visits the enumerable keys a host page adds to `Object.prototype` (rolldown's namespace
 * helper then throws « Getter must be a function », zod's shape tables break). Every such loop of the bundle, ours,
 * the dependencies' and rolldown's runtime, walks the object's own keys instead, which is what each of them means.
 */
function ownKeysLoops(code, ast, magic) {
  let changed = false;
  walk(ast, (node) => {
    if (node.type !== 'ForInStatement') return;
    magic.overwrite(node.left.end, node.right.start, ` of ${OWN_KEYS}(`);
    magic.appendLeft(node.right.end, ')');
    changed = true;
  });
  // A local helper: rolldown's runtime module cannot import one without becoming a chunk of its own.
  if (changed) magic.append(`\nfunction ${OWN_KEYS}(object) { return object == null ? [] : Object.keys(object); }\n`);
  return changed;
}

/** The output has no `for…in`, no write to `Symbol`, no name of Lit's or zod's shared registries left on the page. */
function assertHostProof(code, fileName, context) {
  walk(context.parse(code), (node, parent) => {
    if (node.type === 'ForInStatement') context.error(`${fileName} still has a for…in loop at ${node.start}`);
    if (node.type === 'AssignmentExpression' && node.left.type === 'MemberExpression' && isIdentifier(node.left.object, 'Symbol')) {
      context.error(`${fileName} writes to Symbol at ${node.start}`);
    }
    const shared = (name) => name && SHARED_GLOBAL.test(name);
    if (node.type === 'MemberExpression' && isIdentifier(node.object, 'globalThis') && shared(propertyName(node))) {
      context.error(`${fileName} reaches globalThis.${propertyName(node)}`);
    }
    if (isIdentifier(node) && !isPropertyName(node, parent) && shared(node.name))
      context.error(`${fileName} reaches the global ${node.name}`);
  });
}

/**
 * The plugin of the script-tag build: private globals and own-key loops in every module, optional files that a
 * retry can fetch again under a new URL, and checks on the output (no `for…in`, no chunk importing the entry back).
 * @param {{ entry: string }} options the entry's output file name, which no other file may import
 */
export function hostProof({ entry }) {
  return {
    name: 'irev-host-proof',
    enforce: 'post',
    // The library build only: Storybook reads vite.config.ts too, for its own build of the sources.
    apply: (config, { command }) => command === 'build' && Boolean(config.build?.lib),
    resolveId(source) {
      return source === SCOPE ? SCOPE : undefined;
    },
    load(id) {
      if (id !== SCOPE) return undefined;
      const platform = PLATFORM_GLOBALS.map((name) => `${name}: { get: () => platform(${JSON.stringify(name)}) }`).join(', ');
      return [
        // A clobbered name gives an element, a collection of them or a frame's window, never the platform object.
        'const platform = (name) => { const value = globalThis[name];',
        '  return value instanceof Node || value instanceof HTMLCollection || (value != null && value.window === value) ? undefined : value; };',
        `export const privateGlobals = Object.create(null, { ${platform} });`,
        // `metadata` starts as the engine's own Symbol.metadata, so decorators that use the real one keep working.
        'privateGlobals.metadata = Symbol.metadata;',
      ].join('\n');
    },
    transform(code, id) {
      if (id === SCOPE || !/\.(m?js|ts)$|^\0/.test(id)) return undefined;
      const ast = this.parse(code);
      const privatized = DEPENDENCY.test(id) ? privatizeGlobals(code, ast) : undefined;
      const magic = privatized ?? new RolldownMagicString(code);
      const looped = ownKeysLoops(code, ast, magic);
      return privatized || looped ? { code: magic } : undefined;
    },
    renderChunk(code, chunk) {
      // Optional files are loaded with `import("./irev-widgets-….js")`. After a failure or a time-out the browser
      // keeps that URL's failed or hanging request, so load-module.ts sets a query on `import.meta` for its retry.
      const magic = new RolldownMagicString(code);
      walk(this.parse(code), (node) => {
        if (node.type !== 'ImportExpression' || node.source.type !== 'Literal' || !String(node.source.value).startsWith('./')) return;
        magic.appendLeft(node.source.end, ` + (import.meta.${RETRY_QUERY} ?? "")`);
      });
      if (!magic.hasChanged()) return null;
      // import.meta is one per module: the query is seen only where load-module.ts (or the loader, the entry, which
      // sets it for the elements' files) shares the chunk.
      if (chunk.fileName !== entry && !chunk.moduleIds.some((id) => /src[\\/]core[\\/]load-module\.ts$/.test(id))) {
        this.error(`${chunk.fileName} loads optional files but does not hold src/core/load-module.ts`);
      }
      return magic;
    },
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        assertHostProof(file.code, file.fileName, this);
        if (file.fileName !== entry && [...file.imports, ...file.dynamicImports].includes(entry)) {
          // A versioned script URL (`irev-widgets.js?ver=6.4.2`) would load a second copy through this import.
          this.error(`${file.fileName} imports the entry ${entry}: shared code belongs in the core chunk`);
        }
      }
    },
  };
}
