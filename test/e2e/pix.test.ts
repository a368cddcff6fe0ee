import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { projectRoot } from '../../platform/paths.js';
import { Stack, tokenFor } from '../stack.js';

let stack: Stack;
let staff18: string;
let staff29: string;
beforeAll(async () => {
  stack = await Stack.start();
  [staff18, staff29] = await Promise.all([tokenFor('DEPARTMENT_STAFF', ['18']), tokenFor('DEPARTMENT_STAFF', ['29'])]);
});
afterAll(() => stack?.stop());

const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) => stack.sql<T>('pedagogy', text, params);
const fixture = (name: string) => readFile(new URL(`../../subgraphs/pedagogy/pix/fixtures/${name}`, import.meta.url), 'utf8');

/** Every row of both Pix tables as text, in a fixed order: what "nothing changed" is checked against. */
const pixTables = async () =>
  (
    await sql<{ row: string }>(
      `select row_to_json(r)::text as row from pix_result r
     union all select row_to_json(c)::text from pix_competence_result c order by 1`,
    )
  ).map((r) => r.row);

/** The names, first names and INE of the fixtures: none may be stored or echoed. */
const PERSONAL = [
  'Dupont',
  'Zéphyrine',
  'Le Gall',
  'Marie-Lou',
  'Kerjean',
  'Quéméner',
  'Anaïs',
  'Abgrall',
  'Le Bihan',
  'Morvan',
  '070123456AB',
  'Hamon',
  'Tanguy',
  'Brieuc',
  'Pichon',
  'Salaün',
  'Lagadec',
  'Nédélec',
];
const expectNoPersonalData = (value: unknown) => {
  const text = JSON.stringify(value);
  for (const name of PERSONAL) expect(text).not.toContain(name);
};

const IMPORT = `mutation($input: ImportPixResultsInput!) { importPixResults(input: $input) {
  schoolYear pupils replaced ignoredColumns
  results { school { uai } schoolYear grade candidates certified certificationRate meanScore competences { competence { code } meanLevel assessed } }
} }`;
const importFile = (token: string | undefined, csv: string, schoolYear: string) => stack.query(IMPORT, { token, variables: { input: { csv, schoolYear } } });

// No seeded results in these school years: what they hold comes from the tests' files only.
const YEAR = '2025-2026';

