import { expect } from '@open-wc/testing';
import { VERSION } from '../../src/core/base-element.js';
import { elements } from '../../src/define-all.js';
import { openFrame } from '../shared/helpers.js';

const packageVersion = async () => ((await (await fetch('/package.json')).json()) as { version: string }).version;

// package.json owns the version; every build writes it in (build-constants.mjs).
describe('VERSION', () => {
  it('is the version of package.json, on every element class', async () => {
    const version = await packageVersion();
    expect(VERSION).to.equal(version);
    for (const constructor of Object.values(elements)) expect(constructor.version).to.equal(version);
  });

  it('is the version of package.json in the built dist/irev-widgets.js', async () => {
    const frame = await openFrame('/test/dist/page.html');
    try {
      const registry = frame.contentWindow!.customElements;
      const constructor = (await registry.whenDefined('irev-news-feed')) as unknown as { version: string };
      expect(constructor.version).to.equal(await packageVersion());
    } finally {
      frame.remove();
    }
  });
});
