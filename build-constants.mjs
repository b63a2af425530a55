// What every build writes into the sources: Vite's `define` (script-tag bundle, npm build, demo, Storybook) and the
// test runner's esbuild `define`. package.json owns the version.
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export const buildConstants = { __IREV_VERSION__: JSON.stringify(version) };
