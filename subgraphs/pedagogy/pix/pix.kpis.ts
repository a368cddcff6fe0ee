import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Kpi, kpi, type KpiBase } from '../../../platform/types.js';
import { CRCN_DOMAINS } from './crcn.data.js';
import type { DomainLevels, PixTotals } from './pix.loaders.js';

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

@ObjectType('PixKpis', { description: 'Pix certification indicators (indicateurs Pix) of a department over a period.' })
export class PixKpis {
  @Field(() => Kpi, { description: 'Pupils who took the certification (candidats).' })
  candidates!: Kpi;

  @Field(() => Kpi, { description: 'Candidates who were certified (certifiés).' })
  certified!: Kpi;

  @Field(() => Float, { nullable: true, description: 'Certified per candidate (taux de certification), 0 to 1; null without candidates.' })
  certificationRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean Pix score of the candidates (score moyen); null without scores.' })
  meanScore!: number | null;

  @Field(() => [PixDomainLevelType], { description: 'Mean level per CRCN domain, the 5 domains in order.' })
  meanLevelByDomain!: PixDomainLevelType[];
}

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

/** PixKpis from the SQL aggregates; counts normalised by the department's pupils and inhabitants. */
export function pixKpis(totals: PixTotals, levels: DomainLevels, base: KpiBase): PixKpis {
  return {
    candidates: kpi(totals.candidates, base),
    certified: kpi(totals.certified, base),
    certificationRate: totals.certificationRate,
    meanScore: totals.meanScore,
    meanLevelByDomain: CRCN_DOMAINS.map(({ code }) => ({ domainCode: code, meanLevel: levels[code] ?? null })),
  };
}
