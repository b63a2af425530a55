import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
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

/**
 * The host page around every story, as the toolbar sets it: the preview's `lang` (every widget without its own `lang`
 * speaks it, so a docs page is in one language) and a light or dark host (`color-scheme`, background, text colour),
 * with the demo's font stack (.storybook/preview-head.html).
 */
const hostPage: Decorator = (story, context) => {
  const { locale, scheme } = context.globals as { locale?: string; scheme?: string };
  document.documentElement.lang = locale ?? 'fr';
  document.documentElement.dataset.hostScheme = scheme ?? 'light';
  // On the host too: a docs page wraps each story in Storybook's own `<div lang="en">`.
  return html`<div class="irev-host" lang=${locale ?? 'fr'} data-scheme=${scheme ?? 'light'}>
    <div class="irev-stage">${story()}</div>
  </div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [hostPage],
  globalTypes: {
    locale: {
      description: 'Language of the preview (<html lang>): every widget without its own lang speaks it',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'fr', title: 'Français', right: 'fr' },
          { value: 'en', title: 'English', right: 'en' },
        ],
        dynamicTitle: true,
      },
    },
    scheme: {
      description: 'The host page: light, or dark (color-scheme: dark and a dark background)',
      toolbar: {
        title: 'Host',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light host', icon: 'sun' },
          { value: 'dark', title: 'Dark host', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'fr', scheme: 'light' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    a11y: { test: 'error', options: { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    options: { storySort: { order: ['Introduction', 'Design tokens', 'Elements'] } },
  },
};
export default preview;
