import { expect } from '@open-wc/testing';
import { newsJsonAdapter } from '../../src/core/adapters/news-json.js';
import { DataError } from '../../src/core/data-error.js';

const doc = (body: string) => ({ url: 'https://www.irev.fr/data/news.json', contentType: 'application/json', body });

describe('newsJsonAdapter', () => {
  it('reads {"news": [...]} and a bare list, relative URLs resolving against the file', () => {
    const item = { title: 'x', url: 'a', published: '2021-02-26' };
    expect(newsJsonAdapter.read(doc(JSON.stringify({ news: [item] })))).to.deep.equal({
      items: [item],
      base: 'https://www.irev.fr/data/news.json',
    });
    expect(newsJsonAdapter.read(doc(JSON.stringify([item]))).items).to.deep.equal([item]);
    expect(newsJsonAdapter.fromData({ news: [item] }, 'https://example.org/').base).to.equal('https://example.org/');
  });

  it('asks for JSON and rejects a document without a news list', () => {
    expect(newsJsonAdapter.accept).to.equal('application/json');
    expect(() => newsJsonAdapter.read(doc('{"cites": []}')))
      .to.throw(DataError)
      .with.property('kind', 'schema');
    expect(() => newsJsonAdapter.read(doc('{"news": ')))
      .to.throw(DataError)
      .with.property('kind', 'parse');
  });
});
