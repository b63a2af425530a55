// What every Vite build (script-tag bundle, npm build, demo, Storybook) writes into the sources with `define`.
// package.json owns the version; web-test-runner.config.mjs gives the same constant to the tests.
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export const buildConstants = { __IREV_VERSION__: JSON.stringify(version) };
