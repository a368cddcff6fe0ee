import { describe, expect, it } from '@jest/globals';
import type { GraphQLEnumType, GraphQLInputObjectType, GraphQLObjectType } from 'graphql';
import { Args, Field, ID, ObjectType, Query, Resolver, buildSchema } from 'type-graphql';
import type { DepartmentSizes } from './department-sizes.js';
import { OrderDirection } from './pagination.js';
import type { DateRange } from './period.js';
import {
  Normalisation,
  RankingArgs,
  buildRanking,
  departmentRankType,
  rankDepartments,
  type Ranked,
  type RankedIndicator,
  type RankingEntry,
  type RankingOptions,
} from './ranking.js';

const entries: RankingEntry[] = [
  { code: '29', value: 40, base: { pupils: 100_000, inhabitants: 915_000 } },
  { code: '18', value: 40, base: { pupils: 40_000, inhabitants: 300_000 } },
  { code: '36', value: 0, base: { pupils: 25_000, inhabitants: 215_000 } },
  { code: '02', value: null, base: { pupils: 60_000, inhabitants: 530_000 } },
  { code: '13', value: 90, base: { pupils: 0, inhabitants: 2_000_000 } },
];
const raw = { per: Normalisation.RAW, direction: OrderDirection.DESC };

/** A ranked row in full: amount null unless given, suppressed only when the value is hidden. */
const row = (code: string, rank: number | null, value: number | null, more: Partial<Ranked> = {}): Ranked => ({
  rank,
  department: { code },
  value,
  amount: null,
  suppressed: false,
  ...more,
});
const codesAndRanks = (ranked: Ranked[]) => ranked.map((r) => [r.department.code, r.rank]);

const badUserInput = (field: string, message: string) => expect.objectContaining({ message, extensions: { code: 'BAD_USER_INPUT', field } });

