import type { Plugin } from 'vite';

/** dist/cdn/: the release folder for webmasters, with its README (see vite-cdn.mjs). */
export function cdnFolder(options: { entry: string; folder?: string }): Plugin;
