import { fileURLToPath } from 'node:url';
import { PriorityEducation, SchoolKind, SchoolSector, SchoolState } from '../subgraphs/pedagogy/schools/school.entity.js';
import type { SchoolRecord } from '../subgraphs/pedagogy/schools/school.rules.js';

/** The fixtures of the national school directory import: a small file in each official layout (invented schools). */
export const directoryFixture = (name: string) => fileURLToPath(new URL(`../subgraphs/pedagogy/schools/directory/fixtures/${name}`, import.meta.url));
export const DIRECTORY_FILE = 'fr-en-annuaire-education.csv';
export const ECOLES_FILE = 'fr-en-ecoles-effectifs-nb_classes.csv';
export const LYCEES_FILE = 'effectifs-lycees.csv';

const CIRCONSCRIPTIONS = {
  bourges: { code: '0180901G', name: 'Bourges 1' },
  vierzon: { code: '0180902H', name: 'Vierzon' },
  stAmand: { code: '0180903J', name: 'Saint-Amand-Montrond' },
  brest: { code: '0290901X', name: 'Brest Centre' },
  quimper: { code: '0290902Y', name: 'Quimper' },
  morlaix: { code: '0290903Z', name: 'Morlaix' },
} as const;

/** Every line of the fixture gives its bassin (code_bassin_formation, libelle_bassin_formation). */
const BASSINS = {
  cher: { code: '18001', name: '018A-BOURGES' },
  finistere: { code: '14003', name: '029B-BREST' },
} as const;

type Row = [
  line: number,
  uai: string,
  name: string,
  kind: keyof typeof SchoolKind,
  sector: keyof typeof SchoolSector,
  commune: string,
  pupils: number | null,
  circonscription: keyof typeof CIRCONSCRIPTIONS | null,
  priority: keyof typeof PriorityEducation | null,
  latitude: number,
  longitude: number,
  state: keyof typeof SchoolState,
];

/** Written by hand from the fixture's lines: what each line must become (pupils: the directory's own count). */
const ROWS: Row[] = [
  [2, '0181101Z', 'Ecole maternelle publique Les Tilleuls', 'MATERNELLE', 'PUBLIC', '18033', 69, 'bourges', null, 47.085, 2.3988, 'OPEN'],
  [3, '0181102A', 'Ecole élémentaire publique Jean Zay', 'ELEMENTAIRE', 'PUBLIC', '18279', 197, 'vierzon', 'REP', 47.2189, 2.0685, 'OPEN'],
  [4, '0181103B', 'Ecole primaire publique George Sand', 'PRIMAIRE', 'PUBLIC', '18197', 212, 'stAmand', null, 46.7228, 2.505, 'OPEN'],
  [5, '0181104C', 'Ecole primaire privée Sainte-Marie', 'PRIMAIRE', 'PRIVATE', '18033', 159, 'bourges', null, 47.081, 2.4048, 'OPEN'],
  [6, '0181105D', 'Collège Les Forges', 'COLLEGE', 'PUBLIC', '18279', 412, null, 'REP', 47.2219, 2.0785, 'OPEN'],
  [7, '0181106E', 'Lycée général et technologique Les Marronniers', 'LYCEE', 'PUBLIC', '18033', 1076, null, null, 47.073, 2.3988, 'OPEN'],
  [8, '0181107F', 'Lycée professionnel Les Ateliers', 'LYCEE_PRO', 'PUBLIC', '18279', 360, null, null, 47.2289, 2.0685, 'OPEN'],
  [9, '0181108G', 'Ecole primaire publique du Bourg', 'PRIMAIRE', 'PUBLIC', '18066', null, 'vierzon', null, 47.0553, 2.1706, 'CLOSED'],
  [10, '0291501Z', 'Ecole élémentaire publique Les Goélands', 'ELEMENTAIRE', 'PUBLIC', '29019', 240, 'brest', 'REP_PLUS', 48.4024, -4.4861, 'OPEN'],
  [11, '0291502A', 'Ecole maternelle publique Les Korrigans', 'MATERNELLE', 'PUBLIC', '29232', 97, 'quimper', null, 47.996, -4.1024, 'OPEN'],
  [12, '0291503B', 'Ecole primaire privée Sainte-Anne', 'PRIMAIRE', 'PRIVATE', '29151', 130, 'morlaix', null, 48.5776, -3.8267, 'OPEN'],
  [13, '0291504C', 'Collège privé Saint-Joseph', 'COLLEGE', 'PRIVATE', '29103', 538, null, null, 48.4508, -4.2494, 'OPEN'],
  [14, '0291505D', 'Lycée polyvalent privé Notre-Dame des Flots', 'LYCEE', 'PRIVATE', '29019', 917, null, null, 48.3904, -4.4711, 'OPEN'],
  [15, '0291506E', 'Lycée général et technologique Les Albatros', 'LYCEE', 'PUBLIC', '29232', 1183, null, null, 47.986, -4.1024, 'OPEN'],
  [16, '0291507F', 'Collège Les Mouettes', 'COLLEGE', 'PUBLIC', '29039', 455, null, null, 47.8753, -3.9189, 'OPEN'],
];

/** The fixture's schools, each with the line that gives it. */
export const FIXTURE_SCHOOLS: Array<{ line: number; school: SchoolRecord }> = ROWS.map(
  ([line, uai, name, kind, sector, communeCode, pupils, circonscription, priorityEducation, latitude, longitude, state]) => ({
    line,
    school: {
      uai,
      name,
      kind: SchoolKind[kind],
      sector: SchoolSector[sector],
      departmentCode: uai.startsWith('018') ? '18' : '29',
      communeCode,
      pupils,
      circonscription: circonscription ? CIRCONSCRIPTIONS[circonscription] : null,
      bassin: uai.startsWith('018') ? BASSINS.cher : BASSINS.finistere,
      priorityEducation: priorityEducation && PriorityEducation[priorityEducation],
      latitude,
      longitude,
      state: SchoolState[state],
    },
  }),
);

export const FIXTURE_CIRCONSCRIPTIONS = Object.values(CIRCONSCRIPTIONS);

/** Pupils of the rentrée 2024 in the two count fixtures (écoles, lycées), by UAI; 0181199F is in no directory line. */
export const COUNTED_2024: Record<string, number> = {
  '0181101Z': 72,
  '0181102A': 198,
  '0181103B': 214,
  '0181104C': 158,
  '0291501Z': 241,
  '0291502A': 95,
  '0291503B': 131,
  '0181106E': 1083,
  '0181107F': 367,
  '0291505D': 924,
  '0291506E': 1190,
};
