import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { print } from 'graphql';
import { CompareDepartmentsDocument } from '../../schema/generated/graphql.js';
import { FINANCE_INDICATORS } from '../../subgraphs/finance/indicators.js';
import { PARENTALITY_INDICATORS } from '../../subgraphs/parentality/indicators.js';
import { PEDAGOGY_INDICATORS } from '../../subgraphs/pedagogy/indicators.js';
import { Stack, tokenFor } from '../stack.js';

const CATALOGUES = [PEDAGOGY_INDICATORS, FINANCE_INDICATORS, PARENTALITY_INDICATORS];

/**
 * The catalogue through the gateway: the three `…Indicators` lists, and for every indicator whose
 * declared field is a value, its ranking equals what the department answer shows at that field —
 * so a declaration that names the wrong field, or reads the wrong loader, fails.
 */
let stack: Stack;
beforeAll(async () => {
  stack = await Stack.start();
});
afterAll(() => stack?.stop());

const LIST = `{ all: pedagogyIndicators { ...I } finance: financeIndicators { ...I } parentality: parentalityIndicators { ...I } }
  fragment I on Indicator { name subgraph label description unit field normalisations aboutPersons monthly rankedBy }`;
interface Indicator {
  name: string;
  subgraph: string;
  label: string;
  unit: string;
  field: string;
  normalisations: string[];
  aboutPersons: boolean;
  monthly: string | null;
  rankedBy: string;
}

/** The number a field of the department answer shows: a Kpi's value, a MoneyKpi's or Money's cents, a scalar. */
function valueAt(department: unknown, path: string): number | null | undefined {
  const node = path.split('.').reduce<any>((at, key) => at?.[key], department);
  if (Array.isArray(node)) return undefined; // a breakdown: the indicator derives from it
  if (node && typeof node === 'object') return 'cents' in node ? node.cents : typeof node.value === 'object' ? node.value?.cents : node.value;
  return node;
}

describe('the indicator catalogue through the gateway', () => {
  let indicators: Indicator[];
  beforeAll(async () => {
    const { data, errors } = await stack.query(LIST);
    expect(errors).toBeUndefined();
    indicators = [...data.all, ...data.finance, ...data.parentality];
  });

  it('lists every indicator of the three subgraphs with a label, unit, field and privacy flag', () => {
    expect(indicators.map((i) => i.subgraph).filter((s, i, all) => all.indexOf(s) === i)).toEqual(['pedagogy', 'finance', 'parentality']);
    expect(indicators.map((i) => i.name)).toEqual(CATALOGUES.flatMap((c) => c.names));
    for (const i of indicators) {
      expect(i.field.startsWith(`${i.subgraph}.`) && i.rankedBy === `${i.subgraph}Ranking`).toBe(true);
      expect(i.normalisations).toEqual(['RATE', 'MEAN'].includes(i.unit) ? ['RAW'] : ['RAW', 'PER_THOUSAND_PUPILS', 'PER_TEN_THOUSAND_INHABITANTS']);
    }
    expect(indicators.filter((i) => i.aboutPersons).map((i) => i.name)).toEqual([
      'ATTENDANCE',
      'WORKSHOP_GIRLS_REACHED',
      'WORKSHOP_SPECIAL_NEEDS_REACHED',
      'HOUSEHOLDS_REACHED',
      'DEVICES_ON_LOAN',
    ]);
  });

  it.each([null, '2023-2024'])('ranks Cher on each indicator at the value its department answer shows (school year %s)', async (schoolYear) => {
    const period = schoolYear ? { schoolYear } : null;
    const token = await tokenFor('ADMIN');
    const { data, errors } = await stack.query(print(CompareDepartmentsDocument), { token, variables: { codes: ['18'], period } });
    expect(errors).toBeUndefined();
    let compared = 0;
    const unshown: string[] = [];
    for (const i of indicators) {
      const shown = valueAt(data.departments[0], i.field);
      if (shown === undefined) {
        unshown.push(i.name); // derived from a breakdown (ranked, but not shown as one value), or missing from the comparison
        continue;
      }
      const ranking = await stack.query(
        `query($i: ${i.subgraph[0]!.toUpperCase()}${i.subgraph.slice(1)}Indicator!, $o: RankingOptions) { r: ${i.rankedBy}(indicator: $i, options: $o) { value } }`,
        {
          token,
          variables: { i: i.name, o: { codes: ['18'], period } },
        },
      );
      expect(ranking.errors).toBeUndefined();
      // Hours are shown rounded to the hour and ranked exact; everything else to 3 decimals.
      expect([i.name, ranking.data.r[0].value]).toEqual([i.name, shown === null ? null : expect.closeTo(shown, i.unit === 'HOURS' ? -0.3 : 3)]);
      compared += 1;
    }
    expect(compared).toBe(34);
    // Only indicators whose type declares their field (breakdowns) may be absent from the comparison.
    const declared = new Set<string>(
      CATALOGUES.flatMap((c) => c.names.filter((n) => (c.entries as Record<string, { fieldDeclared?: true }>)[n]!.fieldDeclared)),
    );
    expect(unshown.filter((name) => !declared.has(name))).toEqual([]);
  });
});
