import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { periodKey } from '../../../platform/loaders.js';
import { ALL_TIME, FIRST_SCHOOL_YEAR, MAX_SCHOOL_YEARS, resolvePeriod, schoolYearSeries } from '../../../platform/period.js';
import type { PedagogyContext } from '../context.js';
import type { PedagogyLoaders } from '../loaders.js';
import type { Department } from './department.entity.js';
import { PedagogyKpis, departmentPedagogy } from './department.kpis.js';
import { DepartmentType } from './department.type.js';
import { DepartmentYearType } from './department-year.type.js';

/** The points of a department's series; pupils are the department's current count. */
export async function departmentYears(loaders: PedagogyLoaders, department: Department, schoolYears: string[]): Promise<DepartmentYearType[]> {
  const { pupils } = await loaders.departmentStats.load(periodKey(department.code, ALL_TIME));
  return schoolYears.map((schoolYear) => ({ departmentCode: department.code, schoolYear, population: department.population, pupils, department }));
}

/** A reference from another subgraph: the department in a school year; unknown ones resolve to null. */
export async function resolveDepartmentYear(ref: { departmentCode: string; schoolYear: string }, ctx: PedagogyContext) {
  resolvePeriod({ schoolYear: ref.schoolYear }); // BAD_USER_INPUT when malformed
  const department = await ctx.loaders.department.load(ref.departmentCode);
  return department ? (await departmentYears(ctx.loaders, department, [ref.schoolYear]))[0] : null;
}

@Resolver(() => DepartmentYearType)
export class DepartmentYearResolver {
  @FieldResolver(() => PedagogyKpis, { description: 'Pedagogy indicators of the department in this school year.' })
  pedagogy(@Root() year: DepartmentYearType, @Ctx() ctx: PedagogyContext) {
    return departmentPedagogy(ctx, year.department, resolvePeriod({ schoolYear: year.schoolYear }));
  }
}

@Resolver(() => DepartmentType)
export class DepartmentYearsResolver {
  @FieldResolver(() => [DepartmentYearType], {
    description: `The department school year by school year (séries annuelles), oldest first, for trends: every subgraph's indicators per year. At most ${MAX_SCHOOL_YEARS} years.`,
  })
  years(
    @Root() department: Department,
    @Arg('from', { defaultValue: FIRST_SCHOOL_YEAR, description: 'First school year of the series ("2020-2021" by default: the pilots).' }) from: string,
    @Arg('to', () => String, { nullable: true, description: 'Last school year of the series (the current one when omitted).' }) to: string | null,
    @Ctx() ctx: PedagogyContext,
  ) {
    return departmentYears(ctx.loaders, department, schoolYearSeries(from, to));
  }
}
