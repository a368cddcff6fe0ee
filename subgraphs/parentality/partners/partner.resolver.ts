import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { ParentalityContext } from '../context.js';
import { CommuneStub, DepartmentStub } from '../stubs.js';
import { PartnerOrganisation } from './partner.entity.js';
import { PartnerFilter } from './partner.inputs.js';
import { PartnerOrganisationType } from './partner.type.js';

@Resolver(() => PartnerOrganisationType)
export class PartnerOrganisationResolver {
  @Query(() => [PartnerOrganisationType], { description: 'Partner organisations, by department then name.' })
  partners(
    @Arg('filter', () => PartnerFilter, { nullable: true, description: 'Filters.' }) filter: PartnerFilter | null,
    @Ctx() ctx: ParentalityContext,
  ): Promise<PartnerOrganisation[]> {
    const where = filter?.departmentCodes ? { departmentCode: { $in: filter.departmentCodes } } : {};
    return ctx.em.find(PartnerOrganisation, where, { orderBy: { departmentCode: 'asc', name: 'asc' } });
  }

  @FieldResolver(() => DepartmentStub, { description: 'Department of the organisation.' })
  department(@Root() partner: PartnerOrganisationType) {
    return { code: partner.departmentCode };
  }

  @FieldResolver(() => CommuneStub, { nullable: true, description: 'Commune of its premises.' })
  commune(@Root() partner: PartnerOrganisationType) {
    return partner.communeCode ? { code: partner.communeCode } : null;
  }
}
