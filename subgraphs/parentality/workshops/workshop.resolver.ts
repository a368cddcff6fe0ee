import { Arg, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { periodKey } from '../../../platform/loaders.js';
import { resolvePeriod, type DateRange } from '../../../platform/period.js';
import { PeriodInput, kpi, type KpiBase } from '../../../platform/types.js';
import { departmentOfUai } from '../../../platform/uai.js';
import type { ParentalityContext } from '../context.js';
import { countOfCut, isAuditedPeriod, mayReadSmallCells } from '../privacy.js';
import { DepartmentStub, DepartmentYearStub, SchoolStub } from '../stubs.js';
import { auditedAttendance } from './workshop.attendance.js';
import { ParentalityKpis, type KpiScope, type WorkshopTotals } from './workshop.kpis.js';

async function parentalityKpis(totals: WorkshopTotals, scope: KpiScope, ctx: ParentalityContext): Promise<ParentalityKpis> {
  // A department's attendance is one audited table over school years and kinds; a school's is a cut.
  const attendance =
    scope.keyColumn === 'department'
      ? await auditedAttendance(ctx, scope.departmentCode, scope.range, totals.attendance)
      : countOfCut(ctx, scope.departmentCode, !scope.hideBelowCoordinator, totals.attendance);
  return { workshopsHeld: kpi(totals.workshops, scope.base), attendance: kpi(attendance, scope.base), scope };
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
    return departmentParentality(ctx, department.code, resolvePeriod(period), { pupils: department.pupils, inhabitants: department.population });
  }
}

@Resolver(() => DepartmentYearStub)
export class DepartmentYearParentalityResolver {
  @Directive('@requires(fields: "population pupils")')
  @FieldResolver(() => ParentalityKpis, { nullable: true, description: 'Parentality indicators of the department in this school year.' })
  parentality(@Root() year: InstanceType<typeof DepartmentYearStub>, @Ctx() ctx: ParentalityContext): Promise<ParentalityKpis> {
    const range = resolvePeriod({ schoolYear: year.schoolYear });
    return departmentParentality(ctx, year.departmentCode, range, { pupils: year.pupils, inhabitants: year.population });
  }
}

async function departmentParentality(ctx: ParentalityContext, departmentCode: string, range: DateRange, base: KpiBase): Promise<ParentalityKpis> {
  // Below the coordinator the attendance table is needed too: loaded in the same round trip.
  const [totals] = await Promise.all([
    ctx.loaders.departmentWorkshops.load(periodKey(departmentCode, range)),
    mayReadSmallCells(ctx.viewer, departmentCode) || !isAuditedPeriod(range) ? null : ctx.loaders.attendanceGrid.load(departmentCode),
  ]);
  // Only one school year (or all time) is an audited table below the coordinator (privacy.ts).
  const hideBelowCoordinator = !isAuditedPeriod(range);
  return parentalityKpis(totals, { key: departmentCode, keyColumn: 'department', departmentCode, range, base, hideBelowCoordinator }, ctx);
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
    const range = resolvePeriod(period);
    const totals = await ctx.loaders.schoolWorkshops.load(periodKey(school.uai, range));
    // A school's counts about persons could be recovered from the department total minus the
    // other schools and the commune workshops (no suppression across all schools of a department
    // yet): below the coordinator they stay hidden entirely (workshopsHeld is not about persons).
    const scope = {
      key: school.uai,
      keyColumn: 'school',
      departmentCode: departmentOfUai(school.uai),
      range,
      base: { pupils: school.pupils },
      hideBelowCoordinator: true,
    } as const;
    return parentalityKpis(totals, scope, ctx);
  }
}
