import { expect, fixture, html } from '@open-wc/testing';
import { defineAll } from '../../src/define-all.js';
import { upgradeMountPoints } from '../../src/core/mount-points.js';
import type { IrevCitesList } from '../../src/components/cites-list/cites-list.js';
import { visibleText, waitForState } from '../shared/helpers.js';

defineAll();

describe('data-irev-widget mount points (CKEditor 5 keeps them, it strips unknown tags)', () => {
  it('become the element, with every data-* attribute passed on', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <div data-irev-widget="cites-list" data-src="/demo/data/cites.json" data-departement="60" data-group-by="none" data-search></div>
      </div>`,
    );
    upgradeMountPoints(page);
    const element = page.querySelector<IrevCitesList>('irev-cites-list')!;
    expect(element).to.not.equal(null);
    expect(element.getAttribute('src')).to.equal('/demo/data/cites.json');
    expect(element.groupBy).to.equal('none');
    expect(element.search).to.equal(true);
    await waitForState(element, 'ready');
    expect(visibleText(element)).to.contain("3 cités éducatives dans l'Oise");
  });

  it('are upgraded once, even when asked twice', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><div data-irev-widget="cites-list" data-src="/demo/data/cites.json"></div></div>`);
    upgradeMountPoints(page);
    upgradeMountPoints(page);
    expect(page.querySelectorAll('irev-cites-list')).to.have.length(1);
  });

  it('added later to the page are upgraded too', async () => {
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    upgradeMountPoints(page);
    page.insertAdjacentHTML('beforeend', '<div data-irev-widget="cites-list" data-src="/demo/data/cites.json"></div>');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(page.querySelectorAll('irev-cites-list')).to.have.length(1);
  });

  it('with an unknown widget name say so to the editor', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><div data-irev-widget="news-fed"></div></div>`);
    const original = console.warn;
    console.warn = () => undefined;
    try {
      upgradeMountPoints(page);
    } finally {
      console.warn = original;
    }
    expect(page.textContent).to.contain("« news-fed » n'est pas un widget connu");
  });
});
