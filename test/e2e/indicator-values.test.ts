import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import {
  DashboardCatalogueDocument,
  DashboardComparisonDocument,
  DashboardTrendsDocument,
  FinanceRankingDocument,
  ParentalityRankingDocument,
  PedagogyRankingDocument,
} from '../../schema/generated/graphql.js';
import { ASSUMED_LIST_SIZES } from '../../gateway/list-sizes.js';
import { Stack } from '../stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await Stack.start();
});
afterAll(() => stack?.stop());

/** Runs a typed dashboard operation anonymously, as the public dashboard does. */
async function run<R, V extends Record<string, unknown>>(document: TypedDocumentNode<R, V>, variables: V): Promise<R> {
  const { data, errors } = await stack.query<R>(print(document), { variables });
  expect(errors).toBeUndefined();
  return data!;
}

const RANKINGS = { pedagogyRanking: PedagogyRankingDocument, financeRanking: FinanceRankingDocument, parentalityRanking: ParentalityRankingDocument };
const PER_FIELD = { RAW: 'value', PER_THOUSAND_PUPILS: 'perThousandPupils', PER_TEN_THOUSAND_INHABITANTS: 'perTenThousandInhabitants' } as const;

describe("the `indicators` field of each subgraph's KPIs (the public dashboard's figures)", () => {
  it('lists every indicator of the catalogues, in their order, for each department', async () => {
    const catalogue = await run(DashboardCatalogueDocument, {});
    // The cost of an operation assumes a catalogue's size: it must not be smaller than the catalogue.
    expect(catalogue.pedagogyIndicators.length).toBeLessThanOrEqual(ASSUMED_LIST_SIZES['PedagogyKpis.indicators']!);
    expect(catalogue.financeIndicators.length).toBeLessThanOrEqual(ASSUMED_LIST_SIZES['FinanceKpis.indicators']!);
    expect(catalogue.parentalityIndicators.length).toBeLessThanOrEqual(ASSUMED_LIST_SIZES['ParentalityKpis.indicators']!);
    expect(catalogue.departments).toHaveLength(101);
    const { departments } = await run(DashboardComparisonDocument, { codes: ['18', '29'] });
    for (const department of departments) {
      expect(department.pedagogy.indicators.map((i) => i.name)).toEqual(catalogue.pedagogyIndicators.map((i) => i.name));
      expect(department.finance!.indicators.map((i) => i.name)).toEqual(catalogue.financeIndicators.map((i) => i.name));
      expect(department.parentality!.indicators!.map((i) => i.name)).toEqual(catalogue.parentalityIndicators.map((i) => i.name));
    }
  });

  it('values every indicator, raw and normalised, exactly as its national ranking does, over all time and a school year', async () => {
    const catalogue = await run(DashboardCatalogueDocument, {});
    const infos = [...catalogue.pedagogyIndicators, ...catalogue.financeIndicators, ...catalogue.parentalityIndicators];
    let compared = 0;
    for (const period of [null, { schoolYear: '2023-2024' }]) {
      const { departments } = await run(DashboardComparisonDocument, { codes: ['18', '29'], period });
      for (const info of infos) {
        for (const per of info.normalisations) {
          const document = RANKINGS[info.rankedBy as keyof typeof RANKINGS] as unknown as TypedDocumentNode<
            Record<string, Array<{ value: number | null; suppressed: boolean; department: { code: string } }>>,
            Record<string, unknown>
          >;
          const ranks = (await run(document, { indicator: info.name, options: { per, codes: ['18', '29'], ...(period ? { period } : {}) } }))[info.rankedBy]!;
          for (const department of departments) {
            const figures = department[info.subgraph as 'pedagogy' | 'finance' | 'parentality']!.indicators!.find((i) => i.name === info.name)!;
            const rank = ranks.find((r) => r.department.code === department.code)!;
            expect({ indicator: info.name, per, code: department.code, value: figures[PER_FIELD[per]], suppressed: figures.suppressed }).toEqual({
              indicator: info.name,
              per,
              code: department.code,
              value: rank.value,
              suppressed: rank.suppressed,
            });
            compared++;
          }
        }
      }
    }
    // 42 indicators: 33 with three normalisations, 9 rates and means raw only; two departments, two periods.
    expect(compared).toBe((33 * 3 + 9) * 2 * 2);
  });

  it('gives the trends of every indicator from 2020-2021, each year as the comparison of that year', async () => {
    const trends = await run(DashboardTrendsDocument, { codes: ['29'] });
    const years = trends.departments[0]!.years;
    expect(years[0]!.schoolYear).toBe('2020-2021');
    const year = years.find((y) => y.schoolYear === '2023-2024')!;
    const { departments } = await run(DashboardComparisonDocument, { codes: ['29'], period: { schoolYear: '2023-2024' } });
    expect(year.pedagogy.indicators).toEqual(departments[0]!.pedagogy.indicators);
    expect(year.finance!.indicators).toEqual(departments[0]!.finance!.indicators);
    expect(year.parentality!.indicators).toEqual(departments[0]!.parentality!.indicators);
  });

  it('is null for a school, whose parentality KPIs the catalogue does not value', async () => {
    const { data, errors } = await stack.query('{ schools(first: 1) { nodes { parentality { indicators { name } } } } }');
    expect(errors).toBeUndefined();
    expect(data.schools.nodes[0].parentality.indicators).toBeNull();
  });

  it('costs as many SQL statements for the 101 departments as for 2', async () => {
    const catalogue = await run(DashboardCatalogueDocument, {});
    const compare = (codes: string[]) => stack.countSql(() => run(DashboardComparisonDocument, { codes, period: { schoolYear: '2023-2024' } }));
    expect(await compare(catalogue.departments.map((d) => d.code))).toEqual(await compare(['18', '29']));
    // Trends of every indicator cost more than QUERY_MAX_COST allows for all 101 (the dashboard asks 6 at most): 20 here.
    const trends = (codes: string[]) => stack.countSql(() => run(DashboardTrendsDocument, { codes }));
    expect(await trends(catalogue.departments.slice(0, 20).map((d) => d.code))).toEqual(await trends(['18', '29']));
  });
});
