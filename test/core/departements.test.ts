import { expect } from '@open-wc/testing';
import { departementLabel, departementName, inDepartement } from '../../src/core/departements.js';

describe('département names', () => {
  it('name the départements of Hauts-de-France, with their article in French', () => {
    expect(departementLabel('59')).to.equal('Nord (59)');
    expect(inDepartement('02', 'fr')).to.equal("dans l'Aisne");
    expect(inDepartement('80', 'en')).to.equal('in Somme');
  });

  for (const code of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
    it(`treat « ${code} » (from a link or a file) as an unknown code, not as a key of Object.prototype`, () => {
      expect(departementName(code)).to.equal(`Département ${code}`);
      expect(inDepartement(code, 'fr')).to.equal(`dans le département ${code}`);
    });
  }
});
