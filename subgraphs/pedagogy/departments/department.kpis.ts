import { Field, ObjectType } from 'type-graphql';
import { Kpi, kpi } from '../../common/types.js';
import type { DepartmentStats } from './department.stats.js';

@ObjectType({ description: 'Pedagogy indicators (indicateurs pédagogiques) of a department over a period.' })
export class PedagogyKpis {
  @Field(() => Kpi, { description: 'Schools recorded in the graph (établissements).' })
  schools!: Kpi;

  @Field(() => Kpi, { description: 'Schools that had joined the TNE by the end of the period (établissements TNE).' })
  tneSchools!: Kpi;

  @Field(() => Kpi, { description: 'Pupils of the TNE schools (élèves touchés).' })
  pupilsReached!: Kpi;
}

export function pedagogyKpis(stats: DepartmentStats, population: number, pupils: number): PedagogyKpis {
  const base = { pupils, inhabitants: population };
  return {
    schools: kpi(stats.schools, base),
    tneSchools: kpi(stats.tneSchools, base),
    pupilsReached: kpi(stats.tnePupils, base),
  };
}
