import { describe, expect, it } from '@jest/globals';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { COUNTED_2024, DIRECTORY_FILE, directoryFixture, ECOLES_FILE, FIXTURE_SCHOOLS, LYCEES_FILE } from '../../../../test/school-directory.fixtures.js';
import { csvSource } from '../../pix/pix-import.js';
import { SchoolKind, SchoolSector, SchoolState } from '../school.entity.js';
import { schoolFaults, type SchoolRecord } from '../school.rules.js';
import { readDirectory } from './directory-read.js';
import { readPupilCounts } from './pupil-counts.js';

type Fault = { line: number; uai: string | null; reason: string };

async function read(source: Readable, departments?: string[]) {
  const faults: Fault[] = [];
  const reading = await readDirectory(source, {
    departments: departments && new Set(departments),
    fault: (line, uai, reason) => faults.push({ line, uai, reason }),
  });
  return { ...reading, faults };
}
const fixtureText = () => readFile(directoryFixture(DIRECTORY_FILE), 'utf8');
/** The fixture with its lines changed (line numbers as in the file: the header is line 1). */
const edited = async (edit: (lines: string[]) => void) => {
  const lines = (await fixtureText()).trimEnd().split('\n');
  edit(lines);
  return csvSource(lines.join('\n'));
};
/** Sets one column of one line of the fixture. */
const setCell = (lines: string[], line: number, column: string, value: string) => {
  const at = lines[0]!.split(';').indexOf(column);
  const cells = lines[line - 1]!.split(';');
  cells[at] = value;
  lines[line - 1] = cells.join(';');
};

/** The 72 columns of the official export, in its order: the fixture's header must be exactly this. */
const EXPORT_HEADER =
  'Identifiant_de_l_etablissement;Nom_etablissement;Type_etablissement;Statut_public_prive;Adresse_1;Adresse_2;Adresse_3;Code_postal;' +
  'Code_commune;Nom_commune;Code_departement;Code_academie;Code_region;Ecole_maternelle;Ecole_elementaire;Voie_generale;' +
  'Voie_technologique;Voie_professionnelle;Telephone;Fax;Web;Mail;Restauration;Hebergement;ULIS;Apprentissage;Segpa;Section_arts;' +
  'Section_cinema;Section_theatre;Section_sport;Section_internationale;Section_europeenne;Lycee_Agricole;Lycee_militaire;' +
  'Lycee_des_metiers;Post_BAC;Appartenance_Education_Prioritaire;GRETA;SIREN_SIRET;Nombre_d_eleves;Fiche_onisep;position;' +
  'Type_contrat_prive;Libelle_departement;Libelle_academie;Libelle_region;coordX_origine;coordY_origine;epsg_origine;' +
  'nom_circonscription;latitude;longitude;precision_localisation;date_ouverture;date_maj_ligne;etat;ministere_tutelle;multi_uai;' +
  'rpi_concentre;rpi_disperse;code_nature;libelle_nature;Code_type_contrat_prive;PIAL;etablissement_mere;' +
  'type_rattachement_etablissement_mere;code_circonscription;code_zone_animation_pedagogique;libelle_zone_animation_pedagogique;' +
  'code_bassin_formation;libelle_bassin_formation';

