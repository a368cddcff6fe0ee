import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import type { GraphQLError } from 'graphql';
import { csvSource } from '../../subgraphs/pedagogy/pix/pix-import.js';
import { importSchoolDirectory, type ImportDirectoryOptions } from '../../subgraphs/pedagogy/schools/directory/directory-import.js';
import {
  COUNTED_2024,
  DIRECTORY_FILE,
  directoryFixture,
  ECOLES_FILE,
  FIXTURE_CIRCONSCRIPTIONS,
  FIXTURE_SCHOOLS,
  LYCEES_FILE,
} from '../school-directory.fixtures.js';
import { Stack } from '../stack.js';

/**
 * The national school directory import (`npm run import:schools`) on a whole platform's pedagogy
 * database: the fixture imported exactly, read back through the gateway; a bad line refused with its
 * number and nothing written; a second run and an edited line change only what they must.
 */
let stack: Stack;
beforeAll(async () => {
  stack = await Stack.start();
});
afterAll(() => stack?.stop());

const text = (name: string) => readFile(directoryFixture(name), 'utf8');
const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) => stack.sql<T>('pedagogy', query, params);

/** Runs the importer in one transaction of pedagogy's database, on files held in strings. */
async function runImport(directory: string, pupils: Array<[name: string, text: string]> = [], options: Partial<ImportDirectoryOptions> = {}) {
  return stack.subgraphs.pedagogy.orm.em.fork().transactional((tx) =>
    importSchoolDirectory(tx, {
      directory: { name: DIRECTORY_FILE, source: csvSource(directory) },
      pupils: pupils.map(([name, content]) => ({ name, source: csvSource(content) })),
      ...options,
    }),
  );
}

/** Every school and circonscription row with the transaction that last wrote it (xmin): a rewrite of equal values would show. */
const tables = async () =>
  (
    await sql<{ row: string }>(
      `select s.xmin::text || ' ' || row_to_json(s)::text as row from school s
       union all select c.xmin::text || ' ' || row_to_json(c)::text from circonscription c order by 1`,
    )
  ).map((r) => r.row);

const uais = FIXTURE_SCHOOLS.map((s) => s.school.uai);
const fixtureRows = () =>
  sql(
    `select uai, name, kind::text, sector::text, department_code, commune_code, pupils, circonscription_code, priority_education::text,
       latitude, longitude, state::text, tne_joined_year from school where uai in (?) order by uai`,
    [uais],
  );

