import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { periodKey, periodStatementLoader, placeholders, rangeCondition } from '../../../platform/loaders.js';
import { indicatorFields, indicatorValues } from '../../../platform/indicator-fields.js';
import { departmentOfUaiSql } from '../../../platform/uai.js';
import type { PedagogyContext } from '../context.js';
import { PedagogyKpis } from '../departments/department.kpis.js';
import { PEDAGOGY_INDICATORS } from '../indicators.js';
import { ResourceKind } from './resource.entity.js';

@ObjectType({ description: 'Deployments of one kind of resource (déploiements par type).' })
export class ResourceKindTotals {
  @Field(() => ResourceKind, { description: 'Kind of resource (type).' })
  kind!: ResourceKind;

  @Field(() => Int, { description: 'Deployments (déploiements).' })
  deployments!: number;

  @Field(() => Int, { description: 'Units deployed (unités).' })
  units!: number;

  @Field(() => Int, { description: 'Schools that received one (établissements équipés).' })
  schools!: number;
}

/** Its indicator fields (deployments, units, schools equipped) come from the catalogue. */
@ObjectType({ description: 'Resource indicators (indicateurs de ressources) of a department: deployments that started in the period.' })
export class ResourceKpis {
  @Field(() => [ResourceKindTotals], { description: 'Deployments, units and schools by kind of resource (par type), every kind listed.' })
  byKind!: ResourceKindTotals[];
}
indicatorFields(ResourceKpis, PEDAGOGY_INDICATORS, 'resources');

type Totals = Omit<ResourceKindTotals, 'kind'>;
interface ResourceStats extends Totals {
  byKind: Map<ResourceKind, ResourceKindTotals>;
}

const emptyStats = (): ResourceStats => ({ deployments: 0, units: 0, schools: 0, byKind: new Map() });

const DEPARTMENT = departmentOfUaiSql('d.school_uai');

/** Deployment totals of many departments over a period: ONE statement (grouping sets: totals and kinds). */
export function resourceKpisLoader(em: EntityManager) {
  return periodStatementLoader<ResourceStats>(
    em,
    (codes, range) => {
      const period = rangeCondition('d.since', range);
      return {
        // The department from the UAI, not a join with every school of France.
        text: `select ${DEPARTMENT} as key, r.kind, grouping(r.kind) as is_total, count(*)::int as deployments,
              sum(d.units)::int as units, count(distinct d.school_uai)::int as schools
         from resource_deployment d join resource r on r.code = d.resource_code
        where ${DEPARTMENT} in (${placeholders(codes)}) and ${period.sql}
        group by grouping sets ((${DEPARTMENT}), (${DEPARTMENT}, r.kind))`,
        params: [...codes, ...period.params],
      };
    },
    (rows) => {
      const stats = new Map<string, ResourceStats>();
      for (const row of rows) {
        const entry = stats.get(String(row.key)) ?? emptyStats();
        stats.set(String(row.key), entry);
        const totals: Totals = { deployments: Number(row.deployments), units: Number(row.units), schools: Number(row.schools) };
        if (Number(row.is_total) === 1) Object.assign(entry, totals);
        else entry.byKind.set(row.kind as ResourceKind, { kind: row.kind as ResourceKind, ...totals });
      }
      return stats;
    },
    emptyStats,
  );
}

/** Adds the resources group to the pedagogy KPIs of a department (Department.pedagogy.resources). */
@Resolver(() => PedagogyKpis)
export class ResourceKpisResolver {
  @FieldResolver(() => ResourceKpis, { description: 'Resource deployments (déploiements de ressources) that started in the period.' })
  async resources(@Root() kpis: PedagogyKpis, @Ctx() ctx: PedagogyContext): Promise<ResourceKpis> {
    const { departmentCode, range } = kpis.scope;
    const [values, stats] = await Promise.all([
      indicatorValues(PEDAGOGY_INDICATORS, 'resources', ctx, kpis.scope),
      ctx.loaders.resourceKpis.load(periodKey(departmentCode, range)),
    ]);
    const byKind = Object.values(ResourceKind).map((kind) => stats.byKind.get(kind) ?? { kind, deployments: 0, units: 0, schools: 0 });
    return { ...values, byKind };
  }
}
