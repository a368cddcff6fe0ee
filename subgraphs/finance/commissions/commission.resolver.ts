import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { FinanceContext } from '../context.js';
import { DepartmentStub } from '../stubs.js';
import type { Commission } from './commission.entity.js';
import { CommissionFilter } from './commission.inputs.js';
import { getCommission, listCommissions } from './commission.queries.js';
import { CommissionType, SubsidyType } from './commission.type.js';

@Resolver(() => CommissionType)
export class CommissionResolver {
  @Query(() => [CommissionType], {
    description:
      'Selection commissions (comités de sélection) the viewer may read, by meeting day: every department for ANALYST and ADMIN, their own for staff and commission members.',
  })
  commissions(@Arg('filter', () => CommissionFilter, { nullable: true, description: 'Filters.' }) filter: CommissionFilter | null, @Ctx() ctx: FinanceContext) {
    return listCommissions(ctx.em, ctx.viewer, filter ?? undefined);
  }

  @Query(() => CommissionType, { nullable: true, description: "One commission by id; unknown is NOT_FOUND, another department's FORBIDDEN." })
  commission(@Arg('id', () => ID, { description: 'Commission id.' }) id: string, @Ctx() ctx: FinanceContext) {
    return getCommission(ctx.em, ctx.viewer, id);
  }

  @FieldResolver(() => DepartmentStub, { description: 'Department the commission decides for.' })
  department(@Root() commission: Commission) {
    return { code: commission.departmentCode };
  }

  @FieldResolver(() => [SubsidyType], { description: 'Its decisions (décisions), by day.' })
  decisions(@Root() commission: Commission, @Ctx() ctx: FinanceContext) {
    return ctx.loaders.decisionsOfCommission.load(commission.id);
  }
}
