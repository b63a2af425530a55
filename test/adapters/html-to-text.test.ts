import { expect } from '@open-wc/testing';
import { htmlToText } from '../../src/core/adapters/html-to-text.js';
import { HTML_MAX, truncate } from '../../src/core/caps.js';

describe('htmlToText', () => {
  it('keeps the words, decodes entities and separates blocks', () => {
    expect(htmlToText('<p>Les horaires de la ligne 32&nbsp;seront <strong>ajustés</strong>.</p><p>Lire&#160;la suite</p>')).to.equal(
      'Les horaires de la ligne 32 seront ajustés. Lire la suite',
    );
    expect(htmlToText('<ul><li>Beauvais</li><li>Montataire</li></ul>Soissons<br>Liévin')).to.equal('Beauvais Montataire Soissons Liévin');
  });

  it('does not split a word cut by inline tags', () => {
    expect(htmlToText('le jeudi 12 j</u></span><span style="color:red"><u>uin :')).to.equal('le jeudi 12 juin :');
  });

  it('drops scripts, styles and embedded content, and runs nothing', async () => {
    const text = htmlToText(
      '<script>window.__irevPwned=1</script><style>p{}</style><p>Résumé<img src="x" onerror="window.__irevPwned=1"></p><iframe src="javascript:window.__irevPwned=1"></iframe>',
    );
    expect(text).to.equal('Résumé');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as unknown as { __irevPwned?: number }).__irevPwned).to.equal(undefined);
    // Parsed in an inert document: the image was never requested.
    expect(performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/x'))).to.equal(false);
  });

  it('leaves plain text alone, spaces collapsed', () => {
    expect(htmlToText('  Une   actualité\n  sur deux lignes ')).to.equal('Une actualité sur deux lignes');
    expect(htmlToText('')).to.equal('');
    expect(htmlToText(undefined)).to.equal('');
  });

  it('reads no more than HTML_MAX characters of a huge description', () => {
    const huge = `${'<b>mot</b> '.repeat(500_000)}FIN`;
    const text = htmlToText(huge);
    expect(text)
      .to.match(/^mot mot/)
      .and.not.contain('FIN');
    expect(text.length).to.be.below(HTML_MAX);
    expect(htmlToText(`${'ж'.repeat(1_000_000)}`, 300)).to.have.length(300);
  });

  it('shortens long text at a word boundary', () => {
    const long = 'Le réseau régional des Cités éducatives des Hauts-de-France a plusieurs vocations, dont la qualification.';
    const short = htmlToText(`<p>${long}</p>`, 60);
    expect(short.length).to.be.at.most(60);
    expect(short).to.equal('Le réseau régional des Cités éducatives des Hauts-de-France…');
    expect(truncate('court', 60)).to.equal('court');
  });
});
