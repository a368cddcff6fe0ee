import { Arg, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { periodKey } from '../../../platform/loaders.js';
import { resolvePeriod, type DateRange } from '../../../platform/period.js';
import { PeriodInput, euros, type KpiBase } from '../../../platform/types.js';
import type { FinanceContext } from '../context.js';
import { DepartmentStub, DepartmentYearStub, SchoolStub } from '../stubs.js';
import { indicatorValues } from '../../../platform/indicator-fields.js';
import { FINANCE_INDICATORS } from '../indicators.js';
import { FinanceKpis, SchoolFinance } from './grant.kpis.js';

@Resolver(() => DepartmentStub)
export class DepartmentFinanceResolver {
  @Directive('@requires(fields: "population pupils")')
  @FieldResolver(() => FinanceKpis, {
    nullable: true,
    description: 'Finance indicators of the department over a period (all time when omitted).',
  })
  async finance(
    @Root() department: InstanceType<typeof DepartmentStub>,
    @Arg('period', () => PeriodInput, { nullable: true, description: 'School year or date range.' }) period: PeriodInput | null,
    @Ctx() ctx: FinanceContext,
  ): Promise<FinanceKpis> {
    return departmentFinance(ctx, department.code, resolvePeriod(period), { pupils: department.pupils, inhabitants: department.population });
  }
}

@Resolver(() => DepartmentYearStub)
export class DepartmentYearFinanceResolver {
  @Directive('@requires(fields: "population pupils")')
  @FieldResolver(() => FinanceKpis, { nullable: true, description: 'Finance indicators of the department in this school year.' })
  finance(@Root() year: InstanceType<typeof DepartmentYearStub>, @Ctx() ctx: FinanceContext): Promise<FinanceKpis> {
    const range = resolvePeriod({ schoolYear: year.schoolYear });
    return departmentFinance(ctx, year.departmentCode, range, { pupils: year.pupils, inhabitants: year.population });
  }
}

/** A department's finance KPIs over a range (the budget group is resolved when asked). */
async function departmentFinance(ctx: FinanceContext, departmentCode: string, range: DateRange, base: KpiBase): Promise<FinanceKpis> {
  const scope = { departmentCode, range, base };
  return { scope, ...(await indicatorValues(FINANCE_INDICATORS, '', ctx, scope)) };
}

@Resolver(() => SchoolStub)
export class SchoolFinanceResolver {
  @Directive('@requires(fields: "pupils")')
  @FieldResolver(() => SchoolFinance, { nullable: true, description: 'Finance of the school over a period (all time when omitted).' })
  async finance(
    @Root() school: InstanceType<typeof SchoolStub>,
    @Arg('period', () => PeriodInput, { nullable: true, description: 'School year or date range.' }) period: PeriodInput | null,
    @Ctx() ctx: FinanceContext,
  ): Promise<SchoolFinance> {
    const totals = await ctx.loaders.schoolGrants.load(periodKey(school.uai, resolvePeriod(period)));
    return {
      equipmentGranted: euros(totals.cents),
      grants: totals.count,
      centsPerPupil: school.pupils ? Math.round(totals.cents / school.pupils) : null,
    };
  }
}
