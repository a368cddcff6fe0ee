import { describe, expect, it } from '@jest/globals';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { GraphQLError } from 'graphql';
import type { Viewer } from '../../../platform/viewer.js';
import { csvSource, importPixResults, reportError } from './pix-import.js';
import { PixReport } from './pix-aggregate.js';
import { readPixResults } from './pix-read.js';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);
/** The schools the fixtures name, as the database would know them. */
const KNOWN: Record<string, string> = { '0180018X': '18', '0180088Y': '18', '0180096G': '18' };
const schoolDepartment = (uai: string) => KNOWN[uai] ?? null;
const read = (name: string) => readPixResults(createReadStream(fixture(name), { encoding: 'utf8' }), { schoolDepartment });

/** Every name, INE and first name the fixtures hold: none may come out of the importer. */
const PERSONAL = [
  'Dupont',
  'Zéphyrine',
  'Le Gall',
  'Marie-Lou',
  'Maël',
  'Kerjean',
  'Yannick',
  'Quéméner',
  'Anaïs',
  'Abgrall',
  'Titouan',
  'Le Bihan',
  'Gwenaëlle',
  'Morvan',
  'Erwan',
  '070123456AB',
  'Hamon',
  'Loïc',
  "Guivarc'h",
  'Soizic',
  'Tanguy',
  'Brieuc',
  'Pichon',
  'Nolwenn',
  'Cadiou',
  'Riou',
  'Salaün',
  'Jaouen',
  'Le Roux',
  'Bourhis',
  'Lagadec',
  'Nédélec',
  'Gaïd',
];
const expectNoPersonalData = (value: unknown) => {
  const text = JSON.stringify(value);
  for (const name of PERSONAL) expect(text).not.toContain(name);
};

