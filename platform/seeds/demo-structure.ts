import { makeUai } from '../uai.js';

/**
 * The Éducation nationale's local structure in the demonstration departments: first-degree
 * circonscriptions, bassins (bassins d'éducation et de formation) and the DSDEN. Schools are
 * placed in them through their commune's EPCI, the only geography the seeds hold.
 */
export interface DemoCirconscription {
  code: string;
  name: string;
  departmentCode: string;
}
export interface DemoBassin {
  code: string;
  name: string;
  departmentCode: string;
}
export interface DemoDsden {
  departmentCode: string;
  name: string;
  address: string;
  postalCode: string;
  communeCode: string;
}

/** Circonscription UAIs in a range of their own (…89xx), away from the directory fixtures' (…09xx). */
const circonscription = (departmentCode: string, serial: number, name: string): DemoCirconscription => ({
  code: makeUai(`0${departmentCode}89${String(serial).padStart(2, '0')}`),
  name,
  departmentCode,
});

/**
 * Cher: the six circonscriptions the académie listed (Bourges-Cher-Nord, Bourges-Gibjoncs,
 * Bourges-Cher-Est, Bourges-Périphérie, Saint-Amand-Montrond, Vierzon); their UAIs are stand-ins.
 * Finistère: fifteen circonscriptions named after their seat towns, stand-ins (names and areas not
 * verified against the directory).
 */
export const DEMO_CIRCONSCRIPTIONS: readonly DemoCirconscription[] = [
  ...['Bourges Cher Nord', 'Bourges Gibjoncs', 'Bourges Cher Est', 'Bourges Périphérie', 'Saint-Amand-Montrond', 'Vierzon'].map((name, i) =>
    circonscription('18', i + 1, name),
  ),
  ...[
    'Brest Centre',
    'Brest Nord',
    'Saint-Renan',
    'Lesneven - Abers',
    'Landerneau',
    'Landivisiau - Léon',
    'Morlaix',
    'Carhaix',
    'Châteaulin',
    'Quimper Nord',
    'Quimper Sud',
    'Douarnenez',
    "Pont-l'Abbé",
    'Concarneau',
    'Quimperlé',
  ].map((name, i) => circonscription('29', i + 1, name)),
];

/**
 * Bassins: Cher's three (Bourges, Vierzon, Saint-Amand-Montrond) as the académie d'Orléans-Tours
 * pilots its lycées; Finistère's four after the sectors the département's observatory of collèges
 * uses (Brest, Morlaix, Quimper, Carhaix), standing in for the académie de Rennes' bassins
 * (BAPE), not verified. Codes are stand-ins in the directory's five-digit shape, in a range (…9xx)
 * away from the directory fixtures' codes.
 */
export const DEMO_BASSINS: readonly DemoBassin[] = [
  { code: '18901', name: 'Bourges', departmentCode: '18' },
  { code: '18902', name: 'Vierzon', departmentCode: '18' },
  { code: '18903', name: 'Saint-Amand-Montrond', departmentCode: '18' },
  { code: '29901', name: 'Brest', departmentCode: '29' },
  { code: '29902', name: 'Morlaix', departmentCode: '29' },
  { code: '29903', name: 'Quimper', departmentCode: '29' },
  { code: '29904', name: 'Carhaix', departmentCode: '29' },
];

