import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { DepartmentSizes } from '../../../platform/department-sizes.js';
import { indicatorResolver } from '../../../platform/indicator-resolvers.js';
import { periodKey } from '../../../platform/loaders.js';
import { ALL_TIME } from '../../../platform/period.js';
import { departmentRankType } from '../../../platform/ranking.js';
import type { PedagogyContext } from '../context.js';
import { PEDAGOGY_INDICATORS } from '../indicators.js';
import { listDepartments } from './department.service.js';
import { DepartmentType } from './department.type.js';

export const DepartmentRank = departmentRankType(DepartmentType);

/** Every department's population and pupils, from pedagogy's own tables. */
async function sizesOf(ctx: PedagogyContext): Promise<DepartmentSizes> {
  const departments = await listDepartments(ctx.em, ctx.loaders);
  const stats = await Promise.all(departments.map((d) => ctx.loaders.departmentStats.load(periodKey(d.code, ALL_TIME))));
  return new Map(departments.map((d, i) => [d.code, { inhabitants: d.population, pupils: stats[i]!.pupils }]));
}

/** `pedagogyRanking` and `pedagogyIndicators`, from the catalogue. */
export const PedagogyIndicatorResolver = indicatorResolver(PEDAGOGY_INDICATORS, {
  rank: DepartmentRank,
  enumName: 'PedagogyIndicator',
  enumDescription: 'A pedagogy indicator departments can be ranked on (see pedagogyIndicators).',
  rankingDescription: 'Departments ranked on a pedagogy indicator (classement), raw or normalised, over a period. Public: aggregated indicators.',
  sizes: sizesOf,
});

@Resolver(() => DepartmentRank)
export class PedagogyDepartmentRankResolver {
  @FieldResolver(() => DepartmentType, { description: 'The department.' })
  department(@Root() rank: { department: { code: string } }, @Ctx() ctx: PedagogyContext) {
    return ctx.loaders.department.load(rank.department.code); // primed by the ranking: no query
  }
}