describe('npm run import:schools on the fixture', () => {
  it('imports every school exactly: the directory, its circonscriptions, and the counts of the latest rentrée', async () => {
    const summaryBefore = await sql<{ department_code: string; schools: number }>(
      `select department_code, sum(schools)::int as schools from school_department_summary where department_code in ('18', '29') group by 1 order by 1`,
    );
    const result = await runImport(await text(DIRECTORY_FILE), [
      [ECOLES_FILE, await text(ECOLES_FILE)],
      [LYCEES_FILE, await text(LYCEES_FILE)],
    ]);
    expect(result).toMatchObject({
      lines: 17,
      schools: 15,
      created: FIXTURE_SCHOOLS.map(({ line, school }) => ({ line, uai: school.uai })),
      updated: [],
      unchanged: 0,
      repeated: 0,
      circonscriptions: { created: 6, updated: 0 },
      bassins: { created: 2, updated: 0 },
      pupils: { fromFiles: 11, fromDirectory: 3, none: 1, unmatched: 1 },
    });
    expect(await fixtureRows()).toEqual(
      FIXTURE_SCHOOLS.map(({ school: s }) => ({
        uai: s.uai,
        name: s.name,
        kind: s.kind,
        sector: s.sector,
        department_code: s.departmentCode,
        commune_code: s.communeCode,
        // The count files' rentrée 2024 where they have the school, else the directory's own, else 0.
        pupils: COUNTED_2024[s.uai] ?? s.pupils ?? 0,
        circonscription_code: s.circonscription?.code ?? null,
        priority_education: s.priorityEducation,
        latitude: s.latitude,
        longitude: s.longitude,
        state: s.state,
        tne_joined_year: null,
      })),
    );
    // The fixture's circonscriptions (the demonstration's own, seeded apart, are left as they are).
    expect(
      await sql(`select code, name, department_code from circonscription where code in (?) order by code`, [FIXTURE_CIRCONSCRIPTIONS.map((c) => c.code)]),
    ).toEqual(FIXTURE_CIRCONSCRIPTIONS.map((c) => ({ ...c, department_code: c.code.startsWith('018') ? '18' : '29' })));
    // Each school in the bassin its line names (code_bassin_formation), the bassin in the school's department.
    expect(await sql(`select code, name, department_code from bassin where code in ('14003', '18001') order by code`)).toEqual([
      { code: '14003', name: '029B-BREST', department_code: '29' },
      { code: '18001', name: '018A-BOURGES', department_code: '18' },
    ]);
    expect(await sql(`select count(*)::int as n from school where uai in (?) and bassin_code is null`, [FIXTURE_SCHOOLS.map((f) => f.school.uai)])).toEqual([
      { n: 0 },
    ]);
    // The department counts read the refreshed summary: 8 more schools in Cher, 7 in Finistère.
    const summaryAfter = await sql<{ department_code: string; schools: number }>(
      `select department_code, sum(schools)::int as schools from school_department_summary where department_code in ('18', '29') group by 1 order by 1`,
    );
    expect(summaryAfter.map((r, i) => r.schools - summaryBefore[i]!.schools)).toEqual([8, 7]);
  });

  it('serves what the directory gives through the gateway', async () => {
    const { data, errors } = await stack.query(`{
      brest: school(uai: "0291501Z") { name kind sector pupils priorityEducation latitude longitude state circonscription { code name } }
      closed: school(uai: "0181108G") { state pupils circonscription { name } }
      lycee: school(uai: "0291505D") { kind sector pupils priorityEducation circonscription { code } }
    }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      brest: {
        name: 'Ecole élémentaire publique Les Goélands',
        kind: 'ELEMENTAIRE',
        sector: 'PUBLIC',
        pupils: 241,
        priorityEducation: 'REP_PLUS',
        latitude: 48.4024,
        longitude: -4.4861,
        state: 'OPEN',
        circonscription: { code: '0290901X', name: 'Brest Centre' },
      },
      closed: { state: 'CLOSED', pupils: 0, circonscription: { name: 'Vierzon' } },
      lycee: { kind: 'LYCEE', sector: 'PRIVATE', pupils: 924, priorityEducation: null, circonscription: null },
    });
  });

  it('refuses a file with a bad line, naming its file, line, UAI and fault, and writes nothing', async () => {
    const before = await tables();
    const lines = (await text(DIRECTORY_FILE)).split('\n');
    lines[3] = lines[3]!.replace('George Sand', 'George-Sand'); // a valid change, which must not be written either
    lines[10] = lines[10]!.replace(/^0291502A;/, '0291502B;').replace(';29232;', ';29999;');
    const error = (await runImport(lines.join('\n')).catch((e: unknown) => e)) as GraphQLError;
    expect(error.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      errorCount: 1,
      report: [
        {
          file: DIRECTORY_FILE,
          line: 11,
          uai: '0291502B',
          reason: 'UAI "0291502B" has the wrong check letter: expected 0291502A; commune 29999 is not known to the platform',
        },
      ],
    });
    expect(error.message).toBe('The files have 1 bad line(s); nothing was imported.');
    expect(await tables()).toEqual(before);
  });

  it('changes nothing when run again, the counts of a lycée polyvalent given as its two files', async () => {
    const before = await tables();
    const lycees = (await text(LYCEES_FILE)).replace(/;924\n/, ';600\n');
    const result = await runImport(await text(DIRECTORY_FILE), [
      [ECOLES_FILE, await text(ECOLES_FILE)],
      [LYCEES_FILE, lycees],
      ['effectifs-lycees-pro.csv', 'rentree_scolaire;uai;nombre_d_eleves\n2024;0291505D;324\n'],
    ]);
    expect(result).toMatchObject({
      created: [],
      updated: [],
      unchanged: 15,
      circonscriptions: { created: 0, updated: 0 },
      bassins: { created: 0, updated: 0 },
    });
    expect(await tables()).toEqual(before);
  });

  it('updates only the school whose line changed, and only what changed', async () => {
    const before = await fixtureRows();
    const lines = (await text(DIRECTORY_FILE)).split('\n');
    lines[3] = lines[3]!.replace('George Sand', 'George-Sand').replace(';OUVERT;', ';A FERMER;');
    const result = await runImport(
      lines.join('\n'),
      [
        [ECOLES_FILE, await text(ECOLES_FILE)],
        [LYCEES_FILE, await text(LYCEES_FILE)],
      ],
      { departments: ['18'] },
    );
    expect(result).toMatchObject({ schools: 8, created: [], updated: [{ line: 4, uai: '0181103B' }], unchanged: 7 });
    const after = await fixtureRows();
    expect(after.filter((row, i) => JSON.stringify(row) !== JSON.stringify(before[i]))).toEqual([
      { ...before.find((r) => r.uai === '0181103B'), name: 'Ecole primaire publique George-Sand', state: 'CLOSING' },
    ]);
  });
});
