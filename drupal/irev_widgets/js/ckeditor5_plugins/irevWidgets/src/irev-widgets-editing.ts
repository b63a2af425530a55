// The widget in CKEditor 5's model: upcast from a mount point `<div data-irev-widget="…" data-…>` (its documented
// attributes only), saved back as exactly that div, and shown while editing as the live widget, read-only.
import { Command, DomEventObserver, Plugin, Widget, toWidget } from 'ckeditor5';
import type { Editor, ModelElement, ModelSelection, ModelDocumentSelection, ViewElement, ViewDowncastWriter } from 'ckeditor5';
import {
  chosenAttributes,
  widgetModels,
  type Manifest,
  type WidgetModel,
  type WidgetValues,
} from '../../../../../../src/embed/widget-options.js';

export const MODEL = 'irevWidget';
/** The widget's name, as a mount point gives it (`news-feed`). */
const NAME = 'irevWidgetName';
/** Its chosen attributes, `[attribute, value]` pairs in the model's order; `true` for a switch. */
const ATTRIBUTES = 'irevWidgetAttributes';

export type ChosenAttributes = [string, string | true][];

export interface IrevWidgetsConfig {
  /** custom-elements.json; the Drupal build carries the one it was built with. */
  manifest?: Manifest;
}

/** The widget a selection has selected, if it is one of ours. */
export function selectedIrevWidget(selection: ModelSelection | ModelDocumentSelection): ModelElement | null {
  const element = selection.getSelectedElement();
  return element?.is('element', MODEL) ? element : null;
}

/** The attributes of the saved mount point, `data-` before each. */
function mountPointAttributes(element: ModelElement): Record<string, string> {
  const attributes: Record<string, string> = { 'data-irev-widget': String(element.getAttribute(NAME)) };
  for (const [name, value] of (element.getAttribute(ATTRIBUTES) as ChosenAttributes | undefined) ?? []) {
    attributes[`data-${name}`] = value === true ? '' : value;
  }
  return attributes;
}

/** Reacts to double clicks in the editing view (CKEditor 5 observes single clicks only). */
class DoubleClickObserver extends DomEventObserver<'dblclick'> {
  override readonly domEventType = 'dblclick' as const;
  override onDomEvent(domEvent: MouseEvent): void {
    this.fire(domEvent.type, domEvent);
  }
}

/** Inserts a widget, or changes the selected one: `editor.execute('irevWidget', { name, values })`. */
export class IrevWidgetCommand extends Command {
  declare value: { name: string; values: WidgetValues } | undefined;

  constructor(
    editor: Editor,
    private readonly models: WidgetModel[],
  ) {
    super(editor);
  }

  override refresh(): void {
    const { model } = this.editor;
    const selected = selectedIrevWidget(model.document.selection);
    this.value = selected
      ? {
          name: String(selected.getAttribute(NAME)),
          values: Object.fromEntries((selected.getAttribute(ATTRIBUTES) as ChosenAttributes | undefined) ?? []),
        }
      : undefined;
    const position = model.document.selection.getFirstPosition();
    this.isEnabled = Boolean(selected) || (position !== null && model.schema.findAllowedParent(position, MODEL) !== null);
  }

  override execute({ name, values }: { name: string; values: WidgetValues }): void {
    const widget = this.models.find((candidate) => candidate.name === name);
    if (!widget) return;
    const attributes = chosenAttributes(widget, values);
    const { model } = this.editor;
    model.change((writer) => {
      const selected = selectedIrevWidget(model.document.selection);
      if (selected) {
        writer.setAttribute(NAME, widget.name, selected);
        writer.setAttribute(ATTRIBUTES, attributes, selected);
      } else {
        model.insertObject(writer.createElement(MODEL, { [NAME]: widget.name, [ATTRIBUTES]: attributes }), null, null, {
          setSelection: 'on',
        });
      }
    });
  }
}