describe('Pix results import through the gateway', () => {
  it('imports a valid file as DEPARTMENT_STAFF of 18: exact sums and means, no name stored or echoed, re-import replaces', async () => {
    const csv = await fixture('pix-valid.csv');
    const { data, errors } = await importFile(staff18, csv, YEAR);
    expect(errors).toBeUndefined();
    expect(data.importPixResults).toMatchObject({ schoolYear: YEAR, pupils: 7, replaced: 0, ignoredColumns: ['Nom', 'Prénom', 'INE'] });
    const byUai = Object.fromEntries(data.importPixResults.results.map((r: { school: { uai: string } }) => [r.school.uai, r]));
    expect(byUai['0180018X']).toMatchObject({ grade: 'TROISIEME', candidates: 3, certified: 1, meanScore: 240 });
    expect(byUai['0180018X'].certificationRate).toBeCloseTo(1 / 3, 12);
    expect(byUai['0180018X'].competences.slice(0, 2)).toEqual([
      { competence: { code: '1.1' }, meanLevel: 2, assessed: 3 },
      { competence: { code: '1.2' }, meanLevel: 1.5, assessed: 2 },
    ]);
    expect(byUai['0180088Y']).toMatchObject({ grade: 'TROISIEME', candidates: 2, certified: 2, certificationRate: 1, meanScore: 352 });
    expect(byUai['0180096G']).toMatchObject({ grade: 'TERMINALE', candidates: 2, certified: 1, certificationRate: 0.5, meanScore: 340 });
    expectNoPersonalData(data);

    const stored = await sql(`select school_uai, grade, candidates, certified, scored, score_sum from pix_result where school_year = ? order by 1`, [YEAR]);
    expect(stored).toEqual([
      { school_uai: '0180018X', grade: 'TROISIEME', candidates: 3, certified: 1, scored: 2, score_sum: 480 },
      { school_uai: '0180088Y', grade: 'TROISIEME', candidates: 2, certified: 2, scored: 2, score_sum: 704 },
      { school_uai: '0180096G', grade: 'TERMINALE', candidates: 2, certified: 1, scored: 2, score_sum: 680 },
    ]);
    expectNoPersonalData(await pixTables());

    const before = await pixTables();
    const again = await importFile(staff18, csv, YEAR);
    expect(again.errors).toBeUndefined();
    expect(again.data.importPixResults.replaced).toBe(3); // the three groups, said replaced
    expect(await pixTables()).toEqual(before); // the same groups, replaced: nothing added
  });

  it('npm run import:pix says how many groups it replaced, and --dry-run writes nothing', async () => {
    const file = fileURLToPath(new URL('../../subgraphs/pedagogy/pix/fixtures/pix-valid.csv', import.meta.url));
    const year = '2026-2027';
    const importPix = (...flags: string[]) =>
      spawnSync(process.execPath, ['dist/scripts/import-pix.js', file, '--school-year', year, ...flags], {
        cwd: projectRoot(),
        env: { ...stack.subgraphEnv('pedagogy', 0), LOG_LEVEL: 'silent' },
        encoding: 'utf8',
      });
    const stored = () => sql(`select count(*)::int as count from pix_result where school_year = ?`, [year]);
    const dry = importPix('--dry-run');
    expect([dry.status, dry.stdout.split('\n')[0]]).toEqual([
      0,
      expect.stringMatching(/^would import \(dry run: nothing written\) 7 pupils of 2026-2027 as 3 school × grade groups/),
    ]);
    expect(await stored()).toEqual([{ count: 0 }]);
    const first = importPix();
    expect([first.status, first.stdout]).toEqual([0, expect.not.stringMatching(/replace/)]);
    expect(await stored()).toEqual([{ count: 3 }]);
    const again = importPix();
    expect([again.status, again.stdout]).toEqual([0, expect.stringContaining('replaced the earlier results of 3 of these groups')]);
    expect(await stored()).toEqual([{ count: 3 }]);
  });

  it('gives the imported year as department KPIs and school summaries, exactly', async () => {
    const { data, errors } = await stack.query(
      `{
      department(code: "18") { pedagogy(period: { schoolYear: "${YEAR}" }) { pix {
        candidates { value } certified { value } certificationRate meanScore meanLevelByDomain { domain { code } meanLevel } } } }
      school(uai: "0180018X") { pix(schoolYear: "${YEAR}") { candidates certified meanScore } }
    }`,
      { token: staff18 },
    );
    expect(errors).toBeUndefined();
    const pix = data.department.pedagogy.pix;
    expect(pix).toMatchObject({ candidates: { value: 7 }, certified: { value: 4 }, meanScore: 1864 / 6 });
    expect(pix.certificationRate).toBeCloseTo(4 / 7, 12);
    // Domain 1 (1.1 to 1.3): levels 14 + 16 + 15 over 8 + 6 + 6 assessed.
    expect(pix.meanLevelByDomain[0]).toEqual({ domain: { code: '1' }, meanLevel: 45 / 20 });
    expect(pix.meanLevelByDomain.map((d: { domain: { code: string } }) => d.domain.code)).toEqual(['1', '2', '3', '4', '5']);
    expect(data.school.pix).toEqual({ candidates: 3, certified: 1, meanScore: 240 });
    const hidden = await stack.query(`{ school(uai: "0180018X") { pix { candidates } } }`, { token: staff29 });
    expect(hidden.data.school.pix).toBeNull(); // another department's staff: no results by school
  });

  it('rejects a file with bad lines whole, with a report naming each line and why; the tables are unchanged', async () => {
    const before = await pixTables();
    const { data, errors } = await importFile(staff18, await fixture('pix-bad-lines.csv'), YEAR);
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', errorCount: 10 });
    const report = errors![0]!.extensions!.report as Array<{ line: number; reason: string }>;
    expect(report.map((r) => r.line)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 12, 13]);
    expect(report.find((r) => r.line === 9)!.reason).toBe('school 0189999W is not known');
    expectNoPersonalData(errors);
    expect(await pixTables()).toEqual(before);
  });

  it('refuses a staff of 29 importing a file of Cher schools (FORBIDDEN), and PUBLIC (UNAUTHENTICATED); nothing written', async () => {
    const csv = await fixture('pix-valid.csv');
    const before = await pixTables();
    expect((await importFile(staff29, csv, '2026-2027')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await importFile(undefined, csv, '2026-2027')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await stack.query('{ pixResults { totalCount } }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await pixTables()).toEqual(before);
  });

  it('accepts a file larger than 1 MB (an upload: MAX_UPLOAD_BYTES, not the ordinary MAX_BODY_BYTES)', async () => {
    const header = `UAI;Niveau;Statut;Score;${['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '3.3', '3.4', '4.1', '4.2', '4.3', '5.1', '5.2'].join(';')}\n`;
    const line = `0180287P;Terminale générale;certifié;400;${Array(16).fill('3').join(';')}\n`;
    const csv = header + line.repeat(25_000);
    expect(Buffer.byteLength(csv)).toBeGreaterThan(1_500_000);
    const { data, errors } = await importFile(await tokenFor('ADMIN'), csv, '2026-2027');
    expect(errors).toBeUndefined();
    expect(data.importPixResults.results).toEqual([expect.objectContaining({ candidates: 25_000, certified: 25_000, meanScore: 400 })]);
  });
});

describe('Pix KPIs', () => {
  const COMPARE = `query($codes: [ID!]) { departments(codes: $codes) { code pedagogy(period: { schoolYear: "2023-2024" }) { pix {
    candidates { value perThousandPupils } certified { value } certificationRate meanScore meanLevelByDomain { domain { code name } meanLevel } } } } }`;

  it('gives the certification rate and mean level per CRCN domain of Cher and Finistère in one query, as SQL computes them', async () => {
    const { data, errors } = await stack.query(COMPARE, { variables: { codes: ['18', '29'] } });
    expect(errors).toBeUndefined();
    const totals = await sql<{ code: string; candidates: number; certified: number; rate: number; score: number }>(
      `select s.department_code as code, sum(r.candidates)::int as candidates, sum(r.certified)::int as certified,
              sum(r.certified)::numeric / sum(r.candidates) as rate, sum(r.score_sum)::numeric / sum(r.scored) as score
         from pix_result r join school s on s.uai = r.school_uai where r.school_year = '2023-2024' group by 1`,
    );
    const levels = await sql<{ code: string; domain: string; level: number }>(
      `select s.department_code as code, left(c.competence_code, 1) as domain, sum(c.level_sum)::numeric / sum(c.assessed) as level
         from pix_competence_result c join pix_result r on r.id = c.result_id join school s on s.uai = r.school_uai
        where r.school_year = '2023-2024' group by 1, 2`,
    );
    for (const department of data.departments) {
      const { pix } = department.pedagogy;
      const expected = totals.find((t) => t.code === department.code)!;
      expect(pix.candidates.value).toBe(expected.candidates);
      expect(pix.candidates.value).toBeGreaterThan(0);
      expect(pix.certified.value).toBe(expected.certified);
      expect(pix.certificationRate).toBeCloseTo(Number(expected.rate), 10);
      expect(pix.certificationRate).toBeGreaterThanOrEqual(0.6);
      expect(pix.certificationRate).toBeLessThanOrEqual(0.95);
      expect(pix.meanScore).toBeCloseTo(Number(expected.score), 8);
      for (const { domain, meanLevel } of pix.meanLevelByDomain) {
        const level = levels.find((l) => l.code === department.code && l.domain === domain.code)!;
        expect(meanLevel).toBeCloseTo(Number(level.level), 10);
        expect(meanLevel).toBeGreaterThanOrEqual(1.5);
        expect(meanLevel).toBeLessThanOrEqual(3.5);
      }
    }
  });

  it('costs as many SQL statements for every department as for two', async () => {
    const count = (codes: string[] | null) => stack.countSql(() => stack.query(COMPARE, { variables: { codes } }));
    expect(await count(null)).toEqual(await count(['18', '29']));
  });

  it("pages results by school, school year and grade within the viewer's departments", async () => {
    const page = (token: string, after?: string) =>
      stack.query(
        `query($after: String) { pixResults(first: 2, after: $after, filter: { schoolYears: ["${YEAR}"] }) {
        totalCount pageInfo { hasNextPage endCursor } nodes { school { uai } grade } } }`,
        { token, variables: { after } },
      );
    const first = (await page(staff18)).data.pixResults;
    expect(first.totalCount).toBe(3);
    const second = (await page(staff18, first.pageInfo.endCursor)).data.pixResults;
    expect([...first.nodes, ...second.nodes].map((n: { school: { uai: string } }) => n.school.uai)).toEqual(['0180018X', '0180088Y', '0180096G']);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect((await page(staff29)).data.pixResults.totalCount).toBe(0); // Cher's results are not Finistère staff's
    const filtered = await stack.query(
      `{ pixResults(filter: { departmentCodes: ["18"], schoolUais: ["0180018X"], grades: [TROISIEME],
      schoolYears: ["${YEAR}"] }) { totalCount nodes { candidates } } }`,
      { token: await tokenFor('ANALYST') },
    );
    expect(filtered.data.pixResults).toEqual({ totalCount: 1, nodes: [{ candidates: 3 }] });
  });
});
