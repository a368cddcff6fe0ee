import { Field, ObjectType } from 'type-graphql';
import { indicatorFields } from '../../../platform/indicator-fields.js';
import { indicatorValuesResolver } from '../../../platform/indicator-values.js';
import type { DateRange } from '../../../platform/period.js';
import { Kpi, type KpiBase } from '../../../platform/types.js';
import { PARENTALITY_INDICATORS } from '../indicators.js';
import { WorkshopKind } from './workshop.entity.js';
import './workshop.type.js';

@ObjectType('ParentalityKindKpis', { description: 'Parentality indicators of one kind of workshop over a period.' })
export class ParentalityKindKpis {
  @Field(() => WorkshopKind, { description: 'Kind of workshop.' })
  kind!: WorkshopKind;

  @Field(() => Kpi, { description: 'Workshops of this kind held.' })
  workshopsHeld!: Kpi;

  @Field(() => Kpi, { description: 'Attendance of these workshops; suppressed with secondary suppression across the kinds.' })
  attendance!: Kpi;

  @Field(() => Kpi, { description: 'Distinct households that took part in a workshop of this kind; suppressed like attendance.' })
  householdsReached!: Kpi;
}

/** What the KPI field resolvers need to load the other groups (not GraphQL fields). */
export interface KpiScope {
  key: string;
  keyColumn: 'department' | 'school';
  departmentCode: string;
  range: DateRange;
  base: KpiBase;
  /** True where cells are hidden entirely below the coordinator (schools: see SchoolParentalityResolver). */
  hideBelowCoordinator: boolean;
}

/**
 * Its indicator fields (workshops held, attendance, households reached, devices on loan) come from
 * the catalogue; schools share the type, so the values are computed for departments and schools alike.
 */
@ObjectType({ description: 'Parentality indicators (indicateurs parentalité) over a period.' })
export class ParentalityKpis {
  workshopsHeld!: Kpi;
  attendance!: Kpi;
  scope!: KpiScope;
}
indicatorFields(ParentalityKpis, PARENTALITY_INDICATORS, '');

/** `ParentalityKpis.indicators`: the whole catalogue for a department's scope (the catalogue values departments, not schools). */
export const ParentalityIndicatorValuesResolver = indicatorValuesResolver(
  ParentalityKpis,
  PARENTALITY_INDICATORS,
  (kpis) => (kpis.scope.keyColumn === 'department' ? kpis.scope : null),
  true,
);

/** Workshop totals per key (department or school), from SQL. */
export interface WorkshopTotals {
  workshops: number;
  attendance: number;
  /** Girls and children with special needs among the attendance, where workshops recorded them. */
  girls: number;
  specialNeeds: number;
}
