import { ObjectType } from 'type-graphql';
import { type IndicatorScope, indicatorFields, indicatorValues } from '../../../platform/indicator-fields.js';
import { indicatorValuesResolver } from '../../../platform/indicator-values.js';
import { periodKey } from '../../../platform/loaders.js';
import { ALL_TIME, type DateRange } from '../../../platform/period.js';
import type { PedagogyContext } from '../context.js';
import { PEDAGOGY_INDICATORS } from '../indicators.js';

/**
 * What a group of pedagogy KPIs is about: one department over one period, with the sizes that
 * normalise its values. Feature folders add their groups (projects, training, Pix) as field
 * resolvers on PedagogyKpis that read this scope.
 */
export type KpiScope = IndicatorScope;

/** Its own indicator fields (schools, TNE schools, pupils reached) come from the catalogue. */
@ObjectType({ description: 'Pedagogy indicators (indicateurs pédagogiques) of a department over a period.' })
export class PedagogyKpis {
  /** Not a GraphQL field: the scope that the feature groups' field resolvers compute from. */
  scope!: KpiScope;
}
indicatorFields(PedagogyKpis, PEDAGOGY_INDICATORS, '');

/** `PedagogyKpis.indicators`: the whole catalogue for the scope. */
export const PedagogyIndicatorValuesResolver = indicatorValuesResolver(PedagogyKpis, PEDAGOGY_INDICATORS, (kpis) => kpis.scope);

/** A department's pedagogy KPIs over a range, normalised by its current pupils and population. */
export async function departmentPedagogy(ctx: PedagogyContext, department: { code: string; population: number }, range: DateRange): Promise<PedagogyKpis> {
  const all = await ctx.loaders.departmentStats.load(periodKey(department.code, ALL_TIME));
  const scope = { departmentCode: department.code, range, base: { pupils: all.pupils, inhabitants: department.population } };
  return { scope, ...(await indicatorValues(PEDAGOGY_INDICATORS, '', ctx, scope)) };
}
