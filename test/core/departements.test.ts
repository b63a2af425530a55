import { expect } from '@open-wc/testing';
import { departementLabel, departementName, inDepartement } from '../../src/core/departements.js';
import { useLang } from '../../src/core/localization.js';

describe('département names', () => {
  it('name the départements of Hauts-de-France, with their article in French', () => {
    expect(departementLabel('59')).to.equal('Nord (59)');
    expect(inDepartement('02', 'fr')).to.equal("dans l'Aisne");
  });

  it('say « in » and the name in English, through the English messages', async () => {
    await useLang('en');
    try {
      expect(inDepartement('80', 'en')).to.equal('in Somme');
      expect(inDepartement('75', 'en')).to.equal('in département 75');
    } finally {
      await useLang('fr');
    }
  });

  for (const code of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
    it(`treat « ${code} » (from a link or a file) as an unknown code, not as a key of Object.prototype`, () => {
      expect(departementName(code)).to.equal(`Département ${code}`);
      expect(inDepartement(code, 'fr')).to.equal(`dans le département ${code}`);
    });
  }
});
