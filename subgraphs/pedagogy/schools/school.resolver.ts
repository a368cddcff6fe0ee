import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../../platform/pagination.js';
import { CommuneType } from '../communes/commune.type.js';
import type { PedagogyContext } from '../context.js';
import { DepartmentType } from '../departments/department.type.js';
import { ProjectType } from '../projects/project.type.js';
import { PriorityTerritoryType } from '../territories/priority-territory.type.js';
import { degreeOf, SchoolDegree, type School } from './school.entity.js';
import { getSchool, listSchools } from './school.service.js';
import { SchoolConnection, SchoolFilter, SchoolType } from './school.type.js';
import { CirconscriptionType } from './circonscription.type.js';
import { BassinType } from './bassin.type.js';

@Resolver(() => SchoolType)
export class SchoolResolver {
  @Query(() => SchoolType, {
    nullable: true,
    description: 'One school by UAI. A malformed UAI or a wrong check letter is BAD_USER_INPUT; an unknown one NOT_FOUND.',
  })
  school(@Arg('uai', () => ID, { description: 'UAI, e.g. "0290001K".' }) uai: string, @Ctx() ctx: PedagogyContext) {
    return getSchool(ctx.loaders, uai);
  }

  @Query(() => SchoolConnection, { description: 'Schools, filtered and paged, by UAI.' })
  schools(
    @Arg('filter', () => SchoolFilter, { nullable: true, description: 'Filters; all apply together.' }) filter: SchoolFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: PedagogyContext,
  ) {
    return listSchools(ctx.em, filter ?? undefined, page);
  }

  @FieldResolver(() => SchoolDegree, { description: 'Degree (degré), from the kind.' })
  degree(@Root() school: School) {
    return degreeOf(school.kind);
  }

  @FieldResolver(() => DepartmentType, { description: 'Department of the school.' })
  department(@Root() school: School, @Ctx() ctx: PedagogyContext) {
    return ctx.loaders.department.load(school.department.unwrap().code);
  }

  @FieldResolver(() => PriorityTerritoryType, { nullable: true, description: "Priority territory of the school's commune, if any." })
  async priorityTerritory(@Root() school: School, @Ctx() ctx: PedagogyContext) {
    const commune = await ctx.loaders.commune.load(school.commune.unwrap().code);
    const code = commune?.priorityTerritory?.unwrap().code;
    return code ? ctx.loaders.priorityTerritory.load(code) : null;
  }

  @FieldResolver(() => [ProjectType], { description: 'Projects the school leads, by title.' })
  projects(@Root() school: School, @Ctx() ctx: PedagogyContext) {
    return ctx.loaders.projectsOfLeadSchool.load(school.uai);
  }

  @FieldResolver(() => CirconscriptionType, {
    nullable: true,
    description:
      "First-degree circonscription (circonscription d'inspection) of the school, from the national school directory or the demonstration data; null for collèges and lycées, and where not recorded.",
  })
  circonscription(@Root() school: School, @Ctx() ctx: PedagogyContext) {
    const code = school.circonscription?.unwrap().code;
    return code ? ctx.loaders.circonscription.load(code) : null;
  }

  @FieldResolver(() => BassinType, {
    nullable: true,
    description: "Bassin (bassin d'éducation et de formation) of the school; null when not recorded.",
  })
  bassin(@Root() school: School, @Ctx() ctx: PedagogyContext) {
    const code = school.bassin?.unwrap().code;
    return code ? ctx.loaders.bassin.load(code) : null;
  }

  @FieldResolver(() => CommuneType, { description: 'Commune of the school.' })
  commune(@Root() school: School, @Ctx() ctx: PedagogyContext) {
    return ctx.loaders.commune.load(school.commune.unwrap().code);
  }
}
