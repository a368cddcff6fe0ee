import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { periodKey } from '../../../platform/loaders.js';
import { monthlyFields } from '../../../platform/indicator-fields.js';
import { PEDAGOGY_INDICATORS } from '../indicators.js';
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

  /** Its indicators' measures: fields from the catalogue (monthlyFields). */
  projectsSubmitted!: number;
  trainingSessions!: number;
  trainingHours!: number;
  teachersTrained!: number;
  deploymentsStarted!: number;
}
monthlyFields(PedagogyMonth, PEDAGOGY_INDICATORS);

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
