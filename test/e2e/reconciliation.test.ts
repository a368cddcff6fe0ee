import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { print } from 'graphql';
import { CompareDepartmentsDocument, type CompareDepartmentsQuery } from '../../schema/generated/graphql.js';
import { resolvePeriod, type DateRange } from '../../platform/period.js';
import { prepareNationalRun } from '../../platform/seeds/national.js';
import { seedNational } from '../../scripts/national/run.js';
import { addBoundaryRows } from '../boundary-days.js';
import { FINANCE_INDICATORS } from '../../subgraphs/finance/indicators.js';
import { PARENTALITY_INDICATORS } from '../../subgraphs/parentality/indicators.js';
import { PEDAGOGY_INDICATORS } from '../../subgraphs/pedagogy/indicators.js';
import { Stack, tokenFor } from '../stack.js';
import type { ComparedDepartment, Row, Sql } from './reconciliation.breakdown.js';
import { checkNormalised, reconcilePedagogy } from './reconciliation.pedagogy.js';
import { reconcileFinance, reconcileParentality } from './reconciliation.others.js';

/**
 * Reconciliation: each KPI of the comparison, through the gateway, equals an independent SQL query
 * on the database of the subgraph that owns it — exactly (counts, cents) — and each normalised
 * value is the raw one per 1,000 pupils and per 10,000 inhabitants. ADMIN reads, so nothing is
 * suppressed. The SQL lives in reconciliation.*.ts, one file per subgraph.
 */
let stack: Stack;
/** National departments filled by the national seed's generators: TNE (2A, 971, 86) and not (48). */
const NATIONAL_SAMPLE = ['2A', '48', '86', '971'];
beforeAll(async () => {
  stack = await Stack.start();
  // Cher's facts on the edges of 2023-2024 and of months (reconciled below for that school year).
  await addBoundaryRows(stack, '18');
  await seedNational(stack.subgraphEnv('pedagogy', 0), await prepareNationalRun({ seed: 11, departments: NATIONAL_SAMPLE }));
}, 120_000);
afterAll(() => stack?.stop());

function sqlOn(name: 'pedagogy' | 'finance' | 'parentality'): Sql {
  const rows = (text: string, params: unknown[] = []) => stack.sql<Row>(name, text, params);
  return Object.assign(async (text: string, params: unknown[] = []) => Number(Object.values((await rows(text, params))[0] ?? {})[0] ?? 0), { rows });
}

async function compare(codes: string[], period: { schoolYear: string } | null) {
  const { data, errors } = await stack.query<CompareDepartmentsQuery>(print(CompareDepartmentsDocument), {
    token: await tokenFor('ADMIN'),
    variables: { codes, period },
  });
  expect(errors).toBeUndefined();
  return data!.departments;
}

/** Every indicator of the three catalogues, as the path of its field in the comparison. */
const CATALOGUED = [PEDAGOGY_INDICATORS, FINANCE_INDICATORS, PARENTALITY_INDICATORS].flatMap((c) => c.list().map((i) => i.field));

/** `node` with every property read recorded in `read` as its path ("pedagogy.projects.accepted"). */
function recording<T>(node: T, read: Set<string>, path = ''): T {
  if (!node || typeof node !== 'object') return node;
  return new Proxy(node, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof key !== 'string') return value;
      const at = path ? `${path}.${key}` : key;
      read.add(at);
      return recording(value, read, at);
    },
  });
}

async function reconcile(d: ComparedDepartment, range: DateRange) {
  // The reconciliation walks the catalogue: an indicator whose field no SQL below reads fails here.
  const read = new Set<string>();
  const recorded = recording(d, read);
  await reconcilePedagogy(recorded, range, sqlOn('pedagogy'));
  await reconcileFinance(recorded, range, sqlOn('finance'));
  await reconcileParentality(recorded, range, sqlOn('parentality'));
  expect(CATALOGUED.filter((field) => !read.has(field))).toEqual([]);
  // Every Kpi and MoneyKpi of the answer, normalised by the department's pupils and population.
  // (43 of them: the two training-hour KPIs, rounded for display, are checked in reconcilePedagogy.)
  expect(checkNormalised(d, d.pupils, d.population)).toBe(43);
}

describe('the comparison reconciles with SQL', () => {
  it.each([
    ['18', null],
    ['29', null],
    ['18', '2023-2024'],
    ['29', '2022-2023'],
  ])('department %s, school year %s: every KPI equals independent SQL', async (code, schoolYear) => {
    const [department] = await compare([code], schoolYear ? { schoolYear } : null);
    expect(department!.code).toBe(code);
    await reconcile(department!, resolvePeriod(schoolYear ? { schoolYear } : null));
  });

  it.each([null, '2023-2024'])('reconciles a sample of national departments (national seed), school year %s', async (schoolYear) => {
    const departments = await compare(NATIONAL_SAMPLE, schoolYear ? { schoolYear } : null);
    expect(departments.map((d) => d.code)).toEqual(NATIONAL_SAMPLE);
    for (const d of departments) {
      expect(d.pedagogy.schools.value).toBeGreaterThan(50);
      await reconcile(d, resolvePeriod(schoolYear ? { schoolYear } : null));
    }
    expect(departments.some((d) => (d.pedagogy.pix.candidates.value ?? 0) > 0 && (d.finance?.budget.committed.value.cents ?? 0) > 0)).toBe(true);
  });

  it('flags the departments the benchmark seed filled as synthetic, in the comparison and in every ranking', async () => {
    const departments = await compare([...NATIONAL_SAMPLE, '18', '29', '36'], null);
    expect(departments.map((d) => [d.code, d.synthetic])).toEqual([...NATIONAL_SAMPLE.map((c) => [c, true]), ['18', false], ['29', false], ['36', false]]);
    const { data, errors } = await stack.query(
      `query($o: RankingOptions) { p: pedagogyRanking(indicator: SCHOOLS, options: $o) { department { code synthetic } }
        f: financeRanking(indicator: GRANTS, options: $o) { department { code synthetic } } }`,
      { variables: { o: { codes: ['48', '18'] } } },
    );
    expect(errors).toBeUndefined();
    for (const ranking of [data.p, data.f]) {
      expect(Object.fromEntries(ranking.map((r: { department: { code: string; synthetic: boolean } }) => [r.department.code, r.department.synthetic]))).toEqual(
        { '48': true, '18': false },
      );
    }
  });

  it('shows the girls and the pupils with special needs reached, by projects and by workshops, in Cher and Finistère', async () => {
    // The programme's ambitions measured (reconciled above): each seeded, so each figure is a real sum, not 0 = 0.
    const departments = await compare(['18', '29'], null);
    const shown = departments.map((d) => [
      d.code,
      d.pedagogy.projects.girlsReached.value,
      d.pedagogy.projects.specialNeedsReached.value,
      d.parentality!.girlsReached.value,
      d.parentality!.specialNeedsReached.value,
    ]);
    for (const [, ...figures] of shown) for (const figure of figures) expect(figure).toBeGreaterThan(0);
  });

  it('reconciles Cher and Finistère asked together, and a department without activity', async () => {
    const departments = await compare(['29', '18', '36'], null);
    expect(departments.map((d) => d.code)).toEqual(['29', '18', '36']);
    for (const d of departments) await reconcile(d, resolvePeriod(null));
  });
});