/** EPCI (SIREN) → its bassin and the circonscriptions sharing its écoles (serials above). */
const AREAS: Record<string, { bassin: string; circonscriptions: number[] }> = {
  // Cher
  '241800507': { bassin: '18901', circonscriptions: [1, 2, 3] }, // CA Bourges Plus: the town's three
  '200066330': { bassin: '18901', circonscriptions: [1] }, // Terres du Haut Berry
  '200069227': { bassin: '18901', circonscriptions: [1] }, // Pays Fort Sancerrois Val de Loire
  '200000933': { bassin: '18902', circonscriptions: [6] }, // Sauldre et Sologne
  '241800374': { bassin: '18901', circonscriptions: [3] }, // la Septaine
  '200032514': { bassin: '18901', circonscriptions: [3] }, // Berry-Loire-Vauvise
  '200007177': { bassin: '18901', circonscriptions: [3] }, // Pays de Nérondes
  '200011781': { bassin: '18901', circonscriptions: [3] }, // Portes du Berry
  '200068088': { bassin: '18901', circonscriptions: [3] }, // Les Bertranges
  '241800457': { bassin: '18901', circonscriptions: [4] }, // FerCher
  '200027076': { bassin: '18903', circonscriptions: [4] }, // Arnon Boischaut Cher
  '241800424': { bassin: '18903', circonscriptions: [4] }, // le Dunois
  '200036135': { bassin: '18903', circonscriptions: [5] }, // Coeur de France
  '200049484': { bassin: '18903', circonscriptions: [5] }, // Berry Grand Sud
  '241800432': { bassin: '18903', circonscriptions: [5] }, // les Trois Provinces
  '200090561': { bassin: '18902', circonscriptions: [6] }, // Vierzon-Sologne-Berry
  '200070571': { bassin: '18902', circonscriptions: [6] }, // Coeur de Berry
  '243600236': { bassin: '18902', circonscriptions: [6] }, // Pays d'Issoudun
  // Finistère
  '242900314': { bassin: '29901', circonscriptions: [1, 2] }, // Brest Métropole
  '242900074': { bassin: '29901', circonscriptions: [3] }, // Pays d'Iroise
  '242900553': { bassin: '29901', circonscriptions: [4] }, // Pays des Abers
  '242900793': { bassin: '29901', circonscriptions: [4] }, // Lesneven Côte des Légendes
  '242900801': { bassin: '29901', circonscriptions: [5] }, // Pays de Landerneau-Daoulas
  '242900751': { bassin: '29902', circonscriptions: [6] }, // Pays de Landivisiau
  '200067072': { bassin: '29902', circonscriptions: [6] }, // Haut-Léon
  '242900835': { bassin: '29902', circonscriptions: [7] }, // Morlaix Communauté
  '200067197': { bassin: '29902', circonscriptions: [7] }, // Monts d'Arrée
  '242900744': { bassin: '29904', circonscriptions: [8] }, // Poher
  '242900561': { bassin: '29904', circonscriptions: [8] }, // Haute Cornouaille
  '200066868': { bassin: '29903', circonscriptions: [9] }, // Presqu'île de Crozon-Aulne maritime
  '200067247': { bassin: '29903', circonscriptions: [9] }, // Pleyben-Châteaulin-Porzay
  '200068120': { bassin: '29903', circonscriptions: [10, 11] }, // Quimper Bretagne Occidentale
  '242900645': { bassin: '29903', circonscriptions: [12] }, // Douarnenez
  '242900629': { bassin: '29903', circonscriptions: [12] }, // Cap Sizun
  '242900702': { bassin: '29903', circonscriptions: [13] }, // Pays Bigouden Sud
  '242900710': { bassin: '29903', circonscriptions: [13] }, // Haut Pays Bigouden
  '242900769': { bassin: '29903', circonscriptions: [14] }, // Concarneau Cornouaille
  '242900660': { bassin: '29903', circonscriptions: [14] }, // Pays Fouesnantais
  '242900694': { bassin: '29903', circonscriptions: [15] }, // Quimperlé Communauté
};

/**
 * The bassin and circonscription of a school in a commune of this EPCI; `index` spreads a town's
 * écoles over the circonscriptions that share it. A commune outside every listed EPCI falls in its
 * department's first bassin and circonscription.
 */
export function areaOf(departmentCode: string, epciSiren: string | undefined, index: number): { bassinCode: string; circonscriptionCode: string } {
  const area = epciSiren ? AREAS[epciSiren] : undefined;
  const serials = area?.circonscriptions ?? [1];
  const serial = serials[index % serials.length]!;
  return {
    bassinCode: area?.bassin ?? `${departmentCode}901`,
    circonscriptionCode: makeUai(`0${departmentCode}89${String(serial).padStart(2, '0')}`),
  };
}

/**
 * The DSDEN (services départementaux de l'Éducation nationale) of each demonstration department.
 * Finistère's is in Quimper, boulevard du Finistère; Cher's in Bourges' cité administrative: the
 * street addresses are stand-ins, not verified.
 */
export const DEMO_DSDEN: readonly DemoDsden[] = [
  {
    departmentCode: '18',
    name: "Direction des services départementaux de l'Éducation nationale du Cher",
    address: 'Cité administrative Condé',
    postalCode: '18000',
    communeCode: '18033',
  },
  {
    departmentCode: '29',
    name: "Direction des services départementaux de l'Éducation nationale du Finistère",
    address: '1 boulevard du Finistère',
    postalCode: '29000',
    communeCode: '29232',
  },
];