export class IrevWidgetsEditing extends Plugin {
  static get requires() {
    return [Widget] as const;
  }

  static get pluginName() {
    return 'IrevWidgetsEditing' as const;
  }

  /** The manifest the Drupal bundle was built with; an editor's `irevWidgets.manifest` config comes first. */
  static manifest: Manifest = { modules: [] };

  /** Every widget the manifest documents, with its options. */
  models: WidgetModel[] = [];

  init(): void {
    const { editor } = this;
    const config = editor.config.get('irevWidgets' as never) as IrevWidgetsConfig | undefined;
    this.models = widgetModels(config?.manifest ?? IrevWidgetsEditing.manifest);
    editor.model.schema.register(MODEL, { inheritAllFrom: '$blockObject', allowAttributes: [NAME, ATTRIBUTES] });
    this.defineConverters();
    editor.commands.add(MODEL, new IrevWidgetCommand(editor, this.models));
    editor.editing.view.addObserver(DoubleClickObserver);
  }

  private defineConverters(): void {
    const { conversion } = this.editor;
    conversion.for('upcast').add((dispatcher) =>
      dispatcher.on(
        'element:div',
        (_event, data, api) => {
          const view = data.viewItem as ViewElement;
          const name = String(view.getAttribute('data-irev-widget') ?? '')
            .trim()
            .toLowerCase();
          const widget = this.models.find((candidate) => candidate.name === name);
          if (!widget || !api.consumable.test(view, { name: true, attributes: ['data-irev-widget'] })) return;
          const values: WidgetValues = {};
          for (const field of widget.fields) {
            const value = view.getAttribute(`data-${field.attribute}`);
            if (value !== undefined) values[field.attribute] = field.kind === 'boolean' ? true : value;
          }
          const element = api.writer.createElement(MODEL, { [NAME]: widget.name, [ATTRIBUTES]: chosenAttributes(widget, values) });
          if (!api.safeInsert(element, data.modelCursor)) return;
          // Every attribute is taken here, so no other feature (General HTML Support) keeps an undocumented one.
          api.consumable.consume(view, { name: true, attributes: [...view.getAttributeKeys()] });
          api.updateConversionResult(element, data);
        },
        { priority: 'high' },
      ),
    );

    conversion.for('dataDowncast').elementToElement({
      model: { name: MODEL, attributes: [NAME, ATTRIBUTES] },
      // An empty element: a container would be saved with a `&nbsp;` filler inside.
      view: (element, { writer }) => writer.createEmptyElement('div', mountPointAttributes(element)),
    });

    conversion.for('editingDowncast').elementToElement({
      model: { name: MODEL, attributes: [NAME, ATTRIBUTES] },
      view: (element, { writer }) => this.preview(element, writer),
    });
  }

  /** The live widget, built with DOM calls (never parsed HTML) and inert: the editor selects it, never uses it. */
  private preview(element: ModelElement, writer: ViewDowncastWriter): ViewElement {
    const name = String(element.getAttribute(NAME));
    const tag = `irev-${name}`;
    const attributes = (element.getAttribute(ATTRIBUTES) as ChosenAttributes | undefined) ?? [];
    const container = writer.createContainerElement('div', { class: 'irev-ck-widget', 'data-irev-preview': name });
    const live = writer.createRawElement('div', { class: 'irev-ck-widget__preview' }, (dom) => {
      const label = document.createElement('p');
      label.className = 'irev-ck-widget__label';
      label.textContent = `<${tag}> · double-cliquez ou appuyez sur Entrée pour le modifier`;
      const widget = document.createElement(tag);
      for (const [attribute, value] of attributes) widget.setAttribute(attribute, value === true ? '' : value);
      const frame = document.createElement('div');
      frame.inert = true;
      frame.append(widget);
      dom.replaceChildren(label, frame);
    });
    writer.insert(writer.createPositionAt(container, 0), live);
    return toWidget(container, writer, { label: `Widget IREV ${tag}` });
  }
}
