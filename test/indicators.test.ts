import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { buildSchema, getNamedType, getNullableType, type GraphQLObjectType, isEnumType, isListType, isObjectType } from 'graphql';
import { FINANCE_INDICATORS } from '../subgraphs/finance/indicators.js';
import { PARENTALITY_INDICATORS } from '../subgraphs/parentality/indicators.js';
import { PEDAGOGY_INDICATORS } from '../subgraphs/pedagogy/indicators.js';

/**
 * The catalogues against the published API schema: an indicator the schema shows but no catalogue
 * declares fails, and so does a declaration pointing at a field the schema lacks.
 */
const schema = buildSchema(readFileSync(new URL('../schema/api.graphql', import.meta.url), 'utf8'));
const CATALOGUES = [
  { catalogue: PEDAGOGY_INDICATORS, kpis: 'PedagogyKpis', month: 'PedagogyMonth', enumName: 'PedagogyIndicator' },
  { catalogue: FINANCE_INDICATORS, kpis: 'FinanceKpis', month: 'FinanceMonth', enumName: 'FinanceIndicator' },
  { catalogue: PARENTALITY_INDICATORS, kpis: 'ParentalityKpis', month: 'ParentalityMonth', enumName: 'ParentalityIndicator' },
];
/** Value types: an indicator's field ends on one of them (or on a scalar). */
const VALUES = new Set(['Kpi', 'MoneyKpi', 'Money']);

/** Every field path under a KPI type: leaves (indicator values) and lists (breakdowns, series). */
function paths(type: GraphQLObjectType, prefix = ''): { leaves: string[]; lists: string[] } {
  const found = { leaves: [] as string[], lists: [] as string[] };
  for (const [name, field] of Object.entries(type.getFields())) {
    const named = getNamedType(field.type);
    if (isListType(getNullableType(field.type))) found.lists.push(`${prefix}${name}`);
    else if (isObjectType(named) && !VALUES.has(named.name)) {
      const inner = paths(named, `${prefix}${name}.`);
      found.leaves.push(...inner.leaves);
      found.lists.push(...inner.lists);
    } else found.leaves.push(`${prefix}${name}`);
  }
  return found;
}

describe.each(CATALOGUES)('the $kpis catalogue', ({ catalogue, kpis, month, enumName }) => {
  const { leaves, lists } = paths(schema.getType(kpis) as GraphQLObjectType);
  const entries = Object.values(catalogue.entries);

  it('declares every indicator value of the schema, and only fields the schema has', () => {
    const declared = new Set(entries.map((e) => e.field));
    expect(leaves.filter((leaf) => !declared.has(leaf))).toEqual([]);
    expect([...declared].filter((field) => !leaves.includes(field) && !lists.includes(field))).toEqual([]);
  });

  it('names monthly measures the monthly type has', () => {
    const measures = Object.keys((schema.getType(month) as GraphQLObjectType).getFields());
    expect(entries.flatMap((e) => (e.monthly ? [e.monthly] : [])).filter((m) => !measures.includes(m))).toEqual([]);
  });

  it('is the ranking enum of its subgraph, value for value', () => {
    const type = schema.getType(enumName);
    expect(isEnumType(type) && type.getValues().map((v) => v.name)).toEqual(catalogue.names);
  });

  it('gives every indicator a French label, a description and a unit', () => {
    for (const indicator of catalogue.list()) {
      expect(indicator).toEqual(
        expect.objectContaining({ label: expect.stringMatching(/^[A-ZÉ][^\n]{3,}$/), description: expect.stringMatching(/\.$/), unit: expect.any(String) }),
      );
      expect(indicator.label).not.toEqual(indicator.description);
    }
  });
});
