import { expect } from '@open-wc/testing';
import { LIST_MAX, LONG_TEXT_MAX, TEXT_MAX, TITLE_MAX, truncate } from '../../src/core/caps.js';
import { validateItems, withoutNulls } from '../../src/core/validate.js';
import { cite } from '../../src/schemas/cite.js';
import { event } from '../../src/schemas/event.js';
import { newsItem } from '../../src/schemas/news.js';

const meeting = (changes: Record<string, unknown> = {}) => ({
  id: 'r',
  title: 'Rencontre',
  start: '2021-03-09T09:30:00+01:00',
  ...changes,
});

describe('validateItems and the schemas', () => {
  describe('dates', () => {
    it('refuses an impossible date with the reason, and keeps the other items', () => {
      const { items, invalid } = validateItems(event, [
        meeting({ id: 'a', start: '2021-02-30' }),
        meeting({ id: 'b', end: '2021-04-31T10:00:00+02:00' }),
        meeting({ id: 'c', registration: { closes: '2021-03-09T24:00:00+01:00' } }),
        meeting({ id: 'd' }),
      ]);
      expect(items.map((item) => item.id)).to.deep.equal(['d']);
      expect(invalid).to.deep.equal([
        { index: 0, path: 'start', reason: 'jour inexistant : 30 (février 2021 a 28 jours)' },
        { index: 1, path: 'end', reason: 'jour inexistant : 31 (avril 2021 a 30 jours)' },
        { index: 2, path: 'registration.closes', reason: "heure inexistante : 24:00 (écrire 00:00 le jour d'après)" },
      ]);
      expect(validateItems(newsItem, [{ title: 't', url: '/a', published: '2021-02-29' }]).invalid[0].reason).to.equal(
        'jour inexistant : 29 (février 2021 a 28 jours)',
      );
    });

    it('reads a plain-date end as the whole of that day: after a timed start on the same day it is no mistake', () => {
      const { items, invalid } = validateItems(event, [
        meeting({ id: 'meme-jour', end: '2021-03-09' }),
        meeting({ id: 'veille', end: '2021-03-08' }),
        meeting({ id: 'jours', start: '2021-03-10', end: '2021-03-09' }),
        meeting({
          id: 'session',
          sessions: [{ id: 's', title: 'S', start: '2021-03-09T14:00:00+01:00', end: '2021-03-09T13:00:00+01:00' }],
        }),
      ]);
      expect(items.map((item) => item.id)).to.deep.equal(['meme-jour']);
      expect(invalid.map(({ index, path, reason }) => `${index} ${path} ${reason}`)).to.deep.equal([
        '1 end la fin précède le début',
        '2 end la fin précède le début',
        '3 sessions.0.end la fin précède le début',
      ]);
    });
  });

  describe('null', () => {
    it('reads null as absent in every optional field, nested objects and lists included', () => {
      const { items, invalid } = validateItems(event, [
        meeting({
          end: null,
          url: null,
          place: { name: 'Maison', address: null },
          registration: null,
          online: { url: null, platform: 'Zoom' },
          objectives: ['Un', null, 'Deux'],
        }),
      ]);
      expect(invalid).to.deep.equal([]);
      expect(items[0]).to.deep.equal({
        id: 'r',
        title: 'Rencontre',
        start: '2021-03-09T09:30:00+01:00',
        place: { name: 'Maison' },
        online: { platform: 'Zoom' },
        objectives: ['Un', 'Deux'],
      });
      expect(
        validateItems(newsItem, [{ title: 't', url: '/a', published: '2021-02-01', updated: null, image: null }]).items,
      ).to.have.length(1);
    });

    it('keeps a required field required: a null title is invalid, and the report says it is null', () => {
      const { invalid } = validateItems(event, [
        meeting({ title: null }),
        { id: 'x', start: '2021-03-09' },
        meeting({ place: { name: null } }),
        meeting({ sessions: [null, { id: 's', title: null, start: '2021-03-09' }] }),
      ]);
      expect(invalid).to.deep.equal([
        { index: 0, path: 'title', reason: 'champ obligatoire : null ne lui donne pas de valeur' },
        { index: 1, path: 'title', reason: 'champ obligatoire manquant' },
        { index: 2, path: 'place.name', reason: 'champ obligatoire : null ne lui donne pas de valeur' },
        { index: 3, path: 'sessions.0.title', reason: 'champ obligatoire : null ne lui donne pas de valeur' },
      ]);
      expect(validateItems(cite, [null]).invalid).to.have.length(1);
    });

    it('leaves the data it was given untouched, and a "__proto__" key a plain key', () => {
      const raw = JSON.parse('{"id":"r","title":"T","start":"2021-03-09","url":null,"__proto__":{"polluted":true}}');
      const clean = withoutNulls(raw) as Record<string, unknown>;
      expect(raw.url).to.equal(null);
      expect(Object.keys(clean)).to.deep.equal(['id', 'title', 'start', '__proto__']);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });

    it("copies only the item's own keys, in order, and nulls out at every depth, whatever the host added to Object.prototype", () => {
      const raw = JSON.parse('{"a":1,"b":{"c":[1,null,{"d":null,"e":2}],"f":"x"},"g":null,"h":[null]}');
      Object.defineProperty(Object.prototype, 'hostKey', { value: 'host', enumerable: true, configurable: true });
      try {
        const clean = withoutNulls(raw);
        expect(JSON.stringify(clean)).to.equal('{"a":1,"b":{"c":[1,{"e":2}],"f":"x"},"h":[]}');
        expect(Object.hasOwn(clean as object, 'hostKey')).to.equal(false);
        // Nothing null: the item is read as it is.
        const plain = JSON.parse('{"a":[1,{"b":"c"}]}');
        expect(withoutNulls(plain)).to.equal(plain);
      } finally {
        delete (Object.prototype as Record<string, unknown>).hostKey;
      }
    });
  });

  describe('reasons', () => {
    it("names each rule's problem in the editor's words, not zod's generic « Invalid input »", () => {
      const good = { id: 'c', name: 'Cité', departement: '59', communes: ['Lille'], status: 'labellisee' };
      const { invalid } = validateItems(cite, [
        { ...good, name: '   ' },
        { ...good, communes: [] },
        { ...good, status: 'labellisée' },
        { ...good, year: 2200 },
        { ...good, year: 2018 },
        { ...good, year: 2020.5 },
        { ...good, departement: '590' },
        { id: 'c', name: 'Cité', departement: '59', communes: ['Lille'] },
      ]);
      expect(invalid.map(({ path, reason }) => `${path}: ${reason}`)).to.deep.equal([
        'name: texte vide',
        'communes: liste vide',
        'status: valeur attendue : labellisee, en-labellisation',
        'year: au plus 2100',
        'year: au moins 2019',
        'year: nombre entier attendu',
        'departement: code de département attendu (ex. « 59 »)',
        'status: valeur attendue : labellisee, en-labellisation',
      ]);
      expect(validateItems(event, [meeting({ cancelled: 'oui' })]).invalid[0].reason).to.equal('valeur attendue : true, false');
    });

    it('refuses a number written as text, or no finite number, before its range, and keeps an absent one absent', () => {
      const good = { id: 'c', name: 'Cité', departement: '59', communes: ['Lille'], status: 'labellisee' };
      const { items, invalid } = validateItems(cite, [
        { ...good, year: '2020' },
        { ...good, id: 'd', year: Infinity },
        { ...good, id: 'e' },
      ]);
      expect(invalid.map(({ path, reason }) => `${path}: ${reason}`)).to.deep.equal(['year: Invalid input', 'year: Invalid input']);
      expect(items).to.have.length(1);
      expect('year' in items[0]).to.equal(false);
      const news = (image: unknown) => ({ title: 't', url: '/a', published: '2021-02-01', image });
      const sized = validateItems(newsItem, [news({ src: '/i.svg', width: '300' }), news({ src: '/i.svg', width: 300, height: 200 })]);
      expect(sized.invalid.map(({ path, reason }) => `${path}: ${reason}`)).to.deep.equal(['image.width: Invalid input']);
      expect(sized.items[0].image).to.deep.equal({ src: '/i.svg', alt: '', width: 300, height: 200 });
    });
  });

  describe('images', () => {
    it('reads an image without alt text (absent or null) as decorative: alt is empty, never undefined', () => {
      const item = (alt?: unknown) => ({ title: 't', url: '/a', published: '2021-02-01', image: { src: '/i.svg', alt } });
      const { items } = validateItems(newsItem, [item(), item(null), item('Carte')]);
      expect(items.map((news) => news.image)).to.deep.equal([
        { src: '/i.svg', alt: '' },
        { src: '/i.svg', alt: '' },
        { src: '/i.svg', alt: 'Carte' },
      ]);
    });
  });

  describe('ids', () => {
    it('leaves out an item whose id an earlier one has, saying which', () => {
      const { items, invalid } = validateItems(event, [meeting({ id: 'a' }), meeting({ id: 'b' }), meeting({ id: 'a', title: 'Copie' })]);
      expect(items.map((item) => item.title)).to.deep.equal(['Rencontre', 'Rencontre']);
      expect(invalid).to.deep.equal([{ index: 2, path: 'id', reason: "identifiant déjà porté par l'élément [0]" }]);
    });
  });

  describe('text lengths', () => {
    const word = 'ж'.repeat(1_000_000);
    it('cuts every text to its cap with « … » before anything sees it, keeping ids whole', () => {
      const long = `${'Lorem ipsum '.repeat(500)}fin`;
      const { items } = validateItems(event, [
        meeting({
          id: word,
          title: word,
          description: long,
          audience: word,
          objectives: Array.from({ length: 1000 }, () => word),
          place: { name: word, city: word },
        }),
      ]);
      const [shown] = items;
      expect(shown.id).to.equal(word);
      expect(shown.title).to.have.length(TITLE_MAX);
      expect(shown.title.endsWith('ж…')).to.equal(true);
      expect(shown.description!.length).to.be.at.most(LONG_TEXT_MAX);
      expect(shown.description, 'cut between words').to.match(/ (Lorem|ipsum)…$/);
      expect(shown.audience).to.have.length(TEXT_MAX);
      expect(shown.objectives).to.have.length(LIST_MAX);
      expect(shown.place!.name).to.have.length(TITLE_MAX);
      const [item] = validateItems(newsItem, [{ title: word, url: '/a', published: '2021-02-01', summary: word, themes: [word] }]).items;
      expect([item.title.length, item.summary!.length, item.themes![0].length]).to.deep.equal([TITLE_MAX, LONG_TEXT_MAX, TEXT_MAX]);
      const [place] = validateItems(cite, [
        { id: 'c', name: word, departement: '59', communes: [word], status: 'labellisee', contact: { email: word } },
      ]).items;
      expect([place.name.length, place.communes[0].length, place.contact!.email!.length]).to.deep.equal([TITLE_MAX, TEXT_MAX, TEXT_MAX]);
    });

    it('never cuts an emoji or a letter from its accent', () => {
      expect(truncate('ab🎓🎓', 4)).to.equal('ab…');
      expect(truncate('abe\u0301e\u0301', 4)).to.equal('ab…');
      expect(truncate('Le réseau régional des Cités éducatives', 20)).to.equal('Le réseau régional…');
    });
  });
});
