import { Ctx, Field, FieldResolver, Float, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { periodKey } from '../../../platform/loaders.js';
import { denseMonths, monthlyActivityLoader } from '../../../platform/months.js';
import { sqlLiteral } from '../../../platform/sql-literals.js';
import { ProjectStatus } from '../projects/project.lifecycle.js';
import { departmentOfUaiSql } from '../../../platform/uai.js';
import type { PedagogyContext } from '../context.js';
import { PedagogyKpis } from './department.kpis.js';

@ObjectType({ description: 'Pedagogy activity of a department in one month (activité mensuelle), for trend charts.' })
export class PedagogyMonth {
  @Field({ description: 'Month as an ISO year-month, "2023-09".' })
  month!: string;

  @Field(() => Int, { description: 'Projects submitted that month (projets déposés), by the day of their submission.' })
  projectsSubmitted!: number;

  @Field(() => Int, { description: 'Training sessions held (sessions de formation).' })
  trainingSessions!: number;

  @Field(() => Float, { description: 'Hours of those sessions (heures dispensées).' })
  trainingHours!: number;

  @Field(() => Int, { description: 'Teachers present at those sessions, summed (présences).' })
  teachersTrained!: number;

  @Field(() => Int, { description: 'Resource deployments started that month (déploiements de ressources).' })
  deploymentsStarted!: number;
}

const MEASURES = ['projectsSubmitted', 'trainingSessions', 'trainingHours', 'teachersTrained', 'deploymentsStarted'] as const;

/** Monthly activity of departments: one statement per period for every department asked. */
export const pedagogyMonthlyLoader = (em: EntityManager) =>
  monthlyActivityLoader(em, MEASURES, [
    {
      from: 'project_status_change c join project p on p.id = c.project_id',
      key: 'p.department_code',
      date: 'c.effective_on',
      where: `c.to_status = ${sqlLiteral(ProjectStatus.SUBMITTED)}`,
      measures: { projectsSubmitted: '1' },
    },
    {
      from: 'training_session s join training t on t.id = s.training_id',
      key: 't.department_code',
      date: 's.date',
      measures: { trainingSessions: '1', trainingHours: 's.hours', teachersTrained: 's.attended' },
    },
    {
      from: 'resource_deployment d',
      key: departmentOfUaiSql('d.school_uai'),
      date: 'd.since',
      measures: { deploymentsStarted: '1' },
    },
  ]);

const zero = (month: string): PedagogyMonth => ({
  month,
  projectsSubmitted: 0,
  trainingSessions: 0,
  trainingHours: 0,
  teachersTrained: 0,
  deploymentsStarted: 0,
});

@Resolver(() => PedagogyKpis)
export class PedagogyMonthlyResolver {
  @FieldResolver(() => [PedagogyMonth], {
    description: 'Activity month by month over the period, oldest first, with no gaps (from the first active month when the period is open).',
  })
  async monthly(@Root() kpis: PedagogyKpis, @Ctx() ctx: PedagogyContext): Promise<PedagogyMonth[]> {
    const { departmentCode, range } = kpis.scope;
    const rows = await ctx.loaders.pedagogyMonthly.load(periodKey(departmentCode, range));
    return denseMonths(
      range,
      rows.map((row) => ({ ...row, trainingHours: Math.round(row.trainingHours * 100) / 100 })),
      zero,
    );
  }
}
