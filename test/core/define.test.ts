import { expect } from '@open-wc/testing';
import { define, IrevElement, VERSION } from '../../src/core/base-element.js';
import { defineAll, elements } from '../../src/define-all.js';
import { captureConsole } from '../shared/helpers.js';

describe('define()', () => {
  it('defines every element of the library, and a second call does not throw', () => {
    defineAll();
    expect(() => defineAll()).not.to.throw();
    for (const [tag, constructor] of Object.entries(elements)) expect(customElements.get(tag)).to.equal(constructor);
  });

  it('tolerates another copy of the library defining the same tag, and warns once', () => {
    defineAll();
    captureConsole('warn', (warnings) => {
      class OtherCopy extends IrevElement {}
      expect(() => define('irev-cites-list', OtherCopy)).not.to.throw();
      expect(customElements.get('irev-cites-list')).to.equal(elements['irev-cites-list']);
      expect(warnings.join('\n')).to.contain('<irev-cites-list> is already defined');
    });
  });

  it('names both versions when another version of the library defined the tag first', () => {
    captureConsole('warn', (warnings) => {
      customElements.define(
        'irev-test-older',
        class extends HTMLElement {
          static version = '0.0.1';
        },
      );
      define('irev-test-older', class extends IrevElement {});
      expect(warnings).to.deep.equal([
        `irev-widgets: <irev-test-older> is already defined by version 0.0.1; this copy (${VERSION}) is not used.`,
      ]);
    });
  });
});

describe('a widget whose render throws', () => {
  class Faulty extends IrevElement {
    broken = true;
    protected override render() {
      if (this.broken) throw new Error('boom');
      return 'fine';
    }
  }
  define('irev-test-faulty', Faulty);

  it('shows a localized notice instead of breaking the page, and recovers on the next good render', async () => {
    await captureConsole('error', async (_lines, errors) => {
      const element = document.createElement('irev-test-faulty') as Faulty;
      document.body.append(element);
      await element.updateComplete.catch(() => undefined);
      expect(element.shadowRoot!.querySelector('[role="alert"]')?.textContent).to.equal("Ce contenu n'a pas pu être affiché.");
      expect(element.matches(':state(error)')).to.equal(true);
      expect(errors).to.have.length(1);
      element.broken = false;
      element.requestUpdate();
      await element.updateComplete;
      expect(element.shadowRoot!.textContent).to.contain('fine');
      expect(element.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      element.remove();
    });
  });
});
