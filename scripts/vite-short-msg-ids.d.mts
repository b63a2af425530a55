import type { Plugin } from 'vite';

/** Message ids as short codes in the script-tag bundle, in msg() calls and in English alike (see vite-short-msg-ids.mjs). */
export function shortMessageIds(): Plugin;