describe('rankDepartments', () => {
  it('ranks the highest first, ties sharing a rank (1, 2, 2, 4), hidden values last and unranked', () => {
    expect(rankDepartments(entries, raw)).toEqual([
      row('13', 1, 90),
      row('18', 2, 40),
      row('29', 2, 40),
      row('36', 4, 0),
      row('02', null, null, { suppressed: true }),
    ]);
  });

  it.each<[string, OrderDirection, Array<[string, number | null]>]>([
    [
      'descending',
      OrderDirection.DESC,
      [
        ['13', 1],
        ['18', 2],
        ['29', 2],
        ['36', 4],
        ['02', null],
      ],
    ],
    [
      'ascending',
      OrderDirection.ASC,
      [
        ['36', 1],
        ['18', 2],
        ['29', 2],
        ['13', 4],
        ['02', null],
      ],
    ],
  ])('orders %s; ties by code, hidden values still last', (_case, direction, expected) => {
    expect(codesAndRanks(rankDepartments(entries, { ...raw, direction }))).toEqual(expected);
  });

  it.each<[string, Array<number | null>, Array<[string, number | null]>]>([
    [
      'a tie at the top',
      [5, 5, 3],
      [
        ['01', 1],
        ['02', 1],
        ['03', 3],
      ],
    ],
    [
      'a tie at the bottom',
      [5, 3, 3],
      [
        ['01', 1],
        ['02', 2],
        ['03', 2],
      ],
    ],
    [
      'all tied',
      [7, 7, 7],
      [
        ['01', 1],
        ['02', 1],
        ['03', 1],
      ],
    ],
    [
      'a tie at zero, the next rank skipping two',
      [0, 0, 0, -1],
      [
        ['01', 1],
        ['02', 1],
        ['03', 1],
        ['04', 4],
      ],
    ],
    [
      'two ties in a row',
      [9, 9, 4, 4],
      [
        ['01', 1],
        ['02', 1],
        ['03', 3],
        ['04', 3],
      ],
    ],
    [
      'no tie',
      [3, 2, 1],
      [
        ['01', 1],
        ['02', 2],
        ['03', 3],
      ],
    ],
    [
      'values that differ by a fraction',
      [1.5, 1.25, 1.25],
      [
        ['01', 1],
        ['02', 2],
        ['03', 2],
      ],
    ],
    [
      'hidden values, whatever their place',
      [null, 2, null, 1],
      [
        ['02', 1],
        ['04', 2],
        ['01', null],
        ['03', null],
      ],
    ],
    [
      'only hidden values',
      [null, null],
      [
        ['01', null],
        ['02', null],
      ],
    ],
  ])('gives competition ranks with %s', (_case, values, expected) => {
    const input = values.map((value, i) => ({ code: `0${i + 1}`, value, base: {} }));
    expect(codesAndRanks(rankDepartments(input, raw))).toEqual(expected);
  });

  it('lists hidden values in code order, whatever the input order and the direction', () => {
    const hidden = ['95', '2A', '02', '971'].map((code) => ({ code, value: null, base: {} }));
    for (const direction of [OrderDirection.DESC, OrderDirection.ASC]) {
      expect(rankDepartments(hidden, { ...raw, direction })).toEqual([
        row('02', null, null, { suppressed: true }),
        row('2A', null, null, { suppressed: true }),
        row('95', null, null, { suppressed: true }),
        row('971', null, null, { suppressed: true }),
      ]);
    }
  });

  it('ranks nothing when there is nothing to rank', () => {
    expect(rankDepartments([], raw)).toEqual([]);
  });

  it.each<[Normalisation, Ranked[]]>([
    [Normalisation.RAW, [row('13', 1, 90), row('18', 2, 40), row('29', 2, 40), row('36', 4, 0), row('02', null, null, { suppressed: true })]],
    // 40 / 40,000 pupils × 1,000 = 1; 40 / 100,000 × 1,000 = 0.4; no pupils in 13: no value, not suppressed.
    [
      Normalisation.PER_THOUSAND_PUPILS,
      [row('18', 1, 1), row('29', 2, 0.4), row('36', 3, 0), row('02', null, null, { suppressed: true }), row('13', null, null)],
    ],
    // 90 / 2,000,000 × 10,000 = 0.45; 40 / 300,000 × 10,000 = 1.333 (3 decimals); 40 / 915,000 × 10,000 = 0.437.
    [
      Normalisation.PER_TEN_THOUSAND_INHABITANTS,
      [row('18', 1, 1.333), row('13', 2, 0.45), row('29', 3, 0.437), row('36', 4, 0), row('02', null, null, { suppressed: true })],
    ],
  ])('normalises %s before ranking', (per, expected) => {
    expect(rankDepartments(entries, { per, direction: OrderDirection.DESC })).toEqual(expected);
  });

  it('ranks on the normalised value: raw ties part and raw order turns over', () => {
    const input = [
      { code: '18', value: 100, base: { pupils: 50_000 } },
      { code: '29', value: 100, base: { pupils: 100_000 } },
      { code: '36', value: 60, base: { pupils: 20_000 } },
    ];
    expect(rankDepartments(input, { per: Normalisation.PER_THOUSAND_PUPILS, direction: OrderDirection.DESC })).toEqual([
      row('36', 1, 3),
      row('18', 2, 2),
      row('29', 3, 1),
    ]);
  });

  it('gives money as an amount too, in whole cents when normalised; none for hidden or baseless values', () => {
    const cents = [
      { code: '18', value: 1001, base: { pupils: 3_000, inhabitants: 300_000 } },
      { code: '36', value: 250_000, base: { pupils: 0, inhabitants: 215_000 } },
      { code: '02', value: null, base: { pupils: 60_000, inhabitants: 530_000 } },
    ];
    expect(rankDepartments(cents, { per: Normalisation.RAW, direction: OrderDirection.ASC, money: true })).toEqual([
      row('18', 1, 1001, { amount: { cents: 1001, currency: 'EUR' } }),
      row('36', 2, 250_000, { amount: { cents: 250_000, currency: 'EUR' } }),
      row('02', null, null, { suppressed: true }),
    ]);
    // 1001 cents / 300,000 × 10,000 = 33.37 → 33 cents; 250,000 / 215,000 × 10,000 = 11,627.9 → 11,628.
    expect(rankDepartments(cents, { per: Normalisation.PER_TEN_THOUSAND_INHABITANTS, direction: OrderDirection.ASC, money: true })).toEqual([
      row('18', 1, 33, { amount: { cents: 33, currency: 'EUR' } }),
      row('36', 2, 11_628, { amount: { cents: 11_628, currency: 'EUR' } }),
      row('02', null, null, { suppressed: true }),
    ]);
    // 1001 / 3,000 × 1,000 = 333.67 → 334 cents; 36 has no pupils: no value, no amount, not suppressed.
    expect(rankDepartments(cents, { per: Normalisation.PER_THOUSAND_PUPILS, direction: OrderDirection.ASC, money: true })).toEqual([
      row('18', 1, 334, { amount: { cents: 334, currency: 'EUR' } }),
      row('02', null, null, { suppressed: true }),
      row('36', null, null),
    ]);
  });

  it.each([false, undefined])('gives no amount when the indicator is not money (money: %p)', (money) => {
    const input = [{ code: '18', value: 1001, base: { inhabitants: 300_000 } }];
    expect(rankDepartments(input, { ...raw, money })).toEqual([row('18', 1, 1001)]);
    expect(rankDepartments(input, { per: Normalisation.PER_TEN_THOUSAND_INHABITANTS, direction: OrderDirection.DESC, money })).toEqual([row('18', 1, 33.367)]);
  });

  it.each<[string, number | null | undefined, string[]]>([
    ['first omitted: all', undefined, ['13', '18', '29', '36', '02']],
    ['first null: all', null, ['13', '18', '29', '36', '02']],
    ['first 1: the top one', 1, ['13']],
    ['first 2: a tie cut in two', 2, ['13', '18']],
    ['first 4: the ranked ones', 4, ['13', '18', '29', '36']],
    ['first 5: as many as there are', 5, ['13', '18', '29', '36', '02']],
    ['first 6: more than there are', 6, ['13', '18', '29', '36', '02']],
  ])('keeps the first N entries (%s)', (_case, first, expected) => {
    expect(rankDepartments(entries, { ...raw, first }).map((r) => r.department.code)).toEqual(expected);
  });

  it.each([0, -1])('refuses first %p with BAD_USER_INPUT on options.first', (first) => {
    expect(() => rankDepartments(entries, { ...raw, first })).toThrow(badUserInput('options.first', 'first must be at least 1.'));
  });

  it.each([Normalisation.PER_THOUSAND_PUPILS, Normalisation.PER_TEN_THOUSAND_INHABITANTS])('refuses to normalise a rate (%s)', (per) => {
    expect(() => rankDepartments(entries, { ...raw, per, ratio: true })).toThrow(
      badUserInput('options.per', 'A rate or mean is compared raw: normalising it has no meaning.'),
    );
  });

  it('ranks a rate raw', () => {
    const rates = [
      { code: '18', value: 0.25, base: { pupils: 40_000 } },
      { code: '29', value: 0.5, base: { pupils: 100_000 } },
    ];
    expect(rankDepartments(rates, { ...raw, ratio: true })).toEqual([row('29', 1, 0.5), row('18', 2, 0.25)]);
  });
});

