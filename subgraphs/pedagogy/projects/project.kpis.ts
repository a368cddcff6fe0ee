import type { EntityManager } from '@mikro-orm/postgresql';
import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { indicatorFields, indicatorValues } from '../../../platform/indicator-fields.js';
import { periodKey, placeholders, rangeCondition, rowsByPeriod } from '../../../platform/loaders.js';
import { Theme } from '../calls/theme.js';
import type { PedagogyContext } from '../context.js';
import { PedagogyKpis } from '../departments/department.kpis.js';
import { PEDAGOGY_INDICATORS } from '../indicators.js';
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

/** Its indicator fields (projects, accepted, pupils and teachers reached…) come from the catalogue. */
@ObjectType({ description: 'Project indicators (indicateurs projets): projects submitted in the period; all, drafts included, without one.' })
export class ProjectKpis {
  @Field(() => [StatusCount], { description: 'Projects by status, every status listed.' })
  byStatus!: StatusCount[];

  @Field(() => [ThemeCount], { description: 'Projects by theme, every theme listed.' })
  byTheme!: ThemeCount[];
}
indicatorFields(ProjectKpis, PEDAGOGY_INDICATORS, 'projects');

/** Per department and period, counts by status and by theme — two statements for all departments. */
export const projectKpiLoaders = (em: EntityManager) => ({
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
    const key = periodKey(kpis.scope.departmentCode, kpis.scope.range);
    const [values, byStatus, byTheme] = await Promise.all([
      indicatorValues(PEDAGOGY_INDICATORS, 'projects', ctx, kpis.scope),
      ctx.loaders.projectsByStatus.load(key),
      ctx.loaders.projectsByTheme.load(key),
    ]);
    return {
      ...values,
      byStatus: Object.values(ProjectStatus).map((status) => ({ status, count: countOf(byStatus, status) })),
      byTheme: Object.values(Theme).map((theme) => ({ theme, count: countOf(byTheme, theme) })),
    };
  }
}
