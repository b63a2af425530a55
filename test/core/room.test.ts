import { expect, fixture, html } from '@open-wc/testing';
import { keepRoom } from '../../src/core/room.js';

/** A frame of `width` px whose page holds `markup` and the loader's room: no element is defined there. */
async function frameWith(markup: string, width: number): Promise<Document> {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe style="width: ${width}px; height: 600px; border: 0"></iframe>`);
  const doc = frame.contentDocument!;
  doc.body.innerHTML = markup;
  keepRoom(doc);
  return doc;
}

const height = (doc: Document, selector: string) => doc.querySelector(selector)!.getBoundingClientRect().height;
const rem = (doc: Document) => parseFloat(doc.defaultView!.getComputedStyle(doc.documentElement).fontSize);

describe('room kept before a widget is defined (the loader, CLS ≤ 0.01)', () => {
  it('gives a not-yet-defined list the height of its loading state for its `limit`, and a mount point the same', async () => {
    const doc = await frameWith(
      `<irev-events id="three" limit="3"></irev-events><irev-events id="default"></irev-events>
       <div id="mount" data-irev-widget="events" data-limit="3"></div><irev-news-feed id="news" limit="2"></irev-news-feed>
       <div id="spaced" data-irev-widget="events" data-limit="3">
         &nbsp;
       </div>`,
      1000,
    );
    // Three event cards of 19 rem with the live region's 4 rem; ten by default; two news items.
    expect(height(doc, '#three')).to.be.closeTo(61 * rem(doc), 1);
    expect(height(doc, '#default')).to.be.closeTo(194 * rem(doc), 1);
    expect(height(doc, '#mount')).to.be.closeTo(61 * rem(doc), 1);
    // A mount point as a webmaster types it, or as an editor leaves it: a line break, an &nbsp;.
    expect(height(doc, '#spaced')).to.be.closeTo(61 * rem(doc), 1);
    expect(height(doc, '#news')).to.be.closeTo(35 * rem(doc), 1);
  });

  it('keeps more room on a phone, where cards wrap, and little for a compact feed or a cités list of one département', async () => {
    const doc = await frameWith(
      `<irev-events id="events" limit="3"></irev-events><irev-news-feed id="compact" layout="compact" limit="3"></irev-news-feed>
       <irev-cites-list id="all"></irev-cites-list><irev-cites-list id="oise" departement="60"></irev-cites-list>`,
      390,
    );
    expect(height(doc, '#events')).to.be.closeTo((3 * 42 + 4) * rem(doc), 1);
    expect(height(doc, '#compact')).to.be.lessThan(30 * rem(doc));
    expect(height(doc, '#oise')).to.be.lessThan(height(doc, '#all') / 2);
  });

  it('styles nothing else of the page: a mount point once filled, another div, a defined element', async () => {
    const doc = await frameWith(
      `<div id="filled" data-irev-widget="events"><p>x</p></div><div id="other" limit="3"></div><p>text</p>`,
      1000,
    );
    doc.defaultView!.customElements.define('irev-events', class extends doc.defaultView!.HTMLElement {});
    doc.body.insertAdjacentHTML('beforeend', '<irev-events id="defined" limit="3"></irev-events>');
    expect(height(doc, '#filled')).to.be.lessThan(3 * rem(doc));
    expect(height(doc, '#other')).to.equal(0);
    expect(height(doc, '#defined')).to.equal(0);
  });
});
