import { expect } from '@open-wc/testing';
import { jsonApiAdapter, readJsonApi } from '../../src/core/adapters/jsonapi.js';
import { defaultJsonApiFields, parseFieldMapping } from '../../src/core/adapters/jsonapi-fields.js';
import { DataError } from '../../src/core/data-error.js';
import { validateItems } from '../../src/core/validate.js';
import { newsItem } from '../../src/schemas/news.js';

const BASE = 'https://www.irev.fr/jsonapi/node/actualite';
const fixture = async (name: string) => (await fetch(`/test/fixtures/news/${name}`)).json() as Promise<unknown>;
const fields = parseFieldMapping('type: field_type_actualite').fields;

describe('parseFieldMapping', () => {
  it('starts from Drupal core’s field names', () => {
    expect(parseFieldMapping('').fields).to.deep.equal(defaultJsonApiFields);
    expect(defaultJsonApiFields).to.include({ title: 'title', published: 'created', updated: 'changed', summary: 'body', url: 'path' });
    expect(defaultJsonApiFields).to.include({ themes: 'field_tags', image: 'field_image' });
  });

  it('reads `part: field` pairs separated by commas, semicolons or lines, with : or =', () => {
    const { fields: mapped, unknown } = parseFieldMapping(
      'summary: field_action_summary; themes = field_action_categories\nimage:field_visuel, resume: x',
    );
    expect(mapped).to.include({
      summary: 'field_action_summary',
      themes: 'field_action_categories',
      image: 'field_visuel',
      title: 'title',
    });
    expect(unknown).to.deep.equal(['resume']);
  });

  it('takes an object too, and an empty name leaves a part out', () => {
    expect(parseFieldMapping({ image: '', themes: 'field_categories' }).fields).to.include({ image: '', themes: 'field_categories' });
  });
});

describe('readJsonApi', () => {
  it('maps a Drupal node with its included terms, media and file', async () => {
    const page = readJsonApi(await fixture('jsonapi-page-1.json'), BASE, fields);
    const seed = page.items[1] as Record<string, unknown>;
    expect(seed).to.deep.include({
      id: 'a0',
      title: "Point sur l'actualité des Cités éducatives",
      url: '/actualites-0/point-sur-lactualite-des-cites-educatives-0',
      published: '2021-02-26T12:45:00+00:00',
      updated: '2021-03-02T08:28:00+00:00',
      type: "Actu de l'IREV",
      themes: ['Education', 'Politique de la ville - DSU'],
      image: {
        src: '/test/fixtures/news/images/cites-educatives.svg',
        alt: 'Carte des 21 Cités éducatives des Hauts-de-France',
        width: 640,
        height: 400,
      },
    });
    expect(seed.summary).to.match(/^L'IREV, en tant que centre de ressources/);
    expect(seed.summaryHtml).to.match(/^<p>L'IREV/);
    // Every item passes the one news schema.
    expect(validateItems(newsItem, page.items).invalid).to.deep.equal([]);
  });

  it('gives the next page exactly as linked, resolved against the document', async () => {
    const page = readJsonApi(await fixture('jsonapi-page-1.json'), 'http://localhost:8000/mock?file=x', fields);
    expect(page.next).to.equal('http://localhost:8000/mock?file=test/fixtures/news/jsonapi-page-2.json&type=application%2Fvnd.api%2Bjson');
    expect(readJsonApi(await fixture('jsonapi-page-3.json'), BASE, fields).next).to.equal(undefined);
    expect(readJsonApi({ data: [], links: { next: 'page-2.json' } }, BASE, fields).next).to.equal(
      'https://www.irev.fr/jsonapi/node/page-2.json',
    );
    expect(readJsonApi({ data: [], links: { next: { href: 'javascript:alert(1)' } } }, BASE, fields).next).to.equal(undefined);
  });

  it('reads a node without alias, a term missing from included[], a file referenced directly, Unix timestamps', async () => {
    const page2 = readJsonApi(await fixture('jsonapi-page-2.json'), BASE, fields);
    const [diagnostic, soutien] = page2.items as Record<string, unknown>[];
    expect(soutien.url).to.equal('/node/3091');
    expect(soutien.themes).to.deep.equal(['Politique de la ville - DSU']);
    expect(soutien.image).to.equal(undefined);
    expect(diagnostic.image).to.deep.equal({ src: '/test/fixtures/news/images/cites-educatives.svg', alt: '', width: 640, height: 400 });
    const appel = readJsonApi(await fixture('jsonapi-page-3.json'), BASE, fields).items[1] as Record<string, unknown>;
    expect(appel.published).to.equal('2019-06-13T09:00:00.000Z');
  });

  it('leaves out what is not included, and a node without a title fails validation alone', async () => {
    const page = readJsonApi(await fixture('jsonapi-mixed.json'), BASE, defaultJsonApiFields);
    const { items, invalid } = validateItems(newsItem, page.items);
    expect(items.map((item) => item.title)).to.deep.equal(['Valide 1', 'Valide 2', 'Valide 3']);
    expect(invalid.map((item) => [item.index, item.path])).to.deep.equal([
      [1, 'title'],
      [3, 'published'],
    ]);
  });

  it('reads only a node’s own fields, never a key of Object.prototype, whatever `fields` names', async () => {
    const document = await fixture('jsonapi-page-1.json');
    const prototype = Object.prototype as Record<string, unknown>;
    // A host page that added an enumerable key to Object.prototype, and an editor who names it.
    prototype.irevPolluted = 'Texte injecté';
    try {
      const mapping = parseFieldMapping('summary: irevPolluted, type: constructor, url: __proto__').fields;
      for (const item of readJsonApi(document, BASE, mapping).items as Record<string, unknown>[]) {
        expect(item.summary).to.equal(undefined);
        expect(item.type).to.equal(undefined);
        expect(item.url).to.match(/^\/node\/\d+$/);
      }
    } finally {
      delete prototype.irevPolluted;
    }
  });

  it('reads a single resource, and rejects error documents and other shapes', () => {
    const single = readJsonApi({ data: { type: 'node--article', id: '1', attributes: { title: 'Seule' } } }, BASE, fields);
    expect(single.items).to.have.length(1);
    const error = () =>
      readJsonApi(
        { errors: [{ title: 'Forbidden', detail: 'The current user is not allowed to GET the selected resource.' }] },
        BASE,
        fields,
      );
    expect(error)
      .to.throw(DataError, /not allowed/)
      .with.property('kind', 'schema');
    expect(() => readJsonApi({ news: [] }, BASE, fields))
      .to.throw(DataError)
      .with.property('kind', 'schema');
    expect(() => readJsonApi([1, 2], BASE, fields))
      .to.throw(DataError)
      .with.property('kind', 'schema');
  });

  it('asks with the JSON:API media type', () => {
    expect(jsonApiAdapter().accept).to.equal('application/vnd.api+json');
  });
});
