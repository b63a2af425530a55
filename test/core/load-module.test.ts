import { expect } from '@open-wc/testing';
import { isRetryable, DataError, describeError } from '../../src/core/data-error.js';
import { loadModule } from '../../src/core/load-module.js';

/** A load that counts its calls and answers as told. */
function counting<T>(answer: () => Promise<T>) {
  const load = () => {
    load.calls += 1;
    return answer();
  };
  load.calls = 0;
  return load;
}

describe('loadModule (the optional files beside irev-widgets.js)', () => {
  describe('when the file never answers', () => {
    it("gives up after the widget's time-out with a retryable, localized time-out error", async () => {
      const started = performance.now();
      const error = (await loadModule('rss', 300, () => new Promise(() => undefined)).catch((e: unknown) => e)) as DataError;
      expect(performance.now() - started).to.be.within(280, 1500);
      expect(error).to.be.instanceOf(DataError);
      expect([error.kind, error.detail]).to.deep.equal(['timeout', 'module']);
      expect(isRetryable(error)).to.equal(true);
      expect(describeError(error)).to.equal('Une partie de ce contenu ne répond pas (délai dépassé). Réessayez dans un instant.');
    });
  });

  describe('when the file fails to load', () => {
    it('says a file is missing, offers a retry, and really asks again on the next call', async () => {
      const broken = counting(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
      const error = (await loadModule('sanitize', 1000, broken).catch((e: unknown) => e)) as DataError;
      expect([error.kind, error.detail]).to.deep.equal(['config', 'module']);
      expect(isRetryable(error)).to.equal(true);
      const repaired = counting(() => Promise.resolve({ sanitized: true }));
      expect(await loadModule('sanitize', 1000, repaired)).to.deep.equal({ sanitized: true });
      expect([broken.calls, repaired.calls]).to.deep.equal([1, 1]);
    });
  });

  describe('when several widgets need the same file', () => {
    it('loads it once', async () => {
      const load = counting(() => new Promise((resolve) => setTimeout(() => resolve({ writer: true }), 50)));
      const modules = await Promise.all([loadModule('jsonld', 1000, load), loadModule('jsonld', 1000, load)]);
      expect(modules).to.deep.equal([{ writer: true }, { writer: true }]);
      expect(load.calls).to.equal(1);
    });
  });
});

describe('a missing src', () => {
  it('is not retryable: only the editor can fix it', () => {
    expect(isRetryable(new DataError('config', 'no src'))).to.equal(false);
  });
});
