import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { PedagogyContext } from '../context.js';
import { type CrcnCompetence, CrcnDomain } from './crcn.entity.js';
import { CrcnCompetenceType, CrcnDomainType } from './crcn.type.js';

@Resolver(() => CrcnDomainType)
export class CrcnDomainResolver {
  @Query(() => [CrcnDomainType], { description: 'The 5 domains of the CRCN, in order.' })
  crcnDomains(@Ctx() ctx: PedagogyContext) {
    return ctx.em.findAll(CrcnDomain, { orderBy: { code: 'asc' } });
  }

  @FieldResolver(() => [CrcnCompetenceType], { description: 'Competences of the domain, in order.' })
  competences(@Root() domain: CrcnDomain, @Ctx() ctx: PedagogyContext) {
    return ctx.loaders.competencesOfDomain.load(domain.code);
  }
}

@Resolver(() => CrcnCompetenceType)
export class CrcnCompetenceResolver {
  @FieldResolver(() => CrcnDomainType, { description: 'Domain of the competence.' })
  domain(@Root() competence: CrcnCompetence, @Ctx() ctx: PedagogyContext) {
    return ctx.loaders.crcnDomain.load(competence.domain.unwrap().code);
  }
}
