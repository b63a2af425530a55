// Data with one text in every text field, for the tests that prove no text reaches the page at full length.

/** An event of 9 March 2021 whose every text is `text`. */
export function oversizedEvent(text: string) {
  return {
    id: 'longue',
    title: text,
    start: '2021-03-09T09:30:00+01:00',
    end: '2021-03-09T12:30:00+01:00',
    description: text,
    place: { name: text, address: text, postalCode: text, city: text },
    online: { platform: text },
    audience: text,
    objectives: [text],
    sessions: [{ id: 's', title: text, start: '2021-03-09T09:30:00+01:00', audience: text }],
    organiser: { name: text },
    registration: { url: 'https://irev.fr/inscription' },
  };
}

/** A news item of the project's JSON whose every text is `text`. */
export function oversizedNewsItem(text: string) {
  return {
    id: 'longue',
    title: text,
    url: 'https://www.irev.fr/a',
    published: '2021-02-26T13:45:00+01:00',
    type: text,
    themes: [text],
    summary: text,
    author: text,
    image: { src: 'https://www.irev.fr/a.png', alt: text },
  };
}

/** A Drupal JSON:API collection with one node whose every text is `text`. */
export function oversizedJsonApi(text: string) {
  return {
    data: [
      {
        type: 'node--article',
        id: '1',
        attributes: { title: text, created: '2021-02-26T12:45:00+00:00', path: { alias: '/a' }, body: { value: text, processed: text } },
        relationships: { field_tags: { data: [{ type: 'taxonomy_term--tags', id: 't' }] } },
      },
    ],
    included: [{ type: 'taxonomy_term--tags', id: 't', attributes: { name: text } }],
  };
}

/** An RSS 2.0 feed, as text, with one item whose every text is `text`. */
export function oversizedRss(text: string): string {
  return `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>t</title>
    <item><title>${text}</title><link>https://www.irev.fr/a</link><description>${text}</description>
    <pubDate>Fri, 26 Feb 2021 13:45:00 +0100</pubDate><category>${text}</category><dc:creator>${text}</dc:creator></item>
  </channel></rss>`;
}
