// The elements of the library, by the name a mount point gives them (`data-irev-widget="news-feed"` is <irev-news-feed>).
// No import here: the script-tag loader reads this list before anything else loads. Mount points, the loader's modules
// (a `Record` over these names, so a new name fails the type check until its module is there) and the manifest test
// all read it.
export const widgetNames = ['cites-list', 'event-card', 'events', 'news-feed', 'registration-form'] as const;

export type WidgetName = (typeof widgetNames)[number];

/** The widget name a mount point's `data-irev-widget` value stands for, as written or not (case and spaces ignored). */
export const widgetName = (value: string | null): string => (value ?? '').trim().toLowerCase();
