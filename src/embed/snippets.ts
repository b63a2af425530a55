// The three ways to paste a widget, written from one choice: a custom element, a CKEditor-safe mount point, and a
// WordPress Custom HTML block. Every value is escaped, so no value can close the attribute, the tag or the block.
import { chosenAttributes, type WidgetModel, type WidgetValues } from './widget-options.js';

/** Where the builder's snippets load the script from until the webmaster gives their own URL. */
export const EXAMPLE_SCRIPT_URL = 'https://example.org/irev-widgets/irev-widgets.js';

/** An attribute value as HTML text inside double quotes: `&`, `"`, `<` and `>` as character references. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attributesText(attributes: [string, string | true][]): string {
  return attributes.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');
}

/** `<irev-news-feed src="…" limit="3"></irev-news-feed>` */
export function elementSnippet(model: WidgetModel, values: WidgetValues): string {
  return `<${model.tag}${attributesText(chosenAttributes(model, values))}></${model.tag}>`;
}

/** `<div data-irev-widget="news-feed" data-src="…"></div>`: what CKEditor 5 keeps, and the script upgrades. */
export function mountPointSnippet(model: WidgetModel, values: WidgetValues): string {
  const attributes = chosenAttributes(model, values).map(([name, value]): [string, string | true] => [`data-${name}`, value]);
  return `<div data-irev-widget="${escapeAttribute(model.name)}"${attributesText(attributes)}></div>`;
}

/** The script tag, loaded as an ES module (loading it twice on a page is harmless). */
export function scriptSnippet(scriptUrl: string): string {
  return `<script type="module" src="${escapeAttribute(scriptUrl.trim() || EXAMPLE_SCRIPT_URL)}"></script>`;
}

/** A WordPress Custom HTML block (block editor markup): the script tag and the element. */
export function wordpressSnippet(model: WidgetModel, values: WidgetValues, scriptUrl: string): string {
  return ['<!-- wp:html -->', scriptSnippet(scriptUrl), elementSnippet(model, values), '<!-- /wp:html -->'].join('\n');
}
