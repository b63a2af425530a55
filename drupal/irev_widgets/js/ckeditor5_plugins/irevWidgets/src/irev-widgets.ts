// The plugin an editor lists: `plugins: [IrevWidgets]`, toolbar item `irevWidget`.
import { Plugin } from 'ckeditor5';
import { IrevWidgetsEditing } from './irev-widgets-editing.js';
import { IrevWidgetsUI } from './irev-widgets-ui.js';

export class IrevWidgets extends Plugin {
  static get requires() {
    return [IrevWidgetsEditing, IrevWidgetsUI] as const;
  }

  static get pluginName() {
    return 'IrevWidgets' as const;
  }
}

export { IrevWidgetsEditing, IrevWidgetsUI };
