// What the builder's widgets start with on the sample data of demo/data/: a source, and a fixed present for events.
import type { WidgetValues } from './widget-options.js';

/** The demo's « present » (1 March 2021): the March 2021 meetings of the sample data are then upcoming. */
export const SAMPLE_NOW = '2021-03-01';

/** Starting values by mount point name, the data files under `base` (`data/` in the demo, `/data/` in Storybook). */
export function sampleValues(base: string): Record<string, WidgetValues> {
  return {
    'cites-list': { src: `${base}cites.json`, search: true, filters: true },
    'event-card': { src: `${base}events.json`, now: SAMPLE_NOW },
    events: { src: `${base}events.json`, limit: '3', now: SAMPLE_NOW },
    'news-feed': { src: `${base}news.json`, limit: '3' },
    'registration-form': { src: `${base}events.json`, now: SAMPLE_NOW },
  };
}