describe('reading the national school directory', () => {
  it('has a fixture in the exact layout of the export: its 72 columns, in order, on every line', async () => {
    const lines = (await fixtureText()).trimEnd().split('\n');
    expect(lines[0]).toBe(EXPORT_HEADER);
    expect(EXPORT_HEADER.split(';')).toHaveLength(72);
    expect(lines.slice(1).map((l) => l.split(';').length)).toEqual(Array(17).fill(72));
  });

  it('reads every school of the fixture exactly, with the line it comes from, and leaves the others aside', async () => {
    const reading = await read(createReadStream(directoryFixture(DIRECTORY_FILE), { encoding: 'utf8' }));
    expect(reading.faults).toEqual([]);
    expect(reading.lines).toBe(17);
    expect(reading.schools).toEqual(FIXTURE_SCHOOLS);
    expect(Object.fromEntries(reading.skipped)).toEqual({
      'Type_etablissement « Information et orientation »': 1,
      'private school without a contract (hors contrat)': 1,
    });
    // Addresses, phones and e-mails of the export are never read.
    const text = JSON.stringify(reading);
    for (const kept of ['rue', '02 48', '02 98', 'ce.', '@']) expect(text).not.toContain(kept);
  });

  it('reads only the departments asked for', async () => {
    const reading = await read(csvSource(await fixtureText()), ['29']);
    expect(reading.schools.map((s) => s.school.uai)).toEqual(FIXTURE_SCHOOLS.filter((s) => s.school.uai.startsWith('029')).map((s) => s.school.uai));
    expect(reading.skipped.get('department not asked for')).toBe(8);
  });

  it('leaves aside the collectivities that are not departments, and refuses a malformed department code', async () => {
    const source = await edited((lines) => {
      setCell(lines, 2, 'Code_departement', '975');
      setCell(lines, 3, 'Code_departement', '18');
    });
    const reading = await read(source);
    expect(reading.skipped.get('Code_departement 975, not one of the 101 departments')).toBe(1);
    expect(reading.faults).toEqual([{ line: 3, uai: '0181102A', reason: 'Code_departement « 18 » is not a code such as 018, 02A or 971' }]);
  });

  it('reads the header by its names, whatever their case (API field names) and order', async () => {
    const lines = (await fixtureText()).trimEnd().split('\n');
    const reversed = lines.map((l) => l.split(';').reverse().join(';'));
    reversed[0] = reversed[0]!.toLowerCase();
    const reading = await read(csvSource(reversed.join('\n')));
    expect(reading.schools).toEqual(FIXTURE_SCHOOLS);
  });

  it('reads a directory without the Nombre_d_eleves column (older exports): no count then', async () => {
    const lines = (await fixtureText()).trimEnd().split('\n');
    const at = lines[0]!.split(';').indexOf('Nombre_d_eleves');
    const without = lines.map((l) =>
      l
        .split(';')
        .filter((_, i) => i !== at)
        .join(';'),
    );
    const reading = await read(csvSource(without.join('\n')));
    expect(reading.faults).toEqual([]);
    expect(reading.schools.map((s) => s.school.pupils)).toEqual(FIXTURE_SCHOOLS.map(() => null));
  });

  it('gives the kind of an école from its nature when neither level is flagged, and leaves aside one of neither', async () => {
    const source = await edited((lines) => {
      setCell(lines, 2, 'Ecole_maternelle', '');
      setCell(lines, 3, 'Ecole_elementaire', '0');
      setCell(lines, 3, 'code_nature', '169');
    });
    const reading = await read(source);
    expect(reading.schools.find((s) => s.line === 2)?.school.kind).toBe(SchoolKind.MATERNELLE);
    expect(reading.schools.find((s) => s.line === 3)).toBeUndefined();
    expect(reading.skipped.get('école with neither nursery nor elementary classes')).toBe(1);
  });

  it('reports every bad line with its number, its UAI and what is wrong', async () => {
    const source = await edited((lines) => {
      setCell(lines, 2, 'Statut_public_prive', 'Associatif');
      setCell(lines, 4, 'etat', 'EN TRAVAUX');
      setCell(lines, 5, 'Appartenance_Education_Prioritaire', 'REP++');
      setCell(lines, 6, 'latitude', '47,0x');
      setCell(lines, 7, 'code_circonscription', '0180901G');
      setCell(lines, 8, 'Voie_generale', '2');
      setCell(lines, 9, 'nom_circonscription', 'Vierzon Nord');
      setCell(lines, 11, 'Nombre_d_eleves', 'douze');
      lines[12] = lines[12]!.replace(/;[^;]*$/, '');
      lines[13] = lines[13]!.replace('Lycée polyvalent', '"Lycée polyvalent');
      lines.push(lines[14]!.replace('Les Albatros', 'Les Cormorans'), lines[15]!);
    });
    const reading = await read(source);
    expect(reading.faults).toEqual([
      { line: 2, uai: '0181101Z', reason: 'Statut_public_prive « Associatif » is none of PUBLIC, PRIVE' },
      { line: 4, uai: '0181103B', reason: 'etat « EN TRAVAUX » is none of OUVERT, A OUVRIR, A FERMER, FERME' },
      { line: 5, uai: '0181104C', reason: 'Appartenance_Education_Prioritaire « REP++ » is none of REP, REP+' },
      { line: 6, uai: '0181105D', reason: 'latitude « 47,0x » is not a decimal number' },
      { line: 7, uai: '0181106E', reason: 'nom_circonscription is empty where code_circonscription is given' },
      { line: 8, uai: '0181107F', reason: 'Voie_generale « 2 » is neither 0 nor 1' },
      { line: 9, uai: '0181108G', reason: 'circonscription 0180902H has another name or department on line 3' },
      { line: 11, uai: '0291502A', reason: 'Nombre_d_eleves « douze » is not a whole number' },
      { line: 13, uai: null, reason: 'the line has 71 fields where the header has 72' },
      { line: 14, uai: null, reason: 'a quoted field is not closed (line breaks inside a field are not supported)' },
      { line: 19, uai: '0291506E', reason: 'UAI 0291506E is already on line 15, with other values' },
    ]);
    // A line repeating an earlier one exactly is the same school, once.
    expect(reading.repeated).toBe(1);
  });

  it.each([
    ['an empty file', '', 'the file is empty: it needs a header row and one line per establishment'],
    [
      'a header without the needed columns',
      'Identifiant_de_l_etablissement;Nom\n0181101Z;X\n',
      /^the header row lacks the columns: Nom_etablissement, Type_etablissement, .*, code_circonscription$/,
    ],
    ['a header and no line', `${EXPORT_HEADER}\n`, 'the file has a header row but no establishment'],
  ])('refuses %s', async (_label, text, reason) => {
    expect((await read(csvSource(text))).faults).toEqual([{ line: 1, uai: null, reason: typeof reason === 'string' ? reason : expect.stringMatching(reason) }]);
  });
});

