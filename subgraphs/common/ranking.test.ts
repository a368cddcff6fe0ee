import { describe, expect, it } from '@jest/globals';
import { OrderDirection } from './pagination.js';
import { Normalisation, rankDepartments } from './ranking.js';

const entries = [
  { code: '29', value: 40, base: { pupils: 100_000, inhabitants: 915_000 } },
  { code: '18', value: 40, base: { pupils: 40_000, inhabitants: 300_000 } },
  { code: '36', value: 0, base: { pupils: 25_000, inhabitants: 215_000 } },
  { code: '02', value: null, base: { pupils: 60_000, inhabitants: 530_000 } },
  { code: '13', value: 90, base: { pupils: 0, inhabitants: 2_000_000 } },
];
const raw = { per: Normalisation.RAW, direction: OrderDirection.DESC };

describe('rankDepartments', () => {
  it('ranks the highest first, ties sharing a rank (1, 2, 2, 4), hidden values last and unranked', () => {
    expect(rankDepartments(entries, raw).map((r) => [r.department.code, r.rank])).toEqual([['13', 1], ['18', 2], ['29', 2], ['36', 4], ['02', null]]);
    expect(rankDepartments(entries, raw).at(-1)).toMatchObject({ value: null, suppressed: true });
  });

  it('normalises before ranking; a department without pupils has no value per pupil', () => {
    const perPupil = rankDepartments(entries, { per: Normalisation.PER_THOUSAND_PUPILS, direction: OrderDirection.DESC });
    expect(perPupil.map((r) => [r.department.code, r.value])).toEqual([['18', 1], ['29', 0.4], ['36', 0], ['02', null], ['13', null]]);
    expect(perPupil.find((r) => r.department.code === '13')).toMatchObject({ rank: null, suppressed: false });
  });

  it('rounds money to the cent, orders ascending and keeps the first N', () => {
    const money = rankDepartments([{ code: '18', value: 1001, base: { inhabitants: 300_000 } }], { per: Normalisation.PER_TEN_THOUSAND_INHABITANTS, direction: OrderDirection.ASC, money: true });
    expect(money[0]!.value).toBe(33);
    expect(rankDepartments(entries, { ...raw, direction: OrderDirection.ASC, first: 2 }).map((r) => r.department.code)).toEqual(['36', '18']);
  });

  it('refuses to normalise a rate, and a first below 1', () => {
    expect(() => rankDepartments(entries, { ...raw, per: Normalisation.PER_THOUSAND_PUPILS, ratio: true })).toThrow(/compared raw/);
    expect(() => rankDepartments(entries, { ...raw, first: 0 })).toThrow(/at least 1/);
  });
});
