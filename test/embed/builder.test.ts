import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defineAll, elements } from '../../src/define-all.js';
import { mountEmbedBuilder } from '../../src/embed/embed-builder.js';
import { sampleValues } from '../../src/embed/sample-values.js';
import { elementSnippet, mountPointSnippet, wordpressSnippet } from '../../src/embed/snippets.js';
import { widgetModels, type Manifest, type WidgetModel } from '../../src/embed/widget-options.js';
import { expectNoAxeViolations } from '../shared/a11y.js';
import { waitForState } from '../shared/helpers.js';
import type { IrevElement } from '../../src/core/base-element.js';
import { useLang } from '../../src/core/localization.js';

defineAll();

/** A value that tries to close the attribute, the tag, the WordPress block, and to run script. */
const HOSTILE = `x" onmouseover="alert(1)" a='b'><script>alert(2)</script><!-- /wp:html --><img src=x onerror=alert(3)>&amp;`;

let manifest: Manifest;
let models: WidgetModel[];
const modelOf = (name: string) => models.find((model) => model.name === name)!;

before(async () => {
  manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
  models = widgetModels(manifest);
});

/** Parses HTML as a browser would, inert. */
const parse = (markup: string) => new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html').body;

describe('the option model read from custom-elements.json', () => {
  it('offers every element of the library, each with exactly the attributes its class observes', () => {
    expect(models.map((model) => model.tag).sort()).to.deep.equal(Object.keys(elements).sort());
    for (const model of models) {
      const observed = [...elements[model.tag as keyof typeof elements].observedAttributes].sort();
      expect(model.fields.map((field) => field.attribute).sort(), model.tag).to.deep.equal(observed);
    }
  });

  it('gives each option a control that fits its type: closed lists, switches, numbers, URLs', () => {
    const news = modelOf('news-feed');
    const field = (name: string) => news.fields.find((candidate) => candidate.attribute === name)!;
    expect(field('format')).to.include({ kind: 'enum', defaultValue: 'irev' });
    expect(field('format').values).to.deep.equal(['irev', 'jsonapi', 'rss']);
    expect(field('layout').values).to.deep.equal(['list', 'cards', 'compact']);
    expect(field('lang').values).to.deep.equal(['fr', 'en']);
    expect(field('limit').kind).to.equal('number');
    expect(field('heading-level')).to.include({ kind: 'number', defaultValue: '2' });
    expect(field('rich-summary').kind).to.equal('boolean');
    expect(field('src').kind).to.equal('url');
    expect(news.fields[0].attribute).to.equal('src');
    expect(modelOf('cites-list').fields.find((candidate) => candidate.attribute === 'status')!.values).to.deep.equal([
      'labellisee',
      'en-labellisation',
    ]);
  });
});

describe('the snippets', () => {
  const values = { src: 'data/news.json', limit: '3', layout: 'cards', 'clickable-themes': true, 'heading-level': '2', format: '' };

  it('write the chosen attributes only, defaults and empty values left out', () => {
    const news = modelOf('news-feed');
    expect(elementSnippet(news, values)).to.equal(
      '<irev-news-feed src="data/news.json" limit="3" layout="cards" clickable-themes></irev-news-feed>',
    );
    expect(mountPointSnippet(news, values)).to.equal(
      '<div data-irev-widget="news-feed" data-src="data/news.json" data-limit="3" data-layout="cards" data-clickable-themes></div>',
    );
    expect(wordpressSnippet(news, values, 'https://example.org/irev-widgets.js')).to.equal(
      [
        '<!-- wp:html -->',
        '<script type="module" src="https://example.org/irev-widgets.js"></script>',
        '<irev-news-feed src="data/news.json" limit="3" layout="cards" clickable-themes></irev-news-feed>',
        '<!-- /wp:html -->',
      ].join('\n'),
    );
  });

  it('leave out what the element does not document, and a value outside a closed list', () => {
    const news = modelOf('news-feed');
    expect(elementSnippet(news, { src: 'a.json', onclick: 'alert(1)', style: 'x', layout: 'giant' })).to.equal(
      '<irev-news-feed src="a.json"></irev-news-feed>',
    );
  });

  it('keep a hostile value inside its attribute: one element, the value intact, no script, no early end of block', () => {
    const news = modelOf('news-feed');
    const values = { src: HOSTILE, thematique: HOSTILE };
    for (const [snippet, tag, attribute] of [
      [elementSnippet(news, values), 'irev-news-feed', 'src'],
      [mountPointSnippet(news, values), 'div', 'data-src'],
    ]) {
      const body = parse(snippet);
      expect(body.children.length, snippet).to.equal(1);
      expect(body.firstElementChild!.localName).to.equal(tag);
      expect(body.firstElementChild!.getAttribute(attribute)).to.equal(HOSTILE);
      expect(body.querySelectorAll('script, img, [onmouseover], [onerror]').length).to.equal(0);
    }
    const block = wordpressSnippet(news, values, `${HOSTILE}.js`);
    // WordPress's block parser ends a block at the first closing comment, wherever it stands.
    expect(block.match(/<!-- \/wp:html -->/g)).to.have.length(1);
    expect(block.endsWith('<!-- /wp:html -->')).to.equal(true);
    const body = parse(block);
    expect(body.querySelectorAll('script').length).to.equal(1);
    expect(body.querySelector('script')!.getAttribute('src')).to.equal(`${HOSTILE}.js`);
    expect(body.querySelector('irev-news-feed')!.getAttribute('thematique')).to.equal(HOSTILE);
    expect(body.querySelectorAll('img, [onmouseover], [onerror]').length).to.equal(0);
  });
});

