import { html } from 'lit';
import { EditorReport } from './editor-report.js';
// What every story shares: a fixed present, the data files, and a narrow viewport for phones.

/** The present of every story: 1 March 2021, before the March meetings. */
export const NOW = '2021-03-01T10:00:00+01:00';

/** Sources for each state, served by Storybook from demo/data (/data) and test/fixtures (/fixtures). */
export const sources = {
  missing: '/data/missing.json',
  never: '/never/answers.json',
};

/** A 320 px wide phone, for the « narrow » stories. */
export const phone = {
  viewport: {
    options: { phone320: { name: 'Phone 320 px', styles: { width: '320px', height: '640px' }, type: 'mobile' } },
  },
};
export const phoneGlobals = { viewport: { value: 'phone320', isRotated: false } };

/** A theme set from outside, as a site would: tokens on a wrapper and a ::part() rule. */
export const themeCss = `
  .irev-themed {
    --irev-color-accent: #6a1b9a;
    --irev-color-link: #6a1b9a;
    --irev-font-family: Georgia, 'Times New Roman', serif;
    --irev-radius: 0;
    --irev-color-surface: #fbf7ff;
  }
  .irev-themed *::part(badge) { text-transform: uppercase; letter-spacing: 0.05em; }
`;

/** The story's own render, inside a wrapper themed as a site would theme it. */
export function themed<A, C>(render: (args: A, context: C) => unknown) {
  return (args: A, context: C) =>
    html`<style>
        ${themeCss}
      </style>
      <div class="irev-themed">${render(args, context)}</div>`;
}

/** The story's own render in a 320 px column: the width of a phone, in the docs page too. */
export function narrow<A, C>(render: (args: A, context: C) => unknown) {
  return (args: A, context: C) => html`<div class="irev-story-phone">${render(args, context)}</div>`;
}

/** The story's own render in the 300 px sidebar of a wide page: the widget lays out for its own width, not the page's. */
export function inSidebar<A, C>(render: (args: A, context: C) => unknown) {
  return (args: A, context: C) =>
    html`<div class="irev-story-page">
      <main>
        <h1>Actualités de la cité éducative</h1>
        <p>
          Les cités éducatives réunissent autour de l'école les familles, les services de l'État, les collectivités et les associations d'un
          quartier, de la petite enfance à l'insertion professionnelle.
        </p>
        <p>Cette page montre un widget dans la colonne de droite, large de 300 px, comme sur le site d'une mairie.</p>
      </main>
      <aside>${render(args, context)}</aside>
    </div>`;
}

/** A 320 px story for an element: its own render in a phone's width, with the phone viewport in the canvas. */
export const narrowStory = <A, C>(render: (args: A, context: C) => unknown) => ({
  render: narrow(render),
  parameters: phone,
  globals: phoneGlobals,
});

/**
 * The story's own render followed by what the library tells the site editor about it: the `irev-load` count of items
 * left out and the console report naming each one (the library shows these only in the console).
 */
export function withEditorReport<A, C>(render: (args: A, context: C) => unknown) {
  return (args: A, context: C) => html`${render(args, context)}${new EditorReport()}`;
}