describe('buildRanking', () => {
  const sizes: DepartmentSizes = new Map([
    ['02', { pupils: 60_000, inhabitants: 530_000 }],
    ['18', { pupils: 40_000, inhabitants: 300_000 }],
    ['2A', { pupils: 20_000, inhabitants: 160_000 }],
    ['29', { pupils: 100_000, inhabitants: 915_000 }],
  ]);
  const values: Record<string, number | null> = { '02': null, '18': 40, '2A': 40, '29': 90 };

  /** An indicator that records each question it is asked. */
  function indicator(more: Partial<RankedIndicator> = {}) {
    const asked: Array<[string, DateRange]> = [];
    const kpi: RankedIndicator = {
      value: async (code, range) => {
        asked.push([code, range]);
        return values[code]!;
      },
      ...more,
    };
    return { kpi, asked };
  }
  const options = (given: Partial<RankingOptions>) => given as RankingOptions;
  const allTime = { from: null, to: null };

  it('ranks every department, raw, highest first, over all time when no options are given', async () => {
    const { kpi, asked } = indicator();
    expect(await buildRanking(sizes, kpi, undefined)).toEqual([
      row('29', 1, 90),
      row('18', 2, 40),
      row('2A', 2, 40),
      row('02', null, null, { suppressed: true }),
    ]);
    expect(asked).toEqual([
      ['02', allTime],
      ['18', allTime],
      ['2A', allTime],
      ['29', allTime],
    ]);
  });

  it('ranks the same way with empty options', async () => {
    const { kpi } = indicator();
    expect(codesAndRanks(await buildRanking(sizes, kpi, options({})))).toEqual([
      ['29', 1],
      ['18', 2],
      ['2A', 2],
      ['02', null],
    ]);
  });

  it('ranks only the departments asked, each once, normalised, in the direction and length asked, over the period', async () => {
    const { kpi, asked } = indicator();
    const ranked = await buildRanking(
      sizes,
      kpi,
      options({
        codes: ['2a', ' 18', '18', '02'],
        per: Normalisation.PER_THOUSAND_PUPILS,
        direction: OrderDirection.ASC,
        first: 2,
        period: { schoolYear: '2023-2024' },
      }),
    );
    // 40 / 40,000 pupils × 1,000 = 1 for 18; 40 / 20,000 × 1,000 = 2 for 2A.
    expect(ranked).toEqual([row('18', 1, 1), row('2A', 2, 2)]);
    const schoolYear = { from: '2023-09-01', to: '2024-08-31' };
    expect(asked).toEqual([
      ['2A', schoolYear],
      ['18', schoolYear],
      ['02', schoolYear],
    ]);
  });

  it('passes a date range on to the indicator', async () => {
    const { kpi, asked } = indicator();
    await buildRanking(sizes, kpi, options({ codes: ['29'], period: { from: '2024-02-29' } }));
    expect(asked).toEqual([['29', { from: '2024-02-29', to: null }]]);
  });

  it('ranks nothing when an empty list of departments is asked', async () => {
    const { kpi, asked } = indicator();
    expect(await buildRanking(sizes, kpi, options({ codes: [] }))).toEqual([]);
    expect(asked).toEqual([]);
  });

  it('gives money amounts for a money indicator', async () => {
    const { kpi } = indicator({ money: true });
    expect(await buildRanking(sizes, kpi, options({ codes: ['18', '02'] }))).toEqual([
      row('18', 1, 40, { amount: { cents: 40, currency: 'EUR' } }),
      row('02', null, null, { suppressed: true }),
    ]);
  });

  it('refuses to normalise a rate', async () => {
    const { kpi } = indicator({ ratio: true });
    await expect(buildRanking(sizes, kpi, options({ per: Normalisation.PER_TEN_THOUSAND_INHABITANTS }))).rejects.toThrow(
      badUserInput('options.per', 'A rate or mean is compared raw: normalising it has no meaning.'),
    );
  });

  it('refuses first 0', async () => {
    const { kpi } = indicator();
    await expect(buildRanking(sizes, kpi, options({ first: 0 }))).rejects.toThrow(badUserInput('options.first', 'first must be at least 1.'));
  });

  it('refuses a malformed department code with BAD_USER_INPUT on options.codes, asking nothing', async () => {
    const { kpi, asked } = indicator();
    await expect(buildRanking(sizes, kpi, options({ codes: ['18', '2C'] }))).rejects.toThrow(
      badUserInput('options.codes', '"2C" is not a department code such as "18", "29", "2A" or "971".'),
    );
    expect(asked).toEqual([]);
  });

  it('refuses a department it does not know with NOT_FOUND, asking nothing', async () => {
    const { kpi, asked } = indicator();
    await expect(buildRanking(sizes, kpi, options({ codes: ['18', '971', '36'] }))).rejects.toThrow(
      expect.objectContaining({ message: 'No department has the code "971".', extensions: { code: 'NOT_FOUND' } }),
    );
    expect(asked).toEqual([]);
  });

  it('refuses a malformed period with BAD_USER_INPUT', async () => {
    const { kpi, asked } = indicator();
    await expect(buildRanking(sizes, kpi, options({ period: { schoolYear: '2023-2025' } }))).rejects.toThrow(
      badUserInput('period.schoolYear', '"2023-2025" is not a school year such as "2023-2024".'),
    );
    expect(asked).toEqual([]);
  });
});

