import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { ClassicEditor, Essentials, Paragraph } from 'ckeditor5';
import { IrevWidgets } from '../../drupal/irev_widgets/js/ckeditor5_plugins/irevWidgets/src/irev-widgets.js';
import { upgradeMountPoints } from '../../src/core/mount-points.js';
import { defineAll } from '../../src/define-all.js';
import type { Manifest } from '../../src/embed/widget-options.js';
import { waitForState } from '../shared/helpers.js';
import type { IrevElement } from '../../src/core/base-element.js';

defineAll();

const EVENTS = '/demo/data/events.json';
/** A value that tries to close the attribute and the tag, and to run script. */
const HOSTILE = `x" onmouseover="alert(1)"><script>alert(2)</script><img src=x onerror=alert(3)>`;

/** Waits until `probe` gives something, polling each animation frame. */
async function until<T>(probe: () => T | null | undefined, what: string, timeout = 5000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** Sets a native control as a person would: its value, then the event the form listens to. */
function setControl(id: string, value: string): void {
  const control = document.getElementById(id) as HTMLInputElement | HTMLSelectElement;
  control.value = value;
  control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

const dialog = () => document.querySelector<HTMLElement>('.ck-dialog');
const actionButton = (label: string) =>
  [...dialog()!.querySelectorAll<HTMLButtonElement>('.ck-dialog__actions button')].find((button) => button.textContent!.trim() === label)!;
/** The attributes of each element of some HTML, parsed inert. */
const parsed = (markup: string) => [...new DOMParser().parseFromString(markup, 'text/html').body.querySelectorAll('*')];
const attributesOf = (element: Element) => Object.fromEntries([...element.attributes].map(({ name, value }) => [name, value]));

describe('the CKEditor 5 plugin « Insérer un widget IREV »', () => {
  let editor: ClassicEditor;
  let host: HTMLElement;
  const editable = () => editor.ui.getEditableElement()!;
  const previewOf = (tag: string) => editable().querySelector<IrevElement>(tag);

  before(async () => {
    const link = Object.assign(document.createElement('link'), {
      rel: 'stylesheet',
      href: '/node_modules/ckeditor5/dist/browser/ckeditor5.css',
    });
    document.head.append(link);
    const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
    host = document.createElement('div');
    document.body.append(host);
    editor = await ClassicEditor.create(host, {
      licenseKey: 'GPL',
      plugins: [Essentials, Paragraph, IrevWidgets],
      toolbar: ['undo', 'redo', 'irevWidget'],
      irevWidgets: { manifest },
      initialData: '<p>Avant</p>',
    } as never);
  });

  after(async () => {
    await editor.destroy();
    host.remove();
  });

  it('inserts a widget chosen in the dialog, shows it live and read-only, and saves the plain mount point', async () => {
    editor.model.change((writer) => writer.setSelection(editor.model.document.getRoot()!.getChild(0)!, 'end'));
    const button = [...document.querySelectorAll<HTMLButtonElement>('.ck-toolbar button')].find((candidate) =>
      candidate.textContent!.includes('Insérer un widget IREV'),
    )!;
    button.click();
    await until(() => dialog()?.querySelector('#irev-ck-widget'), 'the dialog');
    expect(dialog()!.querySelector('.ck-form__header')!.textContent).to.contain('Insérer un widget IREV');
    await until(() => document.activeElement?.id === 'irev-ck-widget', 'the focus on the widget picker');

    setControl('irev-ck-widget', 'events');
    setControl('irev-ck-events-src', EVENTS);
    setControl('irev-ck-events-limit', '2');
    setControl('irev-ck-events-now', '2021-03-01');
    for (const control of dialog()!.querySelectorAll('input, select')) {
      expect(dialog()!.querySelector(`label[for="${control.id}"]`), control.id).to.not.equal(null);
    }
    actionButton('Insérer').click();

    expect(dialog()).to.equal(null);
    expect(editor.getData()).to.equal(
      `<p>Avant</p><div data-irev-widget="events" data-src="${EVENTS}" data-limit="2" data-now="2021-03-01"></div>`,
    );
    const live = await until(() => previewOf('irev-events'), 'the live widget');
    expect(live.closest('[inert]'), 'read-only').to.not.equal(null);
    expect(live.closest('.ck-widget')!.getAttribute('contenteditable')).to.equal('false');
    await waitForState(live, 'ready');
    expect(live.shadowRoot!.querySelectorAll('[part~="card"]').length).to.equal(2);
  });

  it('opens the same dialog on the widget again by double click, and saves the change', async () => {
    const widget = editable().querySelector<HTMLElement>('.ck-widget')!;
    const box = widget.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + 10), Math.round(box.top + 10)] });
    widget.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, clientX: box.left + 10, clientY: box.top + 10 }));
    await until(() => dialog()?.querySelector('#irev-ck-events-limit'), 'the dialog');
    expect(dialog()!.querySelector('.ck-form__header')!.textContent).to.contain('Modifier le widget IREV');
    expect((document.getElementById('irev-ck-events-limit') as HTMLInputElement).value).to.equal('2');
    expect((document.getElementById('irev-ck-events-src') as HTMLInputElement).value).to.equal(EVENTS);

    setControl('irev-ck-events-limit', '1');
    actionButton('Enregistrer').click();
    expect(editor.getData()).to.equal(
      `<p>Avant</p><div data-irev-widget="events" data-src="${EVENTS}" data-limit="1" data-now="2021-03-01"></div>`,
    );
    const live = await until(
      () => (previewOf('irev-events')?.getAttribute('limit') === '1' ? previewOf('irev-events') : null),
      'the change',
    );
    await waitForState(live, 'ready');
    expect(live.shadowRoot!.querySelectorAll('[part~="card"]').length).to.equal(1);
  });

  it('opens it with Enter on the selected widget, without adding a paragraph; Escape closes it', async () => {
    editor.model.change((writer) => writer.setSelection(editor.model.document.getRoot()!.getChild(1)!, 'on'));
    editor.editing.view.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => dialog()?.querySelector('#irev-ck-widget'), 'the dialog');
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog(), 'the dialog to close');
    expect(editor.getData()).to.equal(
      `<p>Avant</p><div data-irev-widget="events" data-src="${EVENTS}" data-limit="1" data-now="2021-03-01"></div>`,
    );
  });

  it('gives HTML that the library turns into the widget', async () => {
    const page = document.createElement('div');
    page.append(new DOMParser().parseFromString(editor.getData(), 'text/html').body.cloneNode(true));
    document.body.append(page);
    try {
      upgradeMountPoints(page);
      const element = await until(() => page.querySelector<IrevElement>('[data-irev-widget] > irev-events'), 'the upgrade');
      expect(attributesOf(element)).to.include({ src: EVENTS, limit: '1', now: '2021-03-01' });
      await waitForState(element, 'ready');
      expect(element.shadowRoot!.querySelectorAll('[part~="card"]').length).to.equal(1);
    } finally {
      page.remove();
    }
  });

  it('keeps from hostile loaded HTML only the documented attributes, their values as text, and nothing that runs', async () => {
    const escaped = HOSTILE.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    editor.setData(
      `<div data-irev-widget="news-feed" data-src="${escaped}" data-thematique="${escaped}" data-onclick="alert(4)" ` +
        `onclick="alert(5)" data-style="color:red" style="color:red" data-id="x" class="evil" data-limit="3">` +
        `<script>alert(6)</script><img src="x" onerror="alert(7)"></div>` +
        `<div data-irev-widget="news-feed&quot;&gt;&lt;img src=x onerror=alert(8)&gt;"></div>`,
    );
    const elements = parsed(editor.getData());
    expect(elements.map((element) => element.localName)).to.deep.equal(['div']);
    expect(attributesOf(elements[0])).to.deep.equal({
      'data-irev-widget': 'news-feed',
      'data-src': HOSTILE,
      'data-thematique': HOSTILE,
      'data-limit': '3',
    });
    const live = await until(() => previewOf('irev-news-feed'), 'the live widget');
    expect(attributesOf(live)).to.include({ src: HOSTILE, thematique: HOSTILE, limit: '3' });
    expect(live.getAttributeNames().sort()).to.deep.equal(['layout', 'limit', 'src', 'thematique']); // layout: reflected by the element
    expect(editable().querySelectorAll('script, img, [onclick], [onerror], [onmouseover], .evil').length).to.equal(0);
  });
});
