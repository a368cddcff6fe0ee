import { Field, ObjectType } from 'type-graphql';
import { periodKey } from '../../../platform/loaders.js';
import { ALL_TIME, type DateRange } from '../../../platform/period.js';
import { Kpi, kpi, type KpiBase } from '../../../platform/types.js';
import type { PedagogyLoaders } from '../loaders.js';
import type { DepartmentStats } from './department.stats.js';

/**
 * What a group of pedagogy KPIs is about: one department over one period, with the sizes that
 * normalise its values. Feature folders add their groups (projects, training, Pix) as field
 * resolvers on PedagogyKpis that read this scope.
 */
export interface KpiScope {
  departmentCode: string;
  range: DateRange;
  base: KpiBase;
}

@ObjectType({ description: 'Pedagogy indicators (indicateurs pédagogiques) of a department over a period.' })
export class PedagogyKpis {
  @Field(() => Kpi, { description: 'Schools recorded in the graph (établissements).' })
  schools!: Kpi;

  @Field(() => Kpi, { description: 'Schools that had joined the TNE by the end of the period (établissements TNE).' })
  tneSchools!: Kpi;

  @Field(() => Kpi, { description: 'Pupils of the TNE schools (élèves touchés).' })
  pupilsReached!: Kpi;

  /** Not a GraphQL field: the scope that the feature groups' field resolvers compute from. */
  scope!: KpiScope;
}

export function pedagogyKpis(stats: DepartmentStats, scope: KpiScope): PedagogyKpis {
  const { base } = scope;
  return {
    scope,
    schools: kpi(stats.schools, base),
    tneSchools: kpi(stats.tneSchools, base),
    pupilsReached: kpi(stats.tnePupils, base),
  };
}

/** A department's pedagogy KPIs over a range, normalised by its current pupils and population. */
export async function departmentPedagogy(loaders: PedagogyLoaders, department: { code: string; population: number }, range: DateRange): Promise<PedagogyKpis> {
  const [stats, all] = await Promise.all([
    loaders.departmentStats.load(periodKey(department.code, range)),
    loaders.departmentStats.load(periodKey(department.code, ALL_TIME)),
  ]);
  const base = { pupils: all.pupils, inhabitants: department.population };
  return pedagogyKpis(stats, { departmentCode: department.code, range, base });
}
