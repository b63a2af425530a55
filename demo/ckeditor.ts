// demo/ckeditor.html: CKEditor 5 from node_modules with the irev-widgets plugin, its saved HTML, and that HTML published.
import { Bold, ClassicEditor, Essentials, Heading, Italic, Link, List, Paragraph, SourceEditing } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';
import fr from 'ckeditor5/translations/fr.js';
import manifest from '../custom-elements.json';
import { IrevWidgets } from '../drupal/irev_widgets/js/ckeditor5_plugins/irevWidgets/src/irev-widgets.js';

const initialData = `<h2>Les actualités du réseau</h2>
<p>Les trois dernières actualités des Cités éducatives :</p>
<div data-irev-widget="news-feed" data-src="data/news.json" data-limit="3" data-layout="compact"></div>
<p>Double-cliquez sur le widget pour changer ses réglages.</p>`;

const editor = await ClassicEditor.create(document.getElementById('editor')!, {
  licenseKey: 'GPL',
  plugins: [Essentials, Paragraph, Heading, Bold, Italic, Link, List, SourceEditing, IrevWidgets],
  toolbar: ['heading', '|', 'bold', 'italic', 'link', 'bulletedList', '|', 'irevWidget', '|', 'sourceEditing', 'undo', 'redo'],
  language: 'fr',
  translations: [fr],
  irevWidgets: { manifest },
  initialData,
} as never);

/** Shows the saved HTML, and the page a site would publish from it (the library turns its mount points into widgets). */
function publish(): void {
  const data = editor.getData();
  document.getElementById('data')!.textContent = data;
  const page = document.getElementById('page')!;
  page.replaceChildren(new DOMParser().parseFromString(data, 'text/html').body.cloneNode(true));
}
editor.model.document.on('change:data', publish);
publish();
