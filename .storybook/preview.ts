import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/irev-widgets.js';

interface Declaration {
  cssParts?: { name: string }[];
}

// Docs pages and controls come from the Custom Elements Manifest, built from the JSDoc of each element. Storybook keys
// its rows by name alone: parts read `::part(type)`, or the parts `type` and `status` would hide the attributes so named.
setCustomElementsManifest({
  ...manifest,
  modules: manifest.modules.map((module) => ({
    ...module,
    declarations: (module.declarations as Declaration[] | undefined)?.map((declaration) => ({
      ...declaration,
      cssParts: declaration.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` })),
    })),
  })),
});

// A static Storybook has no server that hangs: URLs under /never/ stand for a source that never answers.
const nativeFetch = window.fetch.bind(window);
window.fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  if (url.pathname.startsWith('/never/')) return new Promise<Response>(() => undefined);
  // Fixtures link to each other through the test server's /mock?file=… URLs (JSON:API `links.next`): serve the file.
  const file = url.pathname === '/mock' ? url.searchParams.get('file') : null;
  if (file?.startsWith('test/fixtures/')) return nativeFetch(`/${file.slice('test/'.length)}`, init);
  return nativeFetch(input, init);
};

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error', options: { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    options: { storySort: { order: ['Introduction', 'Design tokens', 'Elements'] } },
  },
};
export default preview;
