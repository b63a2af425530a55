// `npm run analyze` writes custom-elements.json, which Storybook's docs and editors read: the public API only.
import { runnerImport } from 'vite';

const {
  module: { tokens },
} = await runnerImport('./src/core/tokens.ts', { configFile: false, logLevel: 'error' });

/** Drops what is not API (private and protected members, multi-line source shown as a default) and checks the events. */
function publicApi() {
  return {
    name: 'irev-public-api',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          const hidden = new Set(
            declaration.members?.filter((member) => member.privacy && member.privacy !== 'public').map((member) => member.name),
          );
          declaration.members = declaration.members?.filter((member) => !hidden.has(member.name));
          // The analyzer reads Lit's `static properties` and takes a `state: true` entry for an attribute: a private field has none.
          declaration.attributes = declaration.attributes?.filter((attribute) => !hidden.has(attribute.fieldName));
          for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
            if (item.default?.includes('\n')) delete item.default;
          }
          // The analyzer resolves a constant (`limit = DEFAULT_LIMIT`) for the field only: its attribute shows the same value.
          for (const attribute of declaration.attributes ?? []) {
            const field = declaration.members?.find((member) => member.name === attribute.fieldName);
            if (field && 'default' in field) attribute.default = field.default;
          }
          for (const event of declaration.events ?? []) {
            if (!event.name || !event.description || !/^CustomEvent<.+>$/.test(event.type?.text ?? '')) {
              throw new Error(
                `${declaration.name}: event ${event.name ?? '?'} needs \`@event {CustomEvent<Detail>} name - what it means\` in the class JSDoc.`,
              );
            }
          }
        }
      }
    },
  };
}

/** Each element's CSS custom properties come from src/core/tokens.ts, with their defaults. */
function elementTokens() {
  return {
    name: 'irev-element-tokens',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class' || !declaration.tagName) continue;
          declaration.cssProperties = tokens
            .filter((token) => token.elements?.includes(declaration.tagName))
            .map((token) => ({
              name: token.name,
              description: token.use,
              default: typeof token.default === 'string' ? token.default : `var(${token.default.token})`,
            }));
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts', 'src/core/base-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  plugins: [publicApi(), elementTokens()],
};
