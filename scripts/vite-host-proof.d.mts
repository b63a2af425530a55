import type { Plugin } from 'vite';

/** The script-tag build's defences against hostile host pages (see vite-host-proof.mjs). */
export function hostProof(options: { entry: string }): Plugin;
