// Data the fresh-page benchmark serves: the same JSON for the library's page and for the hand-written one.
// Titles end with a number no other title contains (« n° 99 des » is not in « n° 999 des »), so the probe knows the
// last title when it sees it.
const NOW = Date.UTC(2021, 2, 1);
const departements = ['02', '59', '60', '62', '80'];
const cities = ['Lille', 'Roubaix', 'Tourcoing', 'Amiens', 'Beauvais', 'Creil', 'Lens', 'Calais', 'Saint-Quentin'];

export const benchNow = '2021-03-01';

/** `count` upcoming events, one a day at 9 h 30 Paris time from 2 March 2021, soonest first. */
export function events(count) {
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(NOW + (i + 1) * 86_400_000).toISOString().slice(0, 10);
    return {
      id: `rencontre-${i}`,
      title: `Rencontre n° ${i} des cités éducatives`,
      start: `${day}T09:30:00+01:00`,
      end: `${day}T12:30:00+01:00`,
      description: `Une demi-journée d'échanges entre les cités éducatives, rencontre ${i}.`,
      url: `https://www.irev.fr/agenda/rencontre-${i}`,
      place: { name: 'Maison de la cité', address: '2 rue de la République', postalCode: '59300', city: cities[i % cities.length] },
      audience: 'membres des troïkas et des comités de pilotage',
      objectives: ['Partager les pratiques des cités.', 'Préparer la prochaine rencontre.'],
      organiser: { name: 'IREV', url: 'https://www.irev.fr' },
      registration: { url: `https://www.irev.fr/inscription/${i}` },
      tags: ['regional'],
    };
  });
}

/** `count` news items, one an hour back from 1 March 2021, newest first. */
export function news(count) {
  return Array.from({ length: count }, (_, i) => ({
    id: `actualite-${i}`,
    title: `Actualité n° ${i} des Cités éducatives`,
    url: `https://www.irev.fr/actualites/${i}`,
    published: new Date(NOW - i * 3_600_000).toISOString().replace('.000Z', 'Z'),
    type: "Actu de l'IREV",
    themes: ['Education', 'Politique de la ville - DSU'],
    summary: `Résumé de l'actualité ${i}, en quelques mots.`,
  }));
}

/** `count` cités; the first one, « Cité éducative 00000 » in the Aisne (02), is the first title shown. */
export function cites(count) {
  return Array.from({ length: count }, (_, i) => ({
    id: `cite-${i}`,
    name: `Cité éducative ${String(i).padStart(5, '0')}`,
    departement: departements[i % departements.length],
    communes: [`Commune ${i}`, `Ville ${i % 97}`],
    status: i % 3 ? 'labellisee' : 'en-labellisation',
    year: 2019,
  }));
}
