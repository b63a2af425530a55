// The toolbar button « Insérer un widget IREV » and its dialog: the builder's own choices (the option model and its
// form controls), to insert a widget or, on a double click or Enter on a selected one, to change it.
import { ButtonView, Dialog, Plugin, View } from 'ckeditor5';
import type { Locale, ViewElement } from 'ckeditor5';

/** The view document's `enter` event, which its typings tie to the Enter plugin. */
interface Emitter {
  on(
    name: string,
    callback: (...args: never[]) => void,
    options: { context: (element: ViewElement) => boolean; priority: 'highest' },
  ): void;
}
import { html, render } from 'lit';
import { optionFields, widgetPicker } from '../../../../../../src/embed/option-fields.js';
import type { WidgetModel, WidgetValues } from '../../../../../../src/embed/widget-options.js';
import { IrevWidgetsEditing, MODEL, selectedIrevWidget, type IrevWidgetCommand } from './irev-widgets-editing.js';

const BUTTON_LABEL = 'Insérer un widget IREV';
const ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 20"><path d="M2 3h16v14H2zm1.5 1.5v11h13v-11zM5 6h10v2H5zm0 3.5h6v1.5H5zm0 3h8V14H5z"/></svg>';

/** The dialog's form: the builder's widget picker and option fields, as native labelled controls. */
class IrevWidgetFormView extends View<HTMLFormElement> {
  model: WidgetModel;
  readonly values = new Map<string, WidgetValues>();

  constructor(
    locale: Locale,
    private readonly models: WidgetModel[],
    current: { name: string; values: WidgetValues } | undefined,
    private readonly onSubmit: () => void,
  ) {
    super(locale);
    this.model = models.find((model) => model.name === current?.name) ?? models[0];
    if (current) this.values.set(this.model.name, { ...current.values });
    this.setTemplate({ tag: 'form', attributes: { class: ['ck', 'ck-reset_all-excluded', 'irev-ck-form'], novalidate: true } });
  }

  override render(): void {
    super.render();
    this.element!.addEventListener('submit', (event) => {
      event.preventDefault();
      this.onSubmit();
    });
    // Tab moves between the form's own controls; the dialog's focus cycle takes over only past the first or last one.
    this.element!.addEventListener('keydown', (event) => {
      if (event.key !== 'Tab') return;
      const controls = [...this.element!.querySelectorAll<HTMLElement>('input, select')];
      const edge = event.shiftKey ? controls[0] : controls[controls.length - 1];
      if (document.activeElement !== edge) event.stopPropagation();
    });
    this.update();
  }

  focus(): void {
    this.element?.querySelector<HTMLElement>('select, input')?.focus();
  }

  get chosen(): { name: string; values: WidgetValues } {
    return { name: this.model.name, values: this.values.get(this.model.name) ?? {} };
  }

  private update(): void {
    const values = this.values.get(this.model.name) ?? {};
    this.values.set(this.model.name, values);
    const onChange = (attribute: string, value: string | boolean) => {
      values[attribute] = value;
    };
    render(
      html`${widgetPicker(this.models, this.model, 'irev-ck', (picked) => {
          this.model = picked;
          this.update();
        })}
        <fieldset class="irev-ck-form__options">
          <legend>Attributs de <code>&lt;${this.model.tag}&gt;</code></legend>
          ${optionFields(this.model, values, { idPrefix: 'irev-ck', onChange })}
        </fieldset>
        <button type="submit" hidden tabindex="-1"></button>`,
      this.element!,
    );
  }
}

/** The editing view's container of one of our widgets. */
const isIrevWidgetView = (element: ViewElement) => element.is('element') && element.hasClass('irev-ck-widget');

export class IrevWidgetsUI extends Plugin {
  static get requires() {
    return [IrevWidgetsEditing, Dialog] as const;
  }

  static get pluginName() {
    return 'IrevWidgetsUI' as const;
  }

  init(): void {
    const { editor } = this;
    const command = editor.commands.get(MODEL) as IrevWidgetCommand;
    editor.ui.componentFactory.add('irevWidget', (locale) => {
      const button = new ButtonView(locale);
      button.set({ label: BUTTON_LABEL, icon: ICON, tooltip: true });
      button.bind('isEnabled').to(command, 'isEnabled');
      this.listenTo(button, 'execute', () => this.open());
      return button;
    });

    const viewDocument = editor.editing.view.document;
    const openOnSelected = () => {
      if (!selectedIrevWidget(editor.model.document.selection)) return false;
      this.open();
      return true;
    };
    this.listenTo(viewDocument, 'dblclick' as never, () => {
      openOnSelected();
    });
    // Enter on a selected widget edits it, rather than adding a paragraph after it.
    const onEnter = (event: { stop(): void }, data: { preventDefault(): void }) => {
      if (!openOnSelected()) return;
      data.preventDefault();
      event.stop();
    };
    // Listened to on the widget itself, as the Widget plugin's own Enter handler is, and before it.
    (viewDocument as unknown as Emitter).on('enter', onEnter, { context: isIrevWidgetView, priority: 'highest' });
  }

  /** Opens the dialog on the selected widget's choices, or on a new widget. */
  open(): void {
    const { editor } = this;
    const dialog = editor.plugins.get(Dialog);
    const command = editor.commands.get(MODEL) as IrevWidgetCommand;
    const models = editor.plugins.get(IrevWidgetsEditing).models;
    const editing = command.value;
    const submit = () => {
      editor.execute(MODEL, form.chosen);
      dialog.hide();
      editor.editing.view.focus();
    };
    const form = new IrevWidgetFormView(editor.locale, models, editing, submit);
    dialog.show({
      id: 'irevWidget',
      title: editing ? 'Modifier le widget IREV' : BUTTON_LABEL,
      content: form,
      isModal: true,
      actionButtons: [
        { label: 'Annuler', withText: true, onExecute: () => dialog.hide() },
        { label: editing ? 'Enregistrer' : 'Insérer', class: 'ck-button-action', withText: true, onExecute: submit },
      ],
    });
  }
}
