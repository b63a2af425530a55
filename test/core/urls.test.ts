import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/core/urls.js';

const base = 'https://www.irev.fr/data/news.json';

describe('safeUrl', () => {
  describe('lets through', () => {
    const allowed: [string, string][] = [
      ['https://www.irev.fr/actualites', 'https://www.irev.fr/actualites'],
      ['http://example.org/a?b=c#d', 'http://example.org/a?b=c#d'],
      ['mailto:contact@irev.fr', 'mailto:contact@irev.fr'],
      ['tel:+33320251020', 'tel:+33320251020'],
      ['/actualites/point-sur-lactualite', 'https://www.irev.fr/actualites/point-sur-lactualite'],
      ['cites.json', 'https://www.irev.fr/data/cites.json'],
      ['  https://www.irev.fr/  ', 'https://www.irev.fr/'],
      ['HTTPS://WWW.IREV.FR/', 'https://www.irev.fr/'],
      // Only a scheme followed by « // » reads the same against any base: these two still read against the data's.
      ['https:actualites.html', 'https://www.irev.fr/data/actualites.html'],
      ['//cdn.example.org/a.png', 'https://cdn.example.org/a.png'],
      ['\u00a0https://www.irev.fr/a?b=1&amp;c=2', 'https://www.irev.fr/a?b=1&amp;c=2'],
    ];
    for (const [raw, expected] of allowed) {
      it(`${JSON.stringify(raw)} as ${expected}`, () => expect(safeUrl(raw, base)).to.equal(expected));
    }
  });

  describe('refuses', () => {
    const refused = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      '\u0000javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'java\rscript:alert(1)',
      '\u0001\u0002javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'vbscript:msgbox(1)',
      'VBScript:msgbox(1)',
      'file:///etc/passwd',
      'blob:https://www.irev.fr/uuid',
      '&#106;avascript:alert(1)',
      '&#x6A;avascript:alert(1)',
      '&#0000106avascript:alert(1)',
      'javascript&colon;alert(1)',
      'java&Tab;script:alert(1)',
      'jav&#x09;ascript:alert(1)',
      '',
      '   ',
    ];
    for (const raw of refused) {
      it(JSON.stringify(raw), () => expect(safeUrl(raw, base)).to.equal(undefined));
    }
    it('what is not a string', () => {
      for (const value of [undefined, null, 42, {}, ['https://a.b']]) expect(safeUrl(value, base)).to.equal(undefined);
    });
  });

  it('resolves relative links against the data, not the host page', () => {
    expect(safeUrl('/node/12', 'https://drupal.example.org/jsonapi/node/article')).to.equal('https://drupal.example.org/node/12');
  });

  it('answers the same link read from two sources against each source (answers are kept per link and base)', () => {
    expect(safeUrl('actualite.html', 'https://a.example.org/news.json')).to.equal('https://a.example.org/actualite.html');
    expect(safeUrl('actualite.html', 'https://b.example.org/news.json')).to.equal('https://b.example.org/actualite.html');
    expect(safeUrl('javascript:alert(1)', 'https://a.example.org/')).to.equal(undefined);
  });
});
