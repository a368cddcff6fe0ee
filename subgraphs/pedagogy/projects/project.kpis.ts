import type { EntityManager } from '@mikro-orm/postgresql';
import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { periodKey, placeholders, rangeCondition, rowsByPeriod, totalsByPeriod } from '../../../platform/loaders.js';
import { Kpi, kpi } from '../../../platform/types.js';
import { Theme } from '../calls/theme.js';
import type { PedagogyContext } from '../context.js';
import { PedagogyKpis } from '../departments/department.kpis.js';
import { ProjectStatus } from './project.lifecycle.js';

@ObjectType({ description: 'Projects with one status (projets par statut).' })
export class StatusCount {
  @Field(() => ProjectStatus, { description: 'Status.' })
  status!: ProjectStatus;

  @Field(() => Int, { description: 'Number of projects.' })
  count!: number;
}

@ObjectType({ description: 'Projects with one theme (projets par thématique); a project may count under several.' })
export class ThemeCount {
  @Field(() => Theme, { description: 'Theme.' })
  theme!: Theme;

  @Field(() => Int, { description: 'Number of projects.' })
  count!: number;
}

@ObjectType({ description: 'Project indicators (indicateurs projets): projects submitted in the period; all, drafts included, without one.' })
export class ProjectKpis {
  @Field(() => Kpi, { description: 'Projects (projets).' })
  projects!: Kpi;

  @Field(() => Kpi, { description: 'Projects accepted, in progress or completed (projets retenus).' })
  accepted!: Kpi;

  @Field(() => Kpi, { description: 'Pupils reached by the projects (élèves touchés).' })
  pupilsReached!: Kpi;

  @Field(() => Kpi, { description: 'Teachers reached by the projects (enseignants impliqués).' })
  teachersReached!: Kpi;

  @Field(() => [StatusCount], { description: 'Projects by status, every status listed.' })
  byStatus!: StatusCount[];

  @Field(() => [ThemeCount], { description: 'Projects by theme, every theme listed.' })
  byTheme!: ThemeCount[];
}

interface Totals {
  projects: number;
  accepted: number;
  pupils: number;
  teachers: number;
}

/** Per department and period: totals, and counts by status and by theme — three statements for all departments. */
export const projectKpiLoaders = (em: EntityManager) => ({
  projectTotals: totalsByPeriod<Totals>(em, {
    table: 'project',
    key: 'department_code',
    date: 'submitted_on',
    select: `count(*)::int as projects, (count(*) filter (where status in ('ACCEPTED','IN_PROGRESS','COMPLETED')))::int as accepted,
             coalesce(sum(pupils_reached), 0)::int as pupils, coalesce(sum(teachers_reached), 0)::int as teachers`,
    read: (r) => ({ projects: Number(r.projects), accepted: Number(r.accepted), pupils: Number(r.pupils), teachers: Number(r.teachers) }),
    empty: () => ({ projects: 0, accepted: 0, pupils: 0, teachers: 0 }),
  }),
  projectsByStatus: groupedCounts(em, 'status'),
  projectsByTheme: groupedCounts(em, 'unnest(themes)'),
});

/** Projects per department and period grouped by an expression (status, or each theme). */
const groupedCounts = (em: EntityManager, expression: string) =>
  rowsByPeriod(
    em,
    (keys, range) => {
      const period = rangeCondition('submitted_on', range);
      return {
        text: `select department_code as key, ${expression} as value, count(*)::int as count from project
              where department_code in (${placeholders(keys)}) and ${period.sql} group by 1, 2`,
        params: [...keys, ...period.params],
      };
    },
    (r) => ({ value: String(r.value), count: Number(r.count) }),
  );

const countOf = (rows: Array<{ value: string; count: number }>, value: string) => rows.find((r) => r.value === value)?.count ?? 0;

@Resolver(() => PedagogyKpis)
export class ProjectKpisResolver {
  @FieldResolver(() => ProjectKpis, { description: 'Project indicators of the department over the period.' })
  async projects(@Root() kpis: PedagogyKpis, @Ctx() ctx: PedagogyContext): Promise<ProjectKpis> {
    const { departmentCode, range, base } = kpis.scope;
    const key = periodKey(departmentCode, range);
    const [totals, byStatus, byTheme] = await Promise.all([
      ctx.loaders.projectTotals.load(key),
      ctx.loaders.projectsByStatus.load(key),
      ctx.loaders.projectsByTheme.load(key),
    ]);
    return {
      projects: kpi(totals.projects, base),
      accepted: kpi(totals.accepted, base),
      pupilsReached: kpi(totals.pupils, base),
      teachersReached: kpi(totals.teachers, base),
      byStatus: Object.values(ProjectStatus).map((status) => ({ status, count: countOf(byStatus, status) })),
      byTheme: Object.values(Theme).map((theme) => ({ theme, count: countOf(byTheme, theme) })),
    };
  }
}
