// The bundle's entry (dist/ckeditor5/irev-widgets-ckeditor5.js): the plugin with the manifest it was built with.
import manifest from '../../../../../../custom-elements.json';
import { IrevWidgets, IrevWidgetsEditing } from './irev-widgets.js';

IrevWidgetsEditing.manifest = manifest;

export { IrevWidgets };
