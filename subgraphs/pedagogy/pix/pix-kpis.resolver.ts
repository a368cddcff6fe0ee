import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { indicatorValues } from '../../../platform/indicator-fields.js';
import { periodKey } from '../../../platform/loaders.js';
import { PEDAGOGY_INDICATORS } from '../indicators.js';
import { ALL_TIME, resolvePeriod } from '../../../platform/period.js';
import type { PedagogyContext } from '../context.js';
import { PedagogyKpis } from '../departments/department.kpis.js';
import type { School } from '../schools/school.entity.js';
import { SchoolType } from '../schools/school.type.js';
import { CrcnDomainType } from './crcn.type.js';
import { parseSchoolYear } from './pix-import.js';
import { mayReadPixOf } from './pix-result.service.js';
import { meanLevelByDomain, PixDomainLevelType, PixKpis, PixSummary } from './pix.kpis.js';

@Resolver(() => PedagogyKpis)
export class PedagogyPixResolver {
  @FieldResolver(() => PixKpis, {
    description: 'Pix certification indicators (certification Pix) of the school years whose 1 September lies in the period.',
  })
  async pix(@Root() kpis: PedagogyKpis, @Ctx() ctx: PedagogyContext) {
    const { departmentCode, range } = kpis.scope;
    const [values, levels] = await Promise.all([
      indicatorValues(PEDAGOGY_INDICATORS, 'pix', ctx, kpis.scope),
      ctx.loaders.pixDomainLevels.load(periodKey(departmentCode, range)),
    ]);
    return { ...values, meanLevelByDomain: meanLevelByDomain(levels) };
  }
}

@Resolver(() => PixDomainLevelType)
export class PixDomainLevelResolver {
  @FieldResolver(() => CrcnDomainType, { description: 'The domain (domaine du CRCN).' })
  domain(@Root() level: PixDomainLevelType, @Ctx() ctx: PedagogyContext) {
    return ctx.loaders.crcnDomain.load(level.domainCode);
  }
}

@Resolver(() => SchoolType)
export class SchoolPixResolver {
  @FieldResolver(() => PixSummary, {
    nullable: true,
    description:
      'Pix certification results of the school, all grades together; null without results, and for viewers who may not read ' +
      'results by school (PUBLIC, and roles of other departments).',
  })
  async pix(
    @Root() school: School,
    @Arg('schoolYear', () => String, { nullable: true, description: 'School year (année scolaire), e.g. "2023-2024"; all years when omitted.' })
    schoolYear: string | null,
    @Ctx() ctx: PedagogyContext,
  ) {
    if (!mayReadPixOf(ctx.viewer, school.department.unwrap().code)) return null;
    const range = schoolYear ? resolvePeriod({ schoolYear: parseSchoolYear(schoolYear) }) : ALL_TIME;
    const totals = await ctx.loaders.pixSchoolTotals.load(periodKey(school.uai, range));
    return totals.candidates ? totals : null;
  }
}
