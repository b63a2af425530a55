// The form controls of the option model: one labelled native control per documented attribute, its description tied
// with aria-describedby. The embed-code builder and the CKEditor 5 dialog render these same templates.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { WidgetField, WidgetModel, WidgetValues } from './widget-options.js';

export interface FieldsContext {
  /** Prefix of the control ids, unique on the page (two builders, or a builder and an editor). */
  idPrefix: string;
  /** Called with the attribute and its new value (`true`/`false` for a switch) on every change. */
  onChange: (attribute: string, value: string | boolean) => void;
}

/** The widget chooser: a native select of the manifest's widgets, named as a mount point names them. */
export function widgetPicker(
  models: WidgetModel[],
  selected: WidgetModel,
  idPrefix: string,
  onSelect: (model: WidgetModel) => void,
): TemplateResult {
  const id = `${idPrefix}-widget`;
  const pick = (event: Event) => {
    const model = models.find((candidate) => candidate.name === (event.target as HTMLSelectElement).value);
    if (model) onSelect(model);
  };
  return html`<div class="irev-field">
    <label for=${id}>${msg('Widget', { id: 'builder.widget' })}</label>
    <select id=${id} aria-describedby="${id}-summary" @change=${pick}>
      ${models.map((model) => html`<option value=${model.name} ?selected=${model === selected}>${model.tag}</option>`)}
    </select>
    <p class="irev-field__help" id="${id}-summary">${selected.summary}</p>
  </div>`;
}

function control(field: WidgetField, value: string | boolean | undefined, id: string, context: FieldsContext): TemplateResult {
  const help = field.description ? `${id}-help` : nothing;
  const text = typeof value === 'string' ? value : '';
  const changed = (event: Event) => context.onChange(field.attribute, (event.target as HTMLInputElement).value);
  switch (field.kind) {
    case 'boolean':
      return html`<input
        type="checkbox"
        id=${id}
        aria-describedby=${help}
        .checked=${value === true || value === ''}
        @change=${(event: Event) => context.onChange(field.attribute, (event.target as HTMLInputElement).checked)}
      />`;
    case 'enum':
      return html`<select id=${id} aria-describedby=${help} @change=${changed}>
        <option value="" ?selected=${!field.values.includes(text)}>
          ${
            field.defaultValue
              ? msg(str`par défaut (${field.defaultValue})`, { id: 'builder.default' })
              : msg('aucun', { id: 'builder.none' })
          }
        </option>
        ${field.values.map((option) => html`<option value=${option} ?selected=${option === text}>${option}</option>`)}
      </select>`;
    case 'number':
      return html`<input
        type="number"
        step="1"
        id=${id}
        aria-describedby=${help}
        placeholder=${field.defaultValue || nothing}
        .value=${text}
        @input=${changed}
      />`;
    default:
      return html`<input
        type="text"
        id=${id}
        aria-describedby=${help}
        inputmode=${field.kind === 'url' ? 'url' : nothing}
        spellcheck="false"
        autocomplete="off"
        placeholder=${field.defaultValue || nothing}
        .value=${text}
        @input=${changed}
      />`;
  }
}

/** A manifest description with its `code` spans as code. */
export function describeText(text: string): TemplateResult {
  return html`${text.split('`').map((part, index) => (index % 2 ? html`<code>${part}</code>` : part))}`;
}

/** One field per documented attribute of `model`, its control showing `values`. */
export function optionFields(model: WidgetModel, values: WidgetValues, context: FieldsContext): TemplateResult {
  return html`${model.fields.map((field) => {
    const id = `${context.idPrefix}-${model.name}-${field.attribute}`;
    return html`<div class="irev-field irev-field--${field.kind}">
      <label for=${id}><code>${field.attribute}</code></label>
      ${control(field, values[field.attribute], id, context)}
      ${field.description ? html`<p class="irev-field__help" id="${id}-help">${describeText(field.description)}</p>` : nothing}
    </div>`;
  })}`;
}