describe('the ranking schema', () => {
  @ObjectType('Department')
  class Department {
    @Field(() => ID)
    code!: string;
  }
  const DepartmentRank = departmentRankType(Department);

  @Resolver()
  class RankingResolver {
    @Query(() => [DepartmentRank])
    ranking(@Args(() => RankingArgs) _args: RankingArgs): Ranked[] {
      return [];
    }
  }

  const schema = buildSchema({ resolvers: [RankingResolver], skipCheck: true });

  it('documents the normalisations', async () => {
    const normalisation = (await schema).getType('Normalisation') as GraphQLEnumType;
    expect(normalisation.description).toBe('How values are compared across departments (normalisation).');
    expect(normalisation.getValues().map((v) => [v.name, v.value, v.description])).toEqual([
      ['RAW', 'RAW', 'Raw values (valeurs brutes).'],
      ['PER_THOUSAND_PUPILS', 'PER_THOUSAND_PUPILS', 'Per 1,000 pupils (pour 1 000 élèves).'],
      ['PER_TEN_THOUSAND_INHABITANTS', 'PER_TEN_THOUSAND_INHABITANTS', 'Per 10,000 inhabitants (pour 10 000 habitants).'],
    ]);
  });

  it('gives each department its rank, value, amount and secrecy', async () => {
    const rank = (await schema).getType('DepartmentRank') as GraphQLObjectType;
    expect(Object.values(rank.getFields()).map((f) => [f.name, String(f.type)])).toEqual([
      ['rank', 'Int'],
      ['department', 'Department!'],
      ['value', 'Float'],
      ['amount', 'Money'],
      ['suppressed', 'Boolean!'],
    ]);
  });

  it('defaults the options to raw values, highest first', async () => {
    const rankingOptions = (await schema).getType('RankingOptions') as GraphQLInputObjectType;
    expect(Object.values(rankingOptions.getFields()).map((f) => [f.name, String(f.type), f.defaultValue])).toEqual([
      ['per', 'Normalisation!', 'RAW'],
      ['period', 'PeriodInput', undefined],
      ['codes', '[ID!]', undefined],
      ['direction', 'OrderDirection!', 'desc'],
      ['first', 'Int', undefined],
    ]);
  });
});
