import { expect } from '@open-wc/testing';
import { readRss, rfc822ToIso, rssAdapter } from '../../src/core/adapters/rss.js';
import { DataError } from '../../src/core/data-error.js';
import { validateItems } from '../../src/core/validate.js';
import { newsItem } from '../../src/schemas/news.js';

const xml = (source: string) => new DOMParser().parseFromString(source, 'application/xml');
const feed = (items: string) =>
  xml(`<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>t</title>${items}</channel></rss>`);

describe('rfc822ToIso', () => {
  it('turns RFC 822 dates into ISO 8601 with the same offset', () => {
    expect(rfc822ToIso('Tue, 15 Apr 2025 13:47:59 +0000')).to.equal('2025-04-15T13:47:59+00:00');
    expect(rfc822ToIso('Fri, 26 Feb 2021 13:45:00 +0100')).to.equal('2021-02-26T13:45:00+01:00');
    expect(rfc822ToIso('26 Feb 2021 13:45 GMT')).to.equal('2021-02-26T13:45:00+00:00');
    expect(rfc822ToIso('Tue, 23 Feb 21 09:00 CET')).to.equal('2021-02-23T09:00:00+01:00');
    expect(rfc822ToIso('Sun, 28 Mar 2021 03:30:00 CEST')).to.equal('2021-03-28T03:30:00+02:00');
    expect(rfc822ToIso('Mon, 1 Mar 2021 9:05:00 EST')).to.equal('2021-03-01T09:05:00-05:00');
    expect(rfc822ToIso('  Thu, 05 Jun 2025 10:18:40 +0000\n')).to.equal('2025-06-05T10:18:40+00:00');
  });

  it('returns anything else as it is, for the schema to read or to report', () => {
    expect(rfc822ToIso('2021-02-26T13:45:00+01:00')).to.equal('2021-02-26T13:45:00+01:00');
    expect(rfc822ToIso('le 4 février')).to.equal('le 4 février');
    expect(rfc822ToIso('Fri, 31 Foo 2021 13:45:00 +0100')).to.equal('Fri, 31 Foo 2021 13:45:00 +0100');
    // The browser's own reader turns these into 2 March; they stay what they are.
    expect(rfc822ToIso('February 30, 2021')).to.equal('February 30, 2021');
  });

  it('lets no impossible date through: 30 February is refused with its reason, not shown as 2 March', () => {
    const page = readRss(
      feed(`<item><title>a</title><link>https://www.irev.fr/a</link><pubDate>Tue, 30 Feb 2021 10:00:00 +0100</pubDate></item>
        <item><title>b</title><link>https://www.irev.fr/b</link><pubDate>Mon, 32 Feb 2021 10:00:00 +0100</pubDate></item>`),
      'https://www.irev.fr/rss.xml',
    );
    expect(page.items.map((item) => (item as { published: string }).published)).to.deep.equal([
      '2021-02-30T10:00:00+01:00',
      '2021-02-32T10:00:00+01:00',
    ]);
    const { items, invalid } = validateItems(newsItem, page.items);
    expect(items).to.deep.equal([]);
    expect(invalid.map((item) => item.reason)).to.deep.equal([
      'jour inexistant : 30 (février 2021 a 28 jours)',
      'jour inexistant : 32 (février 2021 a 28 jours)',
    ]);
  });
});

describe('readRss', () => {
  it('reads title, link, description, pubDate, categories, dc:creator and guid', () => {
    const page = readRss(
      feed(`<item><title>Titre</title><link>https://www.irev.fr/a</link>
        <description>&lt;span&gt;Titre&lt;/span&gt; &lt;p&gt;Le &lt;strong&gt;résumé&lt;/strong&gt;&amp;nbsp;!&lt;/p&gt;</description>
        <pubDate>Fri, 26 Feb 2021 13:45:00 +0100</pubDate><dc:creator>m.dupont</dc:creator>
        <category domain="https://www.irev.fr/t/1">Education</category><category>Education</category><category>DSU</category>
        <guid isPermaLink="false">42 at https://www.irev.fr</guid></item>`),
      'https://www.irev.fr/rss.xml',
    );
    expect(page.base).to.equal('https://www.irev.fr/rss.xml');
    expect(page.items).to.deep.equal([
      {
        id: '42 at https://www.irev.fr',
        title: 'Titre',
        url: 'https://www.irev.fr/a',
        published: '2021-02-26T13:45:00+01:00',
        themes: ['Education', 'DSU'],
        summary: 'Le résumé !',
        summaryHtml: '<span>Titre</span> <p>Le <strong>résumé</strong>&nbsp;!</p>',
        author: 'm.dupont',
        image: undefined,
        // The feed declares no <language>.
        lang: undefined,
      },
    ]);
    expect(validateItems(newsItem, page.items).invalid).to.deep.equal([]);
  });

  it('resolves against xml:base, and takes a permalink guid for a missing link', () => {
    const page = readRss(
      xml(
        `<rss version="2.0" xml:base="https://www.t2c.fr/"><channel><item><title>a</title><guid>https://www.t2c.fr/g</guid></item></channel></rss>`,
      ),
      'https://example.org/feed.xml',
    );
    expect(page.base).to.equal('https://www.t2c.fr/');
    expect((page.items[0] as Record<string, unknown>).url).to.equal('https://www.t2c.fr/g');
  });

  it('finds the image in an enclosure, in Media RSS, or in the description, but never a 1×1 pixel', () => {
    const page = readRss(
      feed(`<item><title>a</title><enclosure url="https://x/a.jpg" type="image/jpeg" length="1"/><enclosure url="https://x/a.mp3" type="audio/mpeg"/></item>
        <item><title>b</title><enclosure url="https://x/b.mp3" type="audio/mpeg"/><description>&lt;img src="https://x/b.png" alt="B" width="850" height="850"&gt;</description></item>
        <item><title>c</title><description>&lt;img src="https://t/p.gif" width="1" height="1"&gt;</description></item>
        <item xmlns:media="http://search.yahoo.com/mrss/"><title>d</title><media:thumbnail url="https://x/d.jpg"/></item>`),
      'https://x/',
    );
    expect(page.items.map((item) => (item as Record<string, unknown>).image)).to.deep.equal([
      { src: 'https://x/a.jpg', alt: '' },
      { src: 'https://x/b.png', alt: 'B', width: 850, height: 850 },
      undefined,
      { src: 'https://x/d.jpg', alt: '' },
    ]);
  });

  it('rejects what is not an RSS 2.0 feed', () => {
    expect(() => readRss(xml('<feed xmlns="http://www.w3.org/2005/Atom"/>'), 'https://x/'))
      .to.throw(DataError)
      .with.property('kind', 'schema');
    expect(() => rssAdapter.fromData(42, 'https://x/'))
      .to.throw(DataError)
      .with.property('kind', 'schema');
    expect(() => rssAdapter.fromData('<rss><channel>', 'https://x/'))
      .to.throw(DataError)
      .with.property('kind', 'parse');
  });

  it('asks for RSS first', () => {
    expect(rssAdapter.accept).to.match(/^application\/rss\+xml/);
  });
});
