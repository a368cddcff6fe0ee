import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { notFound } from '../../../platform/errors.js';
import type { PedagogyContext } from '../context.js';
import { DepartmentType } from '../departments/department.type.js';
import { SchoolType } from '../schools/school.type.js';
import type { Commune } from './commune.entity.js';
import { CommuneType, EpciType } from './commune.type.js';
import type { Epci } from './epci.entity.js';

@Resolver(() => CommuneType)
export class CommuneResolver {
  @Query(() => CommuneType, { nullable: true, description: 'One commune by its INSEE code; unknown is NOT_FOUND.' })
  async commune(@Arg('code', () => ID, { description: 'INSEE code (code commune).' }) code: string, @Ctx() ctx: PedagogyContext) {
    const commune = await ctx.loaders.commune.load(code.trim().toUpperCase());
    if (!commune) throw notFound(`No commune has the code "${code}" in the graph.`);
    return commune;
  }

  @FieldResolver(() => DepartmentType, { description: 'Department of the commune.' })
  department(@Root() commune: Commune, @Ctx() ctx: PedagogyContext) {
    return ctx.loaders.department.load(commune.department.unwrap().code);
  }

  @FieldResolver(() => EpciType, { nullable: true, description: 'EPCI the commune belongs to (intercommunalité).' })
  epci(@Root() commune: Commune, @Ctx() ctx: PedagogyContext) {
    return commune.epci ? ctx.loaders.epci.load(commune.epci.unwrap().siren) : null;
  }

  @FieldResolver(() => [SchoolType], { description: 'Schools of the commune recorded in the graph, by UAI.' })
  schools(@Root() commune: Commune, @Ctx() ctx: PedagogyContext) {
    return ctx.loaders.schoolsOfCommune.load(commune.code);
  }
}

@Resolver(() => EpciType)
export class EpciResolver {
  @Query(() => EpciType, { nullable: true, description: 'One EPCI by its SIREN; unknown is NOT_FOUND.' })
  async epci(@Arg('siren', () => ID, { description: 'SIREN of the EPCI.' }) siren: string, @Ctx() ctx: PedagogyContext) {
    const epci = await ctx.loaders.epci.load(siren.trim());
    if (!epci) throw notFound(`No EPCI has the SIREN "${siren}" in the graph.`);
    return epci;
  }

  @FieldResolver(() => [CommuneType], { description: 'Member communes recorded in the graph, by name.' })
  communes(@Root() epci: Epci, @Ctx() ctx: PedagogyContext) {
    return ctx.loaders.communesOfEpci.load(epci.siren);
  }
}