describe('reading the official pupil counts', () => {
  const counts = async (name: string, rentree?: number) => {
    const faults: Fault[] = [];
    const result = await readPupilCounts(createReadStream(directoryFixture(name), { encoding: 'utf8' }), {
      file: name,
      rentree,
      fault: (line, uai, reason) => faults.push({ line, uai, reason }),
    });
    return { rentree: result.rentree, counts: Object.fromEntries([...result.counts].map(([uai, c]) => [uai, c.pupils])), faults };
  };

  it('keeps the latest rentrée of each file: écoles (fr-en-ecoles-effectifs-nb_classes) and lycées', async () => {
    const ecoles = await counts(ECOLES_FILE);
    const lycees = await counts(LYCEES_FILE);
    expect([ecoles.faults, lycees.faults]).toEqual([[], []]);
    expect([ecoles.rentree, lycees.rentree]).toEqual([2024, 2024]);
    expect({ ...ecoles.counts, ...lycees.counts }).toEqual({ ...COUNTED_2024, '0181199F': 40 });
  });

  it('reads the rentrée asked for', async () => {
    const ecoles = await counts(ECOLES_FILE, 2023);
    expect(ecoles.rentree).toBe(2023);
    expect(ecoles.counts).toMatchObject({ '0181108G': 23, '0181101Z': 69, '0181102A': 197 });
  });

  it('reports bad lines, and a school counted twice in one rentrée', async () => {
    const text = [
      'Rentrée scolaire;UAI;Nombre d élèves',
      '2024;0181106E;1083',
      '2024;0181106A;12',
      '2024;0181107F;trois cents',
      'vingt;0291505D;924',
      '2024;0181106E;1083',
    ].join('\n');
    const faults: Fault[] = [];
    await readPupilCounts(csvSource(text), { file: 'x.csv', fault: (line, uai, reason) => faults.push({ line, uai, reason }) });
    expect(faults).toEqual([
      { line: 3, uai: '0181106A', reason: 'UAI "0181106A" has the wrong check letter: expected 0181106E' },
      { line: 4, uai: '0181107F', reason: 'the pupil count « trois cents » is not a whole number' },
      { line: 5, uai: '0291505D', reason: 'rentree_scolaire « vingt » is not a year' },
      { line: 6, uai: '0181106E', reason: 'school 0181106E is already counted on line 2 for the rentrée 2024' },
    ]);
  });
});

describe('the rules a school obeys (school.rules.ts)', () => {
  const communes = new Map([
    ['18033', '18'],
    ['29019', '29'],
  ]);
  const valid: SchoolRecord = { ...FIXTURE_SCHOOLS[0]!.school };
  it('accepts a valid school', () => expect(schoolFaults(valid, communes)).toEqual([]));

  it.each<[string, Partial<SchoolRecord>, string[]]>([
    ['a UAI of another department', { uai: '0291501Z' }, ['UAI 0291501Z belongs to department 29, not 18']],
    ['a commune of another department', { communeCode: '29019' }, ['commune 29019 lies in department 29, not 18']],
    ['an unknown commune', { communeCode: '18999' }, ['commune 18999 is not known to the platform']],
    ['an empty name', { name: ' ' }, ['name is empty']],
    ['a name too long', { name: 'É'.repeat(256) }, ['name is longer than 255 characters']],
    ['a negative count', { pupils: -1 }, ['pupil count -1 is not a whole number from 0']],
    ['a latitude alone', { longitude: null }, ['latitude and longitude go together: one is missing']],
    ['coordinates off the globe', { latitude: 91, longitude: 181 }, ['latitude 91 is not between -90 and 90', 'longitude 181 is not between -180 and 180']],
    [
      'a circonscription code that is no UAI',
      { circonscription: { code: '0180901A', name: 'X' } },
      ['circonscription code: UAI "0180901A" has the wrong check letter: expected 0180901G'],
    ],
  ])('refuses %s', (_label, change, faults) => {
    expect(schoolFaults({ ...valid, ...change }, communes)).toEqual(faults);
  });

  it('keeps closed schools and private ones under contract as they are', () => {
    expect(schoolFaults({ ...valid, state: SchoolState.CLOSED, sector: SchoolSector.PRIVATE }, communes)).toEqual([]);
  });
});
