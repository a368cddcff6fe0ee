import { Field, Float, Int, ObjectType } from 'type-graphql';
import { indicatorFields } from '../../../platform/indicator-fields.js';
import { PEDAGOGY_INDICATORS } from '../indicators.js';
import { CRCN_DOMAINS } from './crcn.data.js';
import type { DomainLevels } from './pix.loaders.js';

@ObjectType('PixDomainLevel', { description: 'Mean level reached in one CRCN domain (niveau moyen par domaine).' })
export class PixDomainLevelType {
  /** Not a GraphQL field: resolved to `domain`. */
  domainCode!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean level (niveau moyen), 0 to 6, over every competence level assessed in the domain; null when none was.',
  })
  meanLevel!: number | null;
}

/** Its indicator fields (candidates, certified, rate, mean score) come from the catalogue. */
@ObjectType('PixKpis', { description: 'Pix certification indicators (indicateurs Pix) of a department over a period.' })
export class PixKpis {
  @Field(() => [PixDomainLevelType], { description: 'Mean level per CRCN domain, the 5 domains in order.' })
  meanLevelByDomain!: PixDomainLevelType[];
}
indicatorFields(PixKpis, PEDAGOGY_INDICATORS, 'pix');

@ObjectType('PixSummary', { description: 'Pix certification results of a school, all grades together (synthèse Pix).' })
export class PixSummary {
  @Field(() => Int, { description: 'Pupils who took the certification (candidats).' })
  candidates!: number;

  @Field(() => Int, { description: 'Candidates who were certified (certifiés).' })
  certified!: number;

  @Field(() => Float, { nullable: true, description: 'Certified per candidate (taux de certification), 0 to 1; null without candidates.' })
  certificationRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean Pix score of the candidates (score moyen); null without scores.' })
  meanScore!: number | null;
}

/** The mean level of each CRCN domain, the 5 in order. */
export const meanLevelByDomain = (levels: DomainLevels): PixDomainLevelType[] =>
  CRCN_DOMAINS.map(({ code }) => ({ domainCode: code, meanLevel: levels[code] ?? null }));
