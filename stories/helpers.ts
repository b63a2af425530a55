import { html } from 'lit';
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
