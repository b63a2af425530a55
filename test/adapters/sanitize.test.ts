import { expect } from '@open-wc/testing';
import { sanitizeHtml } from '../../src/core/adapters/sanitize.js';
import { HTML_MAX, LONG_TEXT_MAX, RICH_NODES_MAX } from '../../src/core/caps.js';

/** The sanitized fragment as markup, to compare with what is expected. */
function clean(html: string, base?: string): string {
  const div = document.createElement('div');
  div.append(sanitizeHtml(html, base));
  return div.innerHTML;
}

describe('sanitizeHtml', () => {
  it('keeps paragraphs, line breaks, emphasis, lists and links', () => {
    expect(clean('<p>Un <strong>guide</strong> et <em>deux</em> listes<br>:</p><ul><li>a</li></ul><ol><li>b</li></ol>')).to.equal(
      '<p>Un <strong>guide</strong> et <em>deux</em> listes<br>:</p><ul><li>a</li></ul><ol><li>b</li></ol>',
    );
    expect(clean('<b>gras</b> <i>italique</i>')).to.equal('<strong>gras</strong> <em>italique</em>');
  });

  it('removes every attribute but a safe href, resolved against the base', () => {
    expect(
      clean(
        '<p class="x" style="color:red" onclick="alert(1)"><a href="/a" title="t" target="_blank" onclick="x">lien</a></p>',
        'https://www.irev.fr/',
      ),
    ).to.equal('<p><a href="https://www.irev.fr/a">lien</a></p>');
    for (const href of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      '&#106;avascript:alert(1)',
      'vbscript:x',
    ]) {
      expect(clean(`<a href="${href}">x</a>`), href).to.equal('<a>x</a>');
    }
    expect(clean('<a href="mailto:contact@irev.fr">écrire</a>')).to.equal('<a href="mailto:contact@irev.fr">écrire</a>');
  });

  it('drops scripts, images, frames, forms and SVG with their content', async () => {
    const html =
      '<script>window.__irevPwned=1</script><img src="https://tracker.example/p.gif"><iframe src="javascript:1"></iframe><svg onload="window.__irevPwned=1"><text>t</text></svg><form><input value="x"><button>b</button></form><style>*{}</style><p>reste</p>';
    expect(clean(html)).to.equal('<p>reste</p>');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as unknown as { __irevPwned?: number }).__irevPwned).to.equal(undefined);
  });

  it('unwraps other elements, keeping their text and blocks apart', () => {
    const html = clean('<div><h2>Titre</h2><span style="x"><u>soulig</u></span><u>né</u></div><table><tr><td>case</td></tr></table>');
    expect(html).to.not.contain('<');
    expect(html.replace(/\s+/g, ' ').trim()).to.equal('Titre souligné case');
  });

  it('keeps at most RICH_NODES_MAX nodes of a huge fragment, and marks the cut', () => {
    const div = document.createElement('div');
    div.append(sanitizeHtml('<ul><li>un <em>point</em></li></ul>'.repeat(200_000)));
    expect(div.querySelectorAll('*').length).to.be.at.most(RICH_NODES_MAX);
    expect(div.lastElementChild!.localName).to.equal('ul');
    expect(div.textContent)
      .to.match(/^un point/)
      .and.match(/…$/);
  });

  it('keeps at most LONG_TEXT_MAX characters of text, cut with « … », and parses no more than HTML_MAX characters', () => {
    const div = document.createElement('div');
    div.append(sanitizeHtml(`<p>${'ж'.repeat(1_000_000)}</p>`));
    expect(div.innerHTML).to.equal(`<p>${'ж'.repeat(LONG_TEXT_MAX - 1)}…</p>`);
    // What lies after the first HTML_MAX characters is never parsed.
    expect(clean(`${' '.repeat(HTML_MAX)}<p>caché</p>`)).to.not.contain('caché');
  });

  it('builds new nodes of the page’s document, not adopted ones', () => {
    const fragment = sanitizeHtml('<p>x</p>');
    expect(fragment.firstChild!.ownerDocument).to.equal(document);
  });

  it('unwraps an element named like a key of Object.prototype (<constructor>) instead of failing', () => {
    expect(clean('<p><constructor>Texte</constructor> et <hasownproperty>suite</hasownproperty></p>')).to.equal('<p>Texte et suite</p>');
  });
});
