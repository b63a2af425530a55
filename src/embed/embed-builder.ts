// The embed-code builder (demo/builder.html and Storybook): pick a widget, set its options, watch the live widget and
// copy its code as an element, a CKEditor-safe mount point or a WordPress block.
import { html, render } from 'lit';
import { msg, str } from '@lit/localize';
import { optionFields, widgetPicker } from './option-fields.js';
import { elementSnippet, EXAMPLE_SCRIPT_URL, mountPointSnippet, scriptSnippet, wordpressSnippet } from './snippets.js';
import { chosenAttributes, widgetModels, type Manifest, type WidgetModel, type WidgetValues } from './widget-options.js';

export interface BuilderOptions {
  /** Widget shown first, by its mount point name (`news-feed`); else the manifest's first. */
  widget?: string;
  /** Values each widget starts with (sample data, a fixed `now`), by mount point name. */
  initialValues?: Record<string, WidgetValues>;
  /** Script URL the snippets start with. */
  scriptUrl?: string;
  /** Prefix of the ids of the builder's controls. */
  idPrefix?: string;
}

interface Snippet {
  key: string;
  title: string;
  help: string;
  code: string;
}

/** Writes `text` to the clipboard; where the browser refuses, selects the code so that Ctrl+C copies it. */
async function copyText(text: string, code: HTMLElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const range = document.createRange();
    range.selectNodeContents(code);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    return false;
  }
}

const previewKeys = new WeakMap<HTMLElement, string>();

/**
 * Shows in `host` the element the element snippet describes. A new element per choice, never an attribute removed from
 * a live one: the elements read a removed string attribute as `null` (see the report of issue 14).
 */
function syncPreview(host: HTMLElement, model: WidgetModel, values: WidgetValues): void {
  const chosen = chosenAttributes(model, values);
  const key = JSON.stringify([model.tag, chosen]);
  if (previewKeys.get(host) === key) return;
  previewKeys.set(host, key);
  const element = document.createElement(model.tag);
  for (const [name, value] of chosen) element.setAttribute(name, value === true ? '' : value);
  host.replaceChildren(element);
}

/** Renders the builder into `container`, its options read from `manifest`. */
export function mountEmbedBuilder(container: HTMLElement, manifest: Manifest, options: BuilderOptions = {}): void {
  const models = widgetModels(manifest);
  if (models.length === 0) {
    render(
      html`<p role="alert">
        ${msg(html`custom-elements.json ne décrit aucun widget : lancez <code>npm run analyze</code>.`, { id: 'builder.no-widgets' })}
      </p>`,
      container,
    );
    return;
  }
  const id = options.idPrefix ?? 'irev-builder';
  const valuesByWidget = new Map(models.map((model) => [model.name, { ...options.initialValues?.[model.name] }]));
  let model = models.find((candidate) => candidate.name === options.widget) ?? models[0];
  let scriptUrl = options.scriptUrl ?? EXAMPLE_SCRIPT_URL;
  let announcement = '';

  const copy = async (snippet: Snippet) => {
    const code = container.querySelector<HTMLElement>(`#${id}-code-${snippet.key}`)!;
    const copied = await copyText(snippet.code, code);
    // Emptied first, so that copying twice in a row is announced twice.
    announcement = '';
    update();
    await new Promise((resolve) => setTimeout(resolve, 50));
    announcement = copied
      ? msg(str`${snippet.title} : code copié dans le presse-papiers.`, { id: 'builder.copied' })
      : msg(str`${snippet.title} : copie automatique impossible ; le code est sélectionné, copiez-le avec Ctrl+C (⌘+C sur Mac).`, {
          id: 'builder.copy-failed',
        });
    update();
  };

  const update = () => {
    const values = valuesByWidget.get(model.name)!;
    const snippets: Snippet[] = [
      {
        key: 'element',
        title: msg('Élément', { id: 'builder.element.title' }),
        help: msg('Pour une page HTML, avec la balise script une fois par page.', { id: 'builder.element.help' }),
        code: `${scriptSnippet(scriptUrl)}\n${elementSnippet(model, values)}`,
      },
      {
        key: 'mount',
        title: msg('Point de montage CKEditor (Drupal)', { id: 'builder.mount.title' }),
        help: msg('Une div que CKEditor 5 conserve et que le script transforme en widget.', { id: 'builder.mount.help' }),
        code: mountPointSnippet(model, values),
      },
      {
        key: 'wordpress',
        title: msg('Bloc WordPress « HTML personnalisé »', { id: 'builder.wordpress.title' }),
        help: msg("À coller dans l'éditeur de code de WordPress (le script et l'élément).", { id: 'builder.wordpress.help' }),
        code: wordpressSnippet(model, values, scriptUrl),
      },
    ];
    const onChange = (attribute: string, value: string | boolean) => {
      values[attribute] = value;
      update();
    };
    render(
      html`<div class="irev-builder">
        <form class="irev-builder__form" aria-labelledby="${id}-form-title" @submit=${(event: Event) => event.preventDefault()}>
          <h2 id="${id}-form-title">${msg('Réglages', { id: 'builder.settings' })}</h2>
          ${widgetPicker(models, model, id, (picked) => {
            model = picked;
            update();
          })}
          <fieldset>
            <legend>${msg(html`Attributs de <code>&lt;${model.tag}&gt;</code>`, { id: 'builder.attributes' })}</legend>
            ${optionFields(model, values, { idPrefix: id, onChange })}
          </fieldset>
          <div class="irev-field">
            <label for="${id}-script">${msg(html`Adresse du script <code>irev-widgets.js</code>`, { id: 'builder.script' })}</label>
            <input
              id="${id}-script"
              type="text"
              inputmode="url"
              spellcheck="false"
              .value=${scriptUrl}
              @input=${(event: Event) => {
                scriptUrl = (event.target as HTMLInputElement).value;
                update();
              }}
            />
          </div>
        </form>
        <div class="irev-builder__output">
          <section aria-labelledby="${id}-preview-title">
            <h2 id="${id}-preview-title">${msg('Aperçu', { id: 'builder.preview' })}</h2>
            <div class="irev-builder__preview" id="${id}-preview"></div>
          </section>
          <section aria-labelledby="${id}-code-title">
            <h2 id="${id}-code-title">${msg('Code à copier', { id: 'builder.code' })}</h2>
            ${snippets.map(
              (snippet) =>
                html`<div class="irev-builder__snippet">
                  <h3 id="${id}-title-${snippet.key}">${snippet.title}</h3>
                  <p id="${id}-help-${snippet.key}">${snippet.help}</p>
                  <pre><code id="${id}-code-${snippet.key}">${snippet.code}</code></pre>
                  <button type="button" data-snippet=${snippet.key} @click=${() => copy(snippet)}>
                    ${msg('Copier le code', { id: 'builder.copy' })}<span class="irev-visually-hidden"> : ${snippet.title}</span>
                  </button>
                </div>`,
            )}
            <p class="irev-builder__status" role="status">${announcement}</p>
          </section>
        </div>
      </div>`,
      container,
    );
    syncPreview(container.querySelector<HTMLElement>(`#${id}-preview`)!, model, values);
  };
  update();
}
