import { Field, Int, ObjectType } from 'type-graphql';
import { SafeIntResolver } from 'graphql-scalars';
import type { DateRange } from '../../../platform/period.js';
import { Kpi, Money, MoneyKpi, type KpiBase } from '../../../platform/types.js';

/** What the finance KPIs are about: one department over one period, with its sizes. */
export interface FinanceScope {
  departmentCode: string;
  range: DateRange;
  base: KpiBase;
}

@ObjectType({ description: 'Finance indicators (indicateurs financiers) of a department over a period.' })
export class FinanceKpis {
  /** Not a GraphQL field: what the budget field resolvers compute from. */
  scope!: FinanceScope;

  @Field(() => MoneyKpi, { description: "Equipment grants to schools (subventions d'équipement), all funders." })
  equipmentGranted!: MoneyKpi;

  @Field(() => Kpi, { description: 'Number of equipment grants.' })
  grants!: Kpi;
}

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
