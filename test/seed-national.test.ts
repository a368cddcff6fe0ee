import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { databaseName, deriveDatabaseUrl, SUBGRAPH_NAMES, type SubgraphName } from '../platform/config.js';
import { dropDatabases, ensureDatabases } from '../platform/database/create.js';
import { prepareNationalRun, TNE_COHORT } from '../platform/seeds/national.js';
import { departmentOfUai, parseUai } from '../platform/uai.js';
import { migrateAndSeed } from '../scripts/national/prepare.js';
import { seedNational, type NationalReports } from '../scripts/national/run.js';
import { fingerprints, scalar, type Fingerprints } from './seed-national.checksums.js';

/**
 * The national seed on a few departments (a TNE one in Corsica, a small rural one, an overseas TNE
 * one): two sets of databases prepared as `npm start` does, seeded with the same seed, must hold
 * identical rows; Cher and Finistère keep exactly their seeded rows; the database invariants hold;
 * a second run adds nothing. The full national run is `npm run seed:national`'s, not this test's.
 */
const server = process.env.TEST_DATABASE_URL!;
const DEPARTMENTS = ['2A', '48', '971'];
const DEMO = ['18', '29'];

const target = () => {
  const prefix = `n${randomBytes(4).toString('hex')}_`;
  const env = { ...process.env, DATABASE_URL: server, DATABASE_NAME_PREFIX: prefix, LOG_LEVEL: 'silent' };
  const names = SUBGRAPH_NAMES.map((name) => databaseName(name, prefix));
  const urls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, deriveDatabaseUrl(server, databaseName(name, prefix))])) as Record<SubgraphName, string>;
  return { env, names, urls };
};
const first = target();
const second = target();
const total = (reports: NationalReports) => Object.values(reports).reduce((sum, r) => sum + [...r.counts.byTable.values()].reduce((a, b) => a + b, 0), 0);

let demoBefore: Fingerprints;
let reports: NationalReports;

beforeAll(async () => {
  await ensureDatabases(server, [...first.names, ...second.names]);
  await Promise.all([migrateAndSeed(first.env), migrateAndSeed(second.env)]);
  demoBefore = await fingerprints(first.urls, DEMO);
  reports = await seedNational(first.env, await prepareNationalRun({ seed: 7, departments: DEPARTMENTS }));
}, 90_000);
afterAll(() => dropDatabases(server, [...first.names, ...second.names]));

describe('npm run seed:national (on three departments)', () => {
  it('fills the departments asked for in every subgraph', async () => {
    for (const name of SUBGRAPH_NAMES) expect(reports[name].seeded.sort()).toEqual([...DEPARTMENTS].sort());
    const counts = (name: SubgraphName) => Object.fromEntries(reports[name].counts.byTable);
    expect(counts('pedagogy')).toMatchObject({ school: expect.any(Number), project: expect.any(Number), training_session: expect.any(Number) });
    expect(counts('pedagogy').pix_competence_result).toBe(16 * counts('pedagogy').pix_result);
    expect(counts('finance').funding_line).toBeGreaterThan(counts('finance').funding_plan);
    expect(counts('parentality').loan).toBeGreaterThan(0);
  });

  it('leaves the rows of Cher and Finistère exactly as the normal seeds wrote them', async () => {
    for (const table of ['pedagogy.school', 'pedagogy.pix_competence_result', 'finance.funding_line', 'parentality.loan'])
      expect(demoBefore[table]).not.toMatch(/^0 /);
    expect(await fingerprints(first.urls, DEMO)).toEqual(demoBefore);
  });

  it('writes the same rows for the same seed, and other rows for another seed', async () => {
    await seedNational(second.env, await prepareNationalRun({ seed: 7, departments: DEPARTMENTS }));
    expect(await fingerprints(second.urls, DEPARTMENTS)).toEqual(await fingerprints(first.urls, DEPARTMENTS));
    const other = target();
    await ensureDatabases(server, other.names);
    try {
      await migrateAndSeed(other.env);
      await seedNational(other.env, await prepareNationalRun({ seed: 8, departments: ['48'] }));
      const [a, b] = [await fingerprints(first.urls, ['48']), await fingerprints(other.urls, ['48'])];
      expect(a['pedagogy.commune']).toBe(b['pedagogy.commune']); // real reference data
      expect(a['pedagogy.project']).not.toBe(b['pedagogy.project']);
    } finally {
      await dropDatabases(server, other.names);
    }
  }, 60_000);

  it('keeps every invariant: UAIs, TNE membership, balanced plans, envelopes, payments, one open loan per device', async () => {
    const { urls } = first;
    const uais = (await scalar(urls.pedagogy, 'select array_agg(uai || department_code) from school where department_code = any($1)', [
      DEPARTMENTS,
    ])) as string[];
    for (const entry of uais) expect(departmentOfUai(parseUai(entry.slice(0, 8)))).toBe(entry.slice(8));
    expect(
      await scalar(urls.pedagogy, 'select count(*)::int from school where tne_joined_year is not null and not (department_code = any($1))', [
        Object.keys(TNE_COHORT),
      ]),
    ).toBe(0);
    expect(await scalar(urls.pedagogy, "select count(*)::int from school where tne_joined_year is not null and department_code = '2A'")).toBeGreaterThan(0);
    expect(
      await scalar(
        urls.finance,
        'select count(*)::int from funding_plan p where total_cost_cents <> (select coalesce(sum(amount_cents), 0) from funding_line where plan_id = p.id)',
      ),
    ).toBe(0);
    expect(
      await scalar(
        urls.finance,
        "select count(*)::int from envelope e where amount_cents < (select coalesce(sum(amount_cents), 0) from funding_line where envelope_id = e.id and status <> 'PLEDGED')",
      ),
    ).toBe(0);
    expect(
      await scalar(
        urls.finance,
        'select count(*)::int from subsidy s join funding_plan p on p.project_id = s.project_id where s.amount_cents > p.requested_subsidy_cents or s.amount_cents < (select coalesce(sum(amount_cents), 0) from disbursement where subsidy_id = s.id)',
      ),
    ).toBe(0);
    expect(
      await scalar(urls.parentality, 'select count(*)::int from (select device_id from loan where returned_on is null group by 1 having count(*) > 1) x'),
    ).toBe(0);
    expect(await scalar(urls.parentality, "select count(*)::int from household where reference !~ '^[A-Za-z0-9_-]{4,40}$'")).toBe(0);
    // Finance derived its projects from the shared seed code: every project plan is a pedagogy project of its department.
    const projects = new Set(
      (await scalar(urls.pedagogy, 'select array_agg(id::text || department_code) from project where department_code = any($1)', [DEPARTMENTS])) as string[],
    );
    const plans = (await scalar(
      urls.finance,
      'select array_agg(project_id::text || department_code) from funding_plan where department_code = any($1) and project_id is not null',
      [DEPARTMENTS],
    )) as string[];
    expect(plans.filter((p) => !projects.has(p))).toEqual([]);
  });

  it('adds nothing when run again', async () => {
    const before = await fingerprints(first.urls, [...DEPARTMENTS, ...DEMO]);
    const again = await seedNational(first.env, await prepareNationalRun({ seed: 7, departments: DEPARTMENTS }));
    expect(total(again)).toBe(0);
    for (const name of SUBGRAPH_NAMES) expect(again[name].skipped.sort()).toEqual([...DEPARTMENTS].sort());
    expect(await fingerprints(first.urls, [...DEPARTMENTS, ...DEMO])).toEqual(before);
  });
});
