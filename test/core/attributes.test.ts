import { expect } from '@open-wc/testing';
import { defineAll, elements } from '../../src/define-all.js';
import { widgetAttributes, widgetNames } from '../../src/core/mount-points.js';

defineAll();

/** Global HTML attributes: what a mount point would turn into script, focus, styling or hiding if it passed them on. */
const GLOBAL_ATTRIBUTES = [
  'accesskey', 'anchor', 'autocapitalize', 'autocorrect', 'autofocus', 'class', 'contenteditable', 'dir', 'draggable',
  'enterkeyhint', 'exportparts', 'hidden', 'id', 'inert', 'inputmode', 'is', 'itemid', 'itemprop', 'itemref', 'itemscope',
  'itemtype', 'nonce', 'part', 'popover', 'role', 'slot', 'spellcheck', 'style', 'tabindex', 'title', 'translate',
  'virtualkeyboardpolicy', 'writingsuggestions',
]; // prettier-ignore

describe('the attributes of each element: one list for the class, the manifest and the mount points', () => {
  it('every widget a mount point may name is an element of the library', () => {
    expect(widgetNames.map((name) => `irev-${name}`).sort()).to.deep.equal(Object.keys(elements).sort());
  });

  for (const [tag, constructor] of Object.entries(elements)) {
    describe(`<${tag}>`, () => {
      // test/manifest.test.ts proves custom-elements.json documents the same list.
      it('passes on from a mount point exactly the attributes its class observes', () => {
        const observed = [...constructor.observedAttributes].sort();
        expect([...widgetAttributes(tag)].sort()).to.deep.equal(observed);
        expect(observed).to.include.members(['src', 'timeout', 'heading-level', 'lang', 'now']);
      });

      it('has no global HTML attribute and no event handler among them (lang aside: it only picks the language)', () => {
        const unsafe = constructor.observedAttributes.filter(
          (name) => GLOBAL_ATTRIBUTES.includes(name) || /^(on|aria-|data-)/.test(name) || name === '',
        );
        expect(unsafe).to.deep.equal([]);
      });
    });
  }
});
