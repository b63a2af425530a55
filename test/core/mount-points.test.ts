import { expect, fixture, html } from '@open-wc/testing';
import { defineAll } from '../../src/define-all.js';
import { upgradeMountPoints } from '../../src/core/mount-points.js';
import type { IrevCitesList } from '../../src/components/cites-list/cites-list.js';
import { captureConsole, visibleText, waitForState } from '../shared/helpers.js';

defineAll();

/** Runs `action` with console.warn recorded instead of printed. */
function recordWarnings(action: () => void): string[] {
  return captureConsole('warn', (warnings) => {
    action();
    return warnings;
  });
}

/** A page holding `markup`, as an editor's text format would give it (parsed, not built by Lit). */
async function pageWith(markup: string): Promise<HTMLDivElement> {
  const page = await fixture<HTMLDivElement>(html`<div></div>`);
  page.innerHTML = markup;
  return page;
}

const pwned = () => (window as unknown as { __irevPwned?: string }).__irevPwned;

describe('data-irev-widget mount points (CKEditor 5 keeps them, it strips unknown tags)', () => {
  it('become the element, with its own attributes passed on', async () => {
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

  it('with an unknown widget name tell the editor in the console, and show visitors nothing', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><div data-irev-widget="news-fed"></div></div>`);
    const warnings = recordWarnings(() => upgradeMountPoints(page));
    expect(page.textContent).to.equal('');
    expect(warnings.filter((warning) => warning.includes("« news-fed » n'est pas un widget connu."))).to.have.length(1);
  });

  for (const [where, markup] of [
    [
      'while it is edited (CKEditor 5)',
      '<div class="ck-editor__editable" contenteditable="true"><div data-irev-widget="news-fed"></div></div>',
    ],
    ['on a page that asks for notes with data-irev-debug', '<div data-irev-debug><div data-irev-widget="news-fed"></div></div>'],
  ]) {
    it(`with an unknown widget name show the editor a note ${where}`, async () => {
      const page = await fixture<HTMLDivElement>(html`<div></div>`);
      page.innerHTML = markup;
      recordWarnings(() => upgradeMountPoints(page));
      expect(page.querySelector('[role="note"]')?.textContent).to.contain(
        "« news-fed » n'est pas un widget connu. Widgets possibles : cites-list, event-card, events, news-feed, registration-form.",
      );
    });
  }

  it('are watched by one observer per root, however often they are asked', async () => {
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    const Original = window.MutationObserver;
    let observers = 0;
    window.MutationObserver = class extends Original {
      constructor(callback: MutationCallback) {
        super(callback);
        observers += 1;
      }
    };
    try {
      for (let i = 0; i < 5; i += 1) upgradeMountPoints(page);
    } finally {
      window.MutationObserver = Original;
    }
    expect(observers).to.equal(1);
    page.insertAdjacentHTML('beforeend', '<div data-irev-widget="cites-list" data-src="/demo/data/cites.json"></div>');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(page.querySelectorAll('irev-cites-list')).to.have.length(1);
  });
});

describe('a hostile mount point (an editor allowed only `<div data-irev-widget data-*>`)', () => {
  afterEach(() => delete (window as unknown as { __irevPwned?: string }).__irevPwned);

  it('passes on none of data-onfocus, data-onclick, data-style, data-tabindex, data-autofocus, and no handler runs', async () => {
    const page = await pageWith(
      `<div data-irev-widget="cites-list" data-src="/demo/data/cites.json" data-departement="60" data-tabindex="0" data-autofocus
        data-onfocus="window.__irevPwned = 'focus'" data-onclick="window.__irevPwned = 'click'" data-style="position:fixed;inset:0"
        data-onmouseover="window.__irevPwned = 'mouseover'" data-id="x" data-class="y" data-slot="z" data-part="p" data-hidden></div>`,
    );
    recordWarnings(() => upgradeMountPoints(page));
    const element = page.querySelector<IrevCitesList>('irev-cites-list')!;
    expect(element.getAttributeNames().sort()).to.deep.equal(['departement', 'src']);
    element.focus();
    element.click();
    element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    await waitForState(element, 'ready');
    expect(pwned()).to.equal(undefined);
    expect(getComputedStyle(element).position).to.not.equal('fixed');
    expect(visibleText(element)).to.contain("3 cités éducatives dans l'Oise");
  });

  it('tells the editor once, in the console, which attribute it ignored, and shows visitors nothing of it', async () => {
    const markup = '<div data-irev-widget="cites-list" data-src="/demo/data/cites.json" data-onkeydown="x" data-departemnt="60"></div>';
    const page = await pageWith(markup + markup);
    const warnings = recordWarnings(() => upgradeMountPoints(page));
    expect(warnings.filter((warning) => warning.includes('data-onkeydown'))).to.have.length(1);
    const typo = warnings.filter((warning) => warning.includes('data-departemnt'));
    expect(typo).to.have.length(1);
    expect(typo[0]).to.contain('<irev-cites-list>').and.contain('Attribut data-departemnt ignoré').and.contain('data-departement');
    const element = page.querySelector<IrevCitesList>('irev-cites-list')!;
    await waitForState(element, 'ready');
    expect(element.shadowRoot!.querySelector('[part~="hint"]')).to.equal(null);
    expect(page.querySelectorAll('[role="note"]')).to.have.length(0);
  });

  it('with a bare data-="" attribute is upgraded without it, and so are the mount points after it', async () => {
    const page = await pageWith(
      `<div data-irev-widget="cites-list" data-="" data-src="/demo/data/cites.json" data-departement="80"></div>
       <div data-irev-widget="cites-list" data-src="/demo/data/cites.json" data-departement="60"></div>`,
    );
    recordWarnings(() => upgradeMountPoints(page));
    const [first, second] = page.querySelectorAll<IrevCitesList>('irev-cites-list');
    await waitForState(first, 'ready');
    await waitForState(second, 'ready');
    expect(visibleText(first)).to.contain('1 cité éducative dans la Somme');
    expect(visibleText(second)).to.contain("3 cités éducatives dans l'Oise");
  });

  it('that breaks while it is upgraded does not stop the others', async () => {
    const page = await pageWith(
      `<div data-irev-widget="cites-list" data-src="/demo/data/cites.json"></div>
       <div data-irev-widget="cites-list" data-src="/demo/data/cites.json" data-departement="60"></div>`,
    );
    // A host script (or a frozen node) that makes the first mount point refuse its element.
    const broken = page.firstElementChild!;
    broken.append = () => {
      throw new Error('append refused');
    };
    const errors = captureConsole('error', (_lines, calls) => {
      upgradeMountPoints(page);
      return calls;
    });
    expect(errors).to.have.length(1);
    const element = page.querySelector<IrevCitesList>('irev-cites-list')!;
    expect(element.parentElement).to.not.equal(broken);
    await waitForState(element, 'ready');
    expect(visibleText(element)).to.contain("3 cités éducatives dans l'Oise");
  });
});
