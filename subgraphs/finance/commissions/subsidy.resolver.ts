import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../../platform/pagination.js';
import { euros, Money } from '../../../platform/types.js';
import type { FinanceContext } from '../context.js';
import { DepartmentStub, ProjectStub } from '../stubs.js';
import type { Disbursement, Subsidy } from './commission.entity.js';
import { SubsidyFilter } from './commission.inputs.js';
import { listSubsidies } from './commission.queries.js';
import { CommissionType, DisbursementType, SubsidyConnection, SubsidyType } from './commission.type.js';

@Resolver(() => SubsidyType)
export class SubsidyResolver {
  @Query(() => SubsidyConnection, {
    description: 'Decisions and subsidies (décisions et subventions) the viewer may read, newest first, filtered and paged.',
  })
  subsidies(
    @Arg('filter', () => SubsidyFilter, { nullable: true, description: 'Filters; all apply together.' }) filter: SubsidyFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: FinanceContext,
  ) {
    return listSubsidies(ctx.em, ctx.viewer, filter ?? undefined, page);
  }

  @FieldResolver(() => ProjectStub, { description: 'The project decided on.' })
  project(@Root() subsidy: Subsidy) {
    return { id: subsidy.projectId };
  }

  @FieldResolver(() => DepartmentStub, { description: "The project's department." })
  department(@Root() subsidy: Subsidy) {
    return { code: subsidy.departmentCode };
  }

  @FieldResolver(() => CommissionType, { description: 'The commission that decided.' })
  commission(@Root() subsidy: Subsidy, @Ctx() ctx: FinanceContext) {
    return ctx.loaders.commission.load(subsidy.commission.unwrap().id);
  }

  @FieldResolver(() => Money, { description: 'Amount granted (montant accordé); 0 for a rejection.' })
  amount(@Root() subsidy: Subsidy): Money {
    return euros(subsidy.amountCents);
  }

  @FieldResolver(() => Money, { description: 'Amount paid so far (montant versé).' })
  async disbursed(@Root() subsidy: Subsidy, @Ctx() ctx: FinanceContext): Promise<Money> {
    return euros(sum(await ctx.loaders.disbursementsOfSubsidy.load(subsidy.id)));
  }

  @FieldResolver(() => Money, { description: 'Amount still to pay (reste à verser).' })
  async remaining(@Root() subsidy: Subsidy, @Ctx() ctx: FinanceContext): Promise<Money> {
    return euros(subsidy.amountCents - sum(await ctx.loaders.disbursementsOfSubsidy.load(subsidy.id)));
  }

  @FieldResolver(() => [DisbursementType], { description: 'Payments (versements), oldest first.' })
  disbursements(@Root() subsidy: Subsidy, @Ctx() ctx: FinanceContext) {
    return ctx.loaders.disbursementsOfSubsidy.load(subsidy.id);
  }
}

const sum = (payments: Disbursement[]) => payments.reduce((total, p) => total + p.amountCents, 0);

@Resolver(() => DisbursementType)
export class DisbursementResolver {
  @FieldResolver(() => Money, { description: 'Amount paid (montant).' })
  amount(@Root() disbursement: Disbursement): Money {
    return euros(disbursement.amountCents);
  }
}