describe('the embed-code builder', () => {
  let container: HTMLElement;
  const code = (key: string) => container.querySelector(`#b-code-${key}`)!.textContent!;
  const preview = () => container.querySelector('#b-preview')!.firstElementChild as IrevElement;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    mountEmbedBuilder(container, manifest, { widget: 'news-feed', initialValues: sampleValues('/demo/data/'), idPrefix: 'b' });
  });
  afterEach(() => container.remove());

  it('shows the live widget and its code for the starting choice', async () => {
    expect(preview().localName).to.equal('irev-news-feed');
    await waitForState(preview(), 'ready');
    expect(code('mount')).to.equal('<div data-irev-widget="news-feed" data-src="/demo/data/news.json" data-limit="3"></div>');
  });

  it('updates the widget and the three snippets as an option changes, and swaps the widget when another is picked', async () => {
    const layout = container.querySelector<HTMLSelectElement>('#b-news-feed-layout')!;
    layout.value = 'compact';
    layout.dispatchEvent(new Event('change'));
    expect(preview().getAttribute('layout')).to.equal('compact');
    expect(code('element')).to.contain('<irev-news-feed src="/demo/data/news.json" limit="3" layout="compact"></irev-news-feed>');
    expect(code('mount')).to.contain('data-layout="compact"');
    expect(code('wordpress')).to.contain('layout="compact"');

    const picker = container.querySelector<HTMLSelectElement>('#b-widget')!;
    picker.value = 'cites-list';
    picker.dispatchEvent(new Event('change'));
    expect(preview().localName).to.equal('irev-cites-list');
    expect(container.querySelector('#b-cites-list-group-by')).to.not.equal(null);
    expect(code('mount')).to.equal('<div data-irev-widget="cites-list" data-src="/demo/data/cites.json" data-search data-filters></div>');
    await waitForState(preview(), 'ready');
  });

  it('labels every control and passes axe (WCAG 2.1 AA, RGAA)', async () => {
    for (const control of container.querySelectorAll('input, select')) {
      expect(container.querySelector(`label[for="${control.id}"]`), control.id).to.not.equal(null);
    }
    await waitForState(preview(), 'ready');
    await expectNoAxeViolations(container);
  });

  it('copies from the keyboard and says so in a live region that was there, empty, before', async () => {
    const status = container.querySelector('[role="status"]')!;
    expect(status.textContent!.trim()).to.equal('');
    const button = container.querySelector<HTMLButtonElement>('button[data-snippet="mount"]')!;
    expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Copier le code : Point de montage CKEditor (Drupal)');
    button.focus();
    await sendKeys({ press: 'Enter' });
    const said = await new Promise<string>((resolve) => {
      const poll = () => (status.textContent!.trim() ? resolve(status.textContent!.trim()) : setTimeout(poll, 20));
      poll();
    });
    // The same node: a live region added or replaced along with its text is not announced.
    expect(container.querySelector('[role="status"]')).to.equal(status);
    expect(said).to.match(/^Point de montage CKEditor \(Drupal\) : (code copié dans le presse-papiers|copie automatique impossible)/);
    if (said.includes('impossible')) expect(getSelection()!.toString()).to.equal(code('mount'));
  });

  it('speaks the page language: English texts from the same messages as the widgets', async () => {
    await useLang('en');
    try {
      const english = document.createElement('div');
      document.body.append(english);
      mountEmbedBuilder(english, manifest, { widget: 'news-feed', initialValues: sampleValues('/demo/data/'), idPrefix: 'en' });
      const text = english.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('Settings').and.contain('Code to copy').and.contain('CKEditor mount point (Drupal)');
      expect(english.querySelector('button[data-snippet="mount"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Copy the code : CKEditor mount point (Drupal)',
      );
      expect(text).not.to.contain('Réglages');
      english.remove();
    } finally {
      await useLang('fr');
    }
  });
});
