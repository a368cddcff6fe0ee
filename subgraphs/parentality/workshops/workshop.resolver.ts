import { Arg, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { periodKey } from '../../common/loaders.js';
import { resolvePeriod } from '../../common/period.js';
import { PeriodInput, kpi, type KpiBase } from '../../common/types.js';
import { departmentOfUai } from '../../common/uai.js';
import type { ParentalityContext } from '../context.js';
import { mayReadSmallCells, suppressCount } from '../privacy.js';
import { DepartmentStub, SchoolStub } from '../stubs.js';
import { ParentalityKpis, type WorkshopTotals } from './workshop.kpis.js';

function parentalityKpis(totals: WorkshopTotals, base: KpiBase, departmentCode: string, ctx: ParentalityContext): ParentalityKpis {
  return {
    workshopsHeld: kpi(totals.workshops, base),
    attendance: kpi(suppressCount(totals.attendance, ctx.privacyMinCell, ctx.viewer, departmentCode), base),
  };
}

const periodArg = { nullable: true, description: 'School year or date range.' } as const;

@Resolver(() => DepartmentStub)
export class DepartmentParentalityResolver {
  @Directive('@requires(fields: "population pupils")')
  @FieldResolver(() => ParentalityKpis, { nullable: true, description: 'Parentality indicators of the department over a period.' })
  async parentality(
    @Root() department: InstanceType<typeof DepartmentStub>,
    @Arg('period', () => PeriodInput, periodArg) period: PeriodInput | null,
    @Ctx() ctx: ParentalityContext,
  ): Promise<ParentalityKpis> {
    const totals = await ctx.loaders.departmentWorkshops.load(periodKey(department.code, resolvePeriod(period)));
    return parentalityKpis(totals, { pupils: department.pupils, inhabitants: department.population }, department.code, ctx);
  }
}

@Resolver(() => SchoolStub)
export class SchoolParentalityResolver {
  @Directive('@requires(fields: "pupils")')
  @FieldResolver(() => ParentalityKpis, { nullable: true, description: 'Parentality indicators of workshops held at the school.' })
  async parentality(
    @Root() school: InstanceType<typeof SchoolStub>,
    @Arg('period', () => PeriodInput, periodArg) period: PeriodInput | null,
    @Ctx() ctx: ParentalityContext,
  ): Promise<ParentalityKpis> {
    const totals = await ctx.loaders.schoolWorkshops.load(periodKey(school.uai, resolvePeriod(period)));
    const department = departmentOfUai(school.uai);
    const kpis = parentalityKpis(totals, { pupils: school.pupils }, department, ctx);
    // Until secondary suppression exists, a school's attendance could be recovered from the
    // department total minus the other schools: below the coordinator, school cells stay hidden.
    return mayReadSmallCells(ctx.viewer, department) ? kpis : { ...kpis, attendance: kpi(null, {}) };
  }
}
