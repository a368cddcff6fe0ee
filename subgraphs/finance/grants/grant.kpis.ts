import { Field, Int, ObjectType } from 'type-graphql';
import { SafeIntResolver } from 'graphql-scalars';
import { type IndicatorScope, indicatorFields } from '../../../platform/indicator-fields.js';
import { indicatorValuesResolver } from '../../../platform/indicator-values.js';
import { Money } from '../../../platform/types.js';
import { FINANCE_INDICATORS } from '../indicators.js';

/** What the finance KPIs are about: one department over one period, with its sizes. */
export type FinanceScope = IndicatorScope;

/** Its indicator fields (equipment granted, grants) come from the catalogue. */
@ObjectType({ description: 'Finance indicators (indicateurs financiers) of a department over a period.' })
export class FinanceKpis {
  /** Not a GraphQL field: what the budget field resolvers compute from. */
  scope!: FinanceScope;
}
indicatorFields(FinanceKpis, FINANCE_INDICATORS, '');

/** `FinanceKpis.indicators`: the whole catalogue for the scope. */
export const FinanceIndicatorValuesResolver = indicatorValuesResolver(FinanceKpis, FINANCE_INDICATORS, (kpis) => kpis.scope);

@ObjectType({ description: "Finance of a school (financement de l'établissement) over a period." })
export class SchoolFinance {
  @Field(() => Money, { description: "Equipment grants received (subventions d'équipement)." })
  equipmentGranted!: Money;

  @Field(() => Int, { description: 'Number of equipment grants.' })
  grants!: number;

  @Field(() => SafeIntResolver, { nullable: true, description: 'Cents granted per pupil, rounded; null without pupils.' })
  centsPerPupil!: number | null;
}

/** Totals of grants per key (department or school), from SQL. */
export interface GrantTotals {
  count: number;
  cents: number;
}
