// Drupal provides CKEditor 5 as a webpack DLL: its plugins read the editor's classes from `CKEditor5.dll('./src/core.js')`
// and so on (core/modules/ckeditor5/webpack.config.js). The Drupal build (vite.ckeditor5.config.ts) puts this module
// where the sources import 'ckeditor5', so the bundle carries no copy of CKEditor.
import type * as CKEditor from 'ckeditor5';

type Dll = (module: string) => typeof CKEditor;
const { dll } = (globalThis as unknown as { CKEditor5: { dll: Dll } }).CKEditor5;

const core = dll('./src/core.js');
const engine = dll('./src/engine.js');
const ui = dll('./src/ui.js');
const widget = dll('./src/widget.js');

export const { Command, Plugin } = core;
export const { DomEventObserver } = engine;
export const { ButtonView, Dialog, View } = ui;
export const { Widget, toWidget } = widget;
