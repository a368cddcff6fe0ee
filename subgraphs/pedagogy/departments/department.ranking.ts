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
  PROJECT_PUPILS_REACHED = 'PROJECT_PUPILS_REACHED',
  PROJECT_TEACHERS_REACHED = 'PROJECT_TEACHERS_REACHED',
  TRAININGS = 'TRAININGS',
  TRAINING_SESSIONS = 'TRAINING_SESSIONS',
  TRAINING_HOURS = 'TRAINING_HOURS',
  TEACHER_HOURS = 'TEACHER_HOURS',
  TEACHERS_TRAINED = 'TEACHERS_TRAINED',
  PIX_CANDIDATES = 'PIX_CANDIDATES',
  PIX_CERTIFIED = 'PIX_CERTIFIED',
  PIX_CERTIFICATION_RATE = 'PIX_CERTIFICATION_RATE',
  PIX_MEAN_SCORE = 'PIX_MEAN_SCORE',
  PIX_MEAN_LEVEL_DOMAIN_1 = 'PIX_MEAN_LEVEL_DOMAIN_1',
  PIX_MEAN_LEVEL_DOMAIN_2 = 'PIX_MEAN_LEVEL_DOMAIN_2',
  PIX_MEAN_LEVEL_DOMAIN_3 = 'PIX_MEAN_LEVEL_DOMAIN_3',
  PIX_MEAN_LEVEL_DOMAIN_4 = 'PIX_MEAN_LEVEL_DOMAIN_4',
  PIX_MEAN_LEVEL_DOMAIN_5 = 'PIX_MEAN_LEVEL_DOMAIN_5',
  RESOURCE_DEPLOYMENTS = 'RESOURCE_DEPLOYMENTS',
  RESOURCE_UNITS = 'RESOURCE_UNITS',
  SCHOOLS_EQUIPPED = 'SCHOOLS_EQUIPPED',
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
    PROJECT_PUPILS_REACHED: { description: 'Pupils reached by the projects submitted in the period.' },
    PROJECT_TEACHERS_REACHED: { description: 'Teachers reached by the projects submitted in the period.' },
    TRAININGS: { description: 'Trainings with a session in the period (formations).' },
    TRAINING_SESSIONS: { description: 'Training sessions held (sessions).' },
    TRAINING_HOURS: { description: 'Training hours delivered (heures dispensées).' },
    TEACHER_HOURS: { description: 'Hours times teachers present (heures-stagiaires).' },
    TEACHERS_TRAINED: { description: 'Teachers present at training sessions (présences).' },
    PIX_CANDIDATES: { description: 'Pupils who took the Pix certification (candidats).' },
    PIX_CERTIFIED: { description: 'Pupils certified by Pix.' },
    PIX_CERTIFICATION_RATE: { description: 'Pix certification rate (compared raw only).' },
    PIX_MEAN_SCORE: { description: 'Mean Pix score (compared raw only).' },
    PIX_MEAN_LEVEL_DOMAIN_1: { description: 'Mean level in CRCN domain 1, information and data (compared raw only).' },
    PIX_MEAN_LEVEL_DOMAIN_2: { description: 'Mean level in CRCN domain 2, communication and collaboration (compared raw only).' },
    PIX_MEAN_LEVEL_DOMAIN_3: { description: 'Mean level in CRCN domain 3, content creation (compared raw only).' },
    PIX_MEAN_LEVEL_DOMAIN_4: { description: 'Mean level in CRCN domain 4, protection and security (compared raw only).' },
    PIX_MEAN_LEVEL_DOMAIN_5: { description: 'Mean level in CRCN domain 5, digital environment (compared raw only).' },
    RESOURCE_DEPLOYMENTS: { description: 'Resource deployments started.' },
    RESOURCE_UNITS: { description: 'Units deployed (kits, sets, accounts…).' },
    SCHOOLS_EQUIPPED: { description: 'Schools with a deployment started in the period.' },
  },
});

export const DepartmentRank = departmentRankType(DepartmentType);

type Loaders = PedagogyLoaders;
const load =
  <R>(pick: (l: Loaders) => { load(key: string): Promise<R> }, read: (row: R) => number | null, ratio = false) =>
  (loaders: Loaders): RankedIndicator => ({ ratio, value: async (code: string, range: DateRange) => read(await pick(loaders).load(periodKey(code, range))) });

const domainLevel = (code: string) =>
  load(
    (l) => l.pixDomainLevels,
    (levels) => levels[code] ?? null,
    true,
  );

/** Each indicator read from the loader of its KPI group: one statement for every department. */
const INDICATORS: Record<PedagogyIndicator, (loaders: Loaders) => RankedIndicator> = {
  SCHOOLS: load(
    (l) => l.departmentStats,
    (s) => s.schools,
  ),
  TNE_SCHOOLS: load(
    (l) => l.departmentStats,
    (s) => s.tneSchools,
  ),
  PUPILS_REACHED: load(
    (l) => l.departmentStats,
    (s) => s.tnePupils,
  ),
  PROJECTS: load(
    (l) => l.projectTotals,
    (t) => t.projects,
  ),
  PROJECTS_ACCEPTED: load(
    (l) => l.projectTotals,
    (t) => t.accepted,
  ),
  PROJECT_PUPILS_REACHED: load(
    (l) => l.projectTotals,
    (t) => t.pupils,
  ),
  PROJECT_TEACHERS_REACHED: load(
    (l) => l.projectTotals,
    (t) => t.teachers,
  ),
  TRAININGS: load(
    (l) => l.trainingKpis,
    (t) => t.trainings,
  ),
  TRAINING_SESSIONS: load(
    (l) => l.trainingKpis,
    (t) => t.sessions,
  ),
  TRAINING_HOURS: load(
    (l) => l.trainingKpis,
    (t) => t.hours,
  ),
  TEACHER_HOURS: load(
    (l) => l.trainingKpis,
    (t) => t.teacherHours,
  ),
  TEACHERS_TRAINED: load(
    (l) => l.trainingKpis,
    (t) => t.attended,
  ),
  PIX_CANDIDATES: load(
    (l) => l.pixTotals,
    (t) => t.candidates,
  ),
  PIX_CERTIFIED: load(
    (l) => l.pixTotals,
    (t) => t.certified,
  ),
  PIX_CERTIFICATION_RATE: load(
    (l) => l.pixTotals,
    (t) => t.certificationRate,
    true,
  ),
  PIX_MEAN_SCORE: load(
    (l) => l.pixTotals,
    (t) => t.meanScore,
    true,
  ),
  PIX_MEAN_LEVEL_DOMAIN_1: domainLevel('1'),
  PIX_MEAN_LEVEL_DOMAIN_2: domainLevel('2'),
  PIX_MEAN_LEVEL_DOMAIN_3: domainLevel('3'),
  PIX_MEAN_LEVEL_DOMAIN_4: domainLevel('4'),
  PIX_MEAN_LEVEL_DOMAIN_5: domainLevel('5'),
  RESOURCE_DEPLOYMENTS: load(
    (l) => l.resourceKpis,
    (t) => t.deployments,
  ),
  RESOURCE_UNITS: load(
    (l) => l.resourceKpis,
    (t) => t.units,
  ),
  SCHOOLS_EQUIPPED: load(
    (l) => l.resourceKpis,
    (t) => t.schools,
  ),
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
