import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { ALL_TIME, type DateRange } from '../../common/period.js';
import { periodKey } from '../../common/loaders.js';
import { buildRanking, departmentRankType, RankingArgs, type RankedIndicator } from '../../common/ranking.js';
import type { DepartmentSizes } from '../../common/department-sizes.js';
import type { PedagogyContext } from '../context.js';
import type { PedagogyLoaders } from '../loaders.js';
import { listDepartments } from './department.service.js';
import { DepartmentType } from './department.type.js';

export enum PedagogyIndicator {
  SCHOOLS = 'SCHOOLS',
  TNE_SCHOOLS = 'TNE_SCHOOLS',
  PUPILS_REACHED = 'PUPILS_REACHED',
  PROJECTS = 'PROJECTS',
  PROJECTS_ACCEPTED = 'PROJECTS_ACCEPTED',
  TRAINING_HOURS = 'TRAINING_HOURS',
  TEACHERS_TRAINED = 'TEACHERS_TRAINED',
  PIX_CERTIFIED = 'PIX_CERTIFIED',
  PIX_CERTIFICATION_RATE = 'PIX_CERTIFICATION_RATE',
  PIX_MEAN_SCORE = 'PIX_MEAN_SCORE',
  RESOURCE_DEPLOYMENTS = 'RESOURCE_DEPLOYMENTS',
}
registerEnumType(PedagogyIndicator, {
  name: 'PedagogyIndicator',
  description: 'A pedagogy indicator departments can be ranked on (the fields of PedagogyKpis).',
  valuesConfig: {
    SCHOOLS: { description: 'Schools recorded (établissements).' },
    TNE_SCHOOLS: { description: 'Schools in the TNE by the end of the period.' },
    PUPILS_REACHED: { description: 'Pupils of the TNE schools (élèves touchés).' },
    PROJECTS: { description: 'Projects submitted in the period.' },
    PROJECTS_ACCEPTED: { description: 'Projects accepted, under way or completed.' },
    TRAINING_HOURS: { description: 'Training hours delivered (heures dispensées).' },
    TEACHERS_TRAINED: { description: 'Teachers present at training sessions (présences).' },
    PIX_CERTIFIED: { description: 'Pupils certified by Pix.' },
    PIX_CERTIFICATION_RATE: { description: 'Pix certification rate (compared raw only).' },
    PIX_MEAN_SCORE: { description: 'Mean Pix score (compared raw only).' },
    RESOURCE_DEPLOYMENTS: { description: 'Resource deployments started.' },
  },
});

export const DepartmentRank = departmentRankType(DepartmentType);

type Loaders = PedagogyLoaders;
const load = <R>(pick: (l: Loaders) => { load(key: string): Promise<R> }, read: (row: R) => number | null, ratio = false) =>
  (loaders: Loaders): RankedIndicator => ({ ratio, value: async (code: string, range: DateRange) => read(await pick(loaders).load(periodKey(code, range))) });

/** Each indicator read from the loader of its KPI group: one statement for every department. */
const INDICATORS: Record<PedagogyIndicator, (loaders: Loaders) => RankedIndicator> = {
  SCHOOLS: load((l) => l.departmentStats, (s) => s.schools),
  TNE_SCHOOLS: load((l) => l.departmentStats, (s) => s.tneSchools),
  PUPILS_REACHED: load((l) => l.departmentStats, (s) => s.tnePupils),
  PROJECTS: load((l) => l.projectTotals, (t) => t.projects),
  PROJECTS_ACCEPTED: load((l) => l.projectTotals, (t) => t.accepted),
  TRAINING_HOURS: load((l) => l.trainingKpis, (t) => t.hours),
  TEACHERS_TRAINED: load((l) => l.trainingKpis, (t) => t.attended),
  PIX_CERTIFIED: load((l) => l.pixTotals, (t) => t.certified),
  PIX_CERTIFICATION_RATE: load((l) => l.pixTotals, (t) => t.certificationRate, true),
  PIX_MEAN_SCORE: load((l) => l.pixTotals, (t) => t.meanScore, true),
  RESOURCE_DEPLOYMENTS: load((l) => l.resourceKpis, (t) => t.deployments),
};

/** Every department's population and pupils, from pedagogy's own tables. */
async function sizesOf(ctx: PedagogyContext): Promise<DepartmentSizes> {
  const departments = await listDepartments(ctx.em, ctx.loaders);
  const stats = await Promise.all(departments.map((d) => ctx.loaders.departmentStats.load(periodKey(d.code, ALL_TIME))));
  return new Map(departments.map((d, i) => [d.code, { inhabitants: d.population, pupils: stats[i]!.pupils }]));
}

@Resolver()
export class PedagogyRankingResolver {
  @Query(() => [DepartmentRank], {
    description: 'Departments ranked on a pedagogy indicator (classement), raw or normalised, over a period. Public: aggregated indicators.',
  })
  async pedagogyRanking(
    @Arg('indicator', () => PedagogyIndicator, { description: 'The indicator compared.' }) indicator: PedagogyIndicator,
    @Args(() => RankingArgs) { options }: RankingArgs,
    @Ctx() ctx: PedagogyContext,
  ) {
    return buildRanking(await sizesOf(ctx), INDICATORS[indicator](ctx.loaders), options);
  }
}

@Resolver(() => DepartmentRank)
export class PedagogyDepartmentRankResolver {
  @FieldResolver(() => DepartmentType, { description: 'The department.' })
  department(@Root() rank: { department: { code: string } }, @Ctx() ctx: PedagogyContext) {
    return ctx.loaders.department.load(rank.department.code); // primed by the ranking: no query
  }
}
