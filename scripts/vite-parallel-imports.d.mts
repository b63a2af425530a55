import type { Plugin } from 'vite';
export function parallelImports(options: { entry: string }): Plugin;
