import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { periodKey } from '../../../platform/loaders.js';
import { DESCRIPTIONS } from '../../../platform/stubs.js';
import { ALL_TIME, resolvePeriod } from '../../../platform/period.js';
import { PageArgs } from '../../../platform/pagination.js';
import { PeriodInput } from '../../../platform/types.js';
import { CommuneType } from '../communes/commune.type.js';
import type { PedagogyContext } from '../context.js';
import { listSchools } from '../schools/school.service.js';
import { SchoolConnection, SchoolFilter } from '../schools/school.type.js';
import type { Department } from './department.entity.js';
import { PedagogyKpis, departmentPedagogy } from './department.kpis.js';
import { getDepartment, getDepartments, listDepartments } from './department.service.js';
import { DepartmentType } from './department.type.js';
import { DsdenType } from './dsden.type.js';
import { BassinType } from '../schools/bassin.type.js';
import { CirconscriptionType } from '../schools/circonscription.type.js';

@Resolver(() => DepartmentType)
export class DepartmentResolver {
  @Query(() => DepartmentType, {
    nullable: true,
    description: 'One department by its code. An unknown code is a NOT_FOUND error, a malformed one BAD_USER_INPUT.',
  })
  department(@Arg('code', () => ID, { description: 'Department code: "18", "29", "2A", "971"…' }) code: string, @Ctx() ctx: PedagogyContext) {
    return getDepartment(ctx.loaders, code);
  }

  @Query(() => [DepartmentType], { description: 'Departments by code, in the order given; every department when omitted.' })
  departments(
    @Arg('codes', () => [ID], { nullable: true, description: 'Department codes; omit for all departments.' }) codes: string[] | null,
    @Ctx() ctx: PedagogyContext,
  ) {
    return codes ? getDepartments(ctx.loaders, codes) : listDepartments(ctx.em, ctx.loaders);
  }

  @FieldResolver(() => Int, { description: DESCRIPTIONS.departmentPupils })
  async pupils(@Root() department: Department, @Ctx() ctx: PedagogyContext) {
    return (await ctx.loaders.departmentStats.load(periodKey(department.code, ALL_TIME))).pupils;
  }

  @FieldResolver(() => PedagogyKpis, { description: 'Pedagogy indicators over a period (all time when omitted).' })
  async pedagogy(
    @Root() department: Department,
    @Arg('period', () => PeriodInput, { nullable: true, description: 'School year or date range.' }) period: PeriodInput | null,
    @Ctx() ctx: PedagogyContext,
  ) {
    return departmentPedagogy(ctx, department, resolvePeriod(period));
  }

  @FieldResolver(() => DsdenType, {
    nullable: true,
    description: "The department's DSDEN (services départementaux de l'Éducation nationale); null where not recorded.",
  })
  dsden(@Root() department: Department): DsdenType | null {
    if (!department.dsdenName) return null;
    return {
      name: department.dsdenName,
      address: department.dsdenAddress,
      postalCode: department.dsdenPostalCode,
      communeCode: department.dsdenCommuneCode,
    };
  }

  @FieldResolver(() => [BassinType], { description: "Bassins (bassins d'éducation et de formation) of the department, by name." })
  bassins(@Root() department: Department, @Ctx() ctx: PedagogyContext) {
    return ctx.loaders.bassinsOfDepartment.load(department.code);
  }

  @FieldResolver(() => [CirconscriptionType], { description: "First-degree circonscriptions (circonscriptions d'inspection) of the department, by name." })
  circonscriptions(@Root() department: Department, @Ctx() ctx: PedagogyContext) {
    return ctx.loaders.circonscriptionsOfDepartment.load(department.code);
  }

  @FieldResolver(() => [CommuneType], { description: 'Communes of the department, by name.' })
  communes(@Root() department: Department, @Ctx() ctx: PedagogyContext) {
    return ctx.loaders.communesOfDepartment.load(department.code);
  }

  @FieldResolver(() => SchoolConnection, { description: 'Schools of the department, by UAI.' })
  schools(
    @Root() department: Department,
    @Arg('filter', () => SchoolFilter, { nullable: true, description: 'Further filters.' }) filter: SchoolFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: PedagogyContext,
  ) {
    return listSchools(ctx.em, { ...filter, departmentCodes: [department.code] }, page);
  }
}
