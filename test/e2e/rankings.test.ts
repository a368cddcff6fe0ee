import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { print } from 'graphql';
import {
  CompareDepartmentsDocument,
  DepartmentRankingDocument,
  type DepartmentRankingQuery,
  type DepartmentRankingQueryVariables,
} from '../../schema/generated/graphql.js';
import { Stack, tokenFor } from '../stack.js';

/** Rankings of departments on one indicator per subgraph, through the gateway. */
let stack: Stack;
beforeAll(async () => {
  stack = await Stack.start();
});
afterAll(() => stack?.stop());

const BASE = { pedagogy: 'TNE_SCHOOLS', finance: 'EQUIPMENT_GRANTED', parentality: 'ATTENDANCE' } as const;

async function ranking(variables: Partial<DepartmentRankingQueryVariables>, token?: string) {
  const { data, errors } = await stack.query<DepartmentRankingQuery>(print(DepartmentRankingDocument), { variables: { ...BASE, ...variables }, token });
  expect(errors).toBeUndefined();
  return data!;
}

describe('rankings of departments', () => {
  it('ranks every department, ties sharing a rank, with the department resolved through the graph', async () => {
    const data = await ranking({});
    for (const list of [data.pedagogyRanking, data.financeRanking, data.parentalityRanking]) {
      expect(list).toHaveLength(101);
      expect(new Set(list.map((r) => r.department.code)).size).toBe(101);
      expect(
        list
          .slice(0, 2)
          .map((r) => r.department.code)
          .sort(),
      ).toEqual(['18', '29']);
      expect(list[0]!.rank).toBe(1);
      expect(list[0]!.department.name).toMatch(/Cher|Finistère/);
      // The 99 departments without activity tie at 0, all third.
      expect(list.slice(2).every((r) => r.rank === 3 && r.value === 0)).toBe(true);
    }
  });

  it('gives the values of the comparison, normalised as asked, in order', async () => {
    const options: DepartmentRankingQueryVariables['options'] = {
      codes: ['18', '29'],
      per: 'PER_THOUSAND_PUPILS',
      period: { schoolYear: '2023-2024' },
      direction: 'ASC',
    };
    const data = await ranking({ options }, await tokenFor('ADMIN'));
    const { data: compared } = await stack.query(print(CompareDepartmentsDocument), {
      variables: { codes: ['18', '29'], period: options!.period },
      token: await tokenFor('ADMIN'),
    });
    const byCode = new Map<string, any>(compared.departments.map((d: any) => [d.code, d]));
    const values = (list: DepartmentRankingQuery['pedagogyRanking']) => list.map((r) => r.value!);
    expect(values(data.pedagogyRanking)).toEqual([...values(data.pedagogyRanking)].sort((a, b) => a - b));
    for (const r of data.pedagogyRanking) expect(r.value).toBe(byCode.get(r.department.code).pedagogy.tneSchools.perThousandPupils);
    for (const r of data.financeRanking) {
      expect(r.value).toBe(byCode.get(r.department.code).finance.equipmentGranted.perThousandPupils.cents);
      expect(r.amount).toEqual({ cents: r.value, currency: 'EUR' });
    }
    expect(data.pedagogyRanking.every((r) => r.amount === null)).toBe(true);
    for (const r of data.parentalityRanking) expect(r.value).toBe(byCode.get(r.department.code).parentality.attendance.perThousandPupils);
    expect(data.financeRanking.map((r) => r.rank)).toEqual([1, 2]);
  });

  it('suppresses counts about persons as the department indicators do, and leaves them unranked', async () => {
    const period = { from: '2023-01-01', to: '2023-06-30' };
    const hidden = await ranking({ options: { codes: ['18', '29'], period } });
    expect(hidden.parentalityRanking.every((r) => r.value === null && r.suppressed && r.rank === null)).toBe(true);
    const coordinator = await ranking({ options: { codes: ['18', '29'], period } }, await tokenFor('PARENTALITY_COORDINATOR', ['29']));
    const shown = coordinator.parentalityRanking.find((r) => r.department.code === '29')!;
    expect(shown.suppressed).toBe(false);
    expect(shown.rank).toBe(1);
    expect(coordinator.parentalityRanking.find((r) => r.department.code === '18')!.rank).toBeNull();
  });

  it('ranks on the mean level of a CRCN domain and on the consumption of envelopes, raw', async () => {
    const options = { codes: ['18', '29'] };
    const data = await ranking({ pedagogy: 'PIX_MEAN_LEVEL_DOMAIN_3', finance: 'CONSUMPTION_RATE', options });
    const { data: compared } = await stack.query(print(CompareDepartmentsDocument), { variables: { codes: ['18', '29'] } });
    for (const r of data.pedagogyRanking) {
      const d = compared.departments.find((x: any) => x.code === r.department.code);
      expect(r.value).toBe(d.pedagogy.pix.meanLevelByDomain.find((l: any) => l.domain.code === '3').meanLevel);
    }
    for (const r of data.financeRanking) {
      const b = compared.departments.find((x: any) => x.code === r.department.code).finance.budget;
      expect(r.value).toBeCloseTo(b.committed.value.cents / b.envelopes.value.cents, 4);
    }
    const normalised = await stack.query(print(DepartmentRankingDocument), {
      variables: { ...BASE, finance: 'CONSUMPTION_RATE', options: { per: 'PER_THOUSAND_PUPILS' } },
    });
    expect(normalised.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps the first N, lists a department once, and refuses a normalised rate, an unknown and a malformed department', async () => {
    expect((await ranking({ options: { first: 5 } })).pedagogyRanking).toHaveLength(5);
    const rate = await stack.query(print(DepartmentRankingDocument), {
      variables: { ...BASE, pedagogy: 'PIX_CERTIFICATION_RATE', options: { per: 'PER_TEN_THOUSAND_INHABITANTS' } },
    });
    expect(rate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await stack.query(print(DepartmentRankingDocument), { variables: { ...BASE, options: { codes: ['18', '20'] } } });
    expect(unknown.errors?.map((e) => e.extensions?.code)).toContain('NOT_FOUND');
    const malformed = await stack.query(print(DepartmentRankingDocument), { variables: { ...BASE, options: { codes: ['18', 'abc'] } } });
    expect(malformed.errors?.map((e) => e.extensions?.code)).toContain('BAD_USER_INPUT');
    const twice = await ranking({ options: { codes: ['18', '18', '2a'] } });
    expect(twice.pedagogyRanking.map((r) => r.department.code).sort()).toEqual(['18', '2A']);
  });

  it('costs as many SQL statements for 101 departments as for 2', async () => {
    const count = (codes: string[] | null) =>
      stack.countSql(async () => {
        const { errors } = await stack.query(print(DepartmentRankingDocument), { variables: { ...BASE, options: { codes } } });
        expect(errors).toBeUndefined();
      });
    await count(['18']); // the sizes finance and parentality ask of pedagogy are then cached
    expect(await count(null)).toEqual(await count(['18', '29']));
  });
});