describe('reading a Pix results file', () => {
  it('aggregates a valid file (BOM, ; separator, French headers, name columns) into exact sums per school and grade', async () => {
    const reading = await read('pix-valid.csv');
    expect(reading.report.count).toBe(0);
    expect(reading.pupils).toBe(7);
    expect(reading.ignoredColumns).toEqual(['Nom', 'Prénom', 'INE']);
    const byKey = Object.fromEntries(reading.groups.map((g) => [`${g.uai}|${g.grade}`, g]));
    expect(Object.keys(byKey).sort()).toEqual(['0180018X|TROISIEME', '0180088Y|TROISIEME', '0180096G|TERMINALE']);
    expect(byKey['0180018X|TROISIEME']).toEqual({
      uai: '0180018X',
      departmentCode: '18',
      grade: 'TROISIEME',
      candidates: 3,
      certified: 1,
      scored: 2,
      scoreSum: 480,
      levelSums: [6, 3, 5, 3, 3, 5, 5, 5, 3, 3, 1, 5, 4, 5, 3, 5],
      assessed: [3, 2, 3, 3, 2, 3, 3, 3, 2, 3, 3, 3, 3, 3, 2, 3],
    });
    expect(byKey['0180088Y|TROISIEME']).toMatchObject({ candidates: 2, certified: 2, scored: 2, scoreSum: 704 });
    expect(byKey['0180096G|TERMINALE']).toMatchObject({
      candidates: 2,
      certified: 1,
      scored: 2,
      scoreSum: 680,
      levelSums: [6, 5, 4, 6, 4, 6, 4, 6, 4, 4, 2, 6, 4, 5, 4, 6],
    });
    expectNoPersonalData(reading);
  });

  it('reads a file held in a string (the mutation) exactly as the same file on disk (the command)', async () => {
    const text = await readFile(fixture('pix-valid.csv'), 'utf8');
    const fromString = await readPixResults(csvSource(text), { schoolDepartment });
    expect(fromString).toEqual(await read('pix-valid.csv'));
  });

  it('reports every bad line of a file (, separator, English headers) with its number and reason, quoting no name', async () => {
    const reading = await read('pix-bad-lines.csv');
    expect(reading.report.count).toBe(10);
    const reasons = Object.fromEntries(reading.report.errors.map((e) => [e.line, e.reason]));
    expect(Object.keys(reasons).map(Number)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 12, 13]);
    expect(reasons[3]).toMatch(/0180018A.*check letter.*0180018X/);
    expect(reasons[4]).toBe('UAI is not 7 digits and a check letter');
    expect(reasons[5]).toMatch(/level of competence 2\.3/);
    expect(reasons[6]).toMatch(/certification status not recognised/);
    expect(reasons[7]).toMatch(/Pix score/);
    expect(reasons[8]).toBe('the line has 8 fields where the header has 22');
    expect(reasons[9]).toBe('school 0189999W is not known');
    expect(reasons[10]).toMatch(/grade not recognised/);
    expect(reasons[12]).toMatch(/certification status.*; level of competence 1\.1/);
    expect(reasons[13]).toMatch(/quoted field is not closed/);
    expectNoPersonalData(reading.report);
  });

  it.each([
    ['a header without the needed columns', 'Nom;UAI;Classe\nDupont;0180018X;3A\n', /lacks the columns: status, score, 1\.1, .*5\.2/],
    ['a column named twice', 'UAI;RNE;Classe;Statut;Score;1.1\n', /names the column "uai" twice/],
    ['an empty file', '', /the file is empty/],
    ['a header and no pupil', `UAI;Niveau;Statut;Score;${'1.1;1.2;1.3;2.1;2.2;2.3;2.4;3.1;3.2;3.3;3.4;4.1;4.2;4.3;5.1;5.2'}\n\n`, /no pupil line/],
  ])('refuses %s', async (_label, text, reason) => {
    const reading = await readPixResults(csvSource(text), { schoolDepartment });
    expect(reading.report.errors).toEqual([{ line: expect.any(Number), reason: expect.stringMatching(reason) }]);
    expectNoPersonalData(reading.report);
  });

  it('accepts other spellings of the headers: case, accents, "competence 1.1 …" labels', async () => {
    const header = ['rne', 'NIVEAU', 'Statut de certification', 'SCORE PIX'].concat(
      ['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '3.3', '3.4', '4.1', '4.2', '4.3', '5.1', '5.2'].map((c) => `Compétence ${c} — intitulé`),
    );
    const text = `${header.join(';')}\n0180088Y;Troisième;validée;512;${Array(16).fill('4').join(';')}\n`;
    const reading = await readPixResults(csvSource(text), { schoolDepartment });
    expect(reading.report.count).toBe(0);
    expect(reading.groups).toEqual([expect.objectContaining({ uai: '0180088Y', grade: 'TROISIEME', certified: 1, scoreSum: 512 })]);
  });
});

describe('the importer refuses before writing', () => {
  const tx = {} as never; // never reached: every case below stops before the database
  it.each([
    ['PUBLIC', { role: 'PUBLIC', departments: [] }, 'UNAUTHENTICATED'],
    ['an analyst', { role: 'ANALYST', departments: [] }, 'FORBIDDEN'],
    ['a commission member', { role: 'COMMISSION_MEMBER', departments: ['18'] }, 'FORBIDDEN'],
  ] as Array<[string, Viewer, string]>)('%s', async (_label, viewer, code) => {
    const error = await importPixResults(tx, viewer, csvSource(''), { schoolYear: '2023-2024' }).catch((e: GraphQLError) => e);
    expect((error as GraphQLError).extensions.code).toBe(code);
  });

  it('caps the report at 1,000 lines and counts them all', () => {
    const report = new PixReport();
    for (let line = 2; line < 1502; line++) report.add(line, 'bad');
    const error = reportError(report);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', errorCount: 1500 });
    expect(error.extensions.report).toHaveLength(1000);
    expect(error.message).toMatch(/1500 bad line\(s\) \(the first 1000 are listed\); nothing was imported/);
  });
});
