import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { notFound } from '../../../platform/errors.js';
import { PageArgs } from '../../../platform/pagination.js';
import type { FinanceContext } from '../context.js';
import { planReadScope, requirePlanReader } from './funding-plan.access.js';
import { parseId } from '../../../platform/ids.js';
import {
  ChangeFundingLineStatusInput,
  ChangeFundingLineStatusPayload,
  CreateFundingPlanInput,
  CreateFundingPlanPayload,
  FundingPlanFilter,
  UpdateFundingPlanInput,
  UpdateFundingPlanPayload,
} from './funding-plan.inputs.js';
import { listFundingPlans } from './funding-plan.queries.js';
import { createFundingPlan, updateFundingPlan } from './funding-plan.service.js';
import { changeFundingLineStatus } from './funding-line.service.js';
import { FundingPlanConnection, FundingPlanType } from './funding-plan.type.js';
import { describeMutation } from '../../../platform/access.js';

@Resolver(() => FundingPlanType)
export class FundingPlanResolver {
  @Query(() => FundingPlanType, {
    nullable: true,
    description: 'One funding plan by id (signed-in readers of its department, ANALYST, ADMIN); unknown is NOT_FOUND.',
  })
  async fundingPlan(@Arg('id', () => ID, { description: 'Funding plan id.' }) id: string, @Ctx() ctx: FinanceContext) {
    planReadScope(ctx.viewer); // PUBLIC and roles that read no plan are refused before any lookup
    const plan = await ctx.loaders.fundingPlanById.load(parseId(id, 'id'));
    if (!plan) throw notFound(`No funding plan has the id "${id}".`);
    requirePlanReader(ctx.viewer, plan.departmentCode);
    return plan;
  }

  @Query(() => FundingPlanConnection, {
    description: "Funding plans the viewer may read (its departments', or all for ANALYST and ADMIN), filtered, in id order, paged.",
  })
  fundingPlans(
    @Arg('filter', () => FundingPlanFilter, { nullable: true, description: 'Filters; all apply together.' }) filter: FundingPlanFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: FinanceContext,
  ) {
    return listFundingPlans(ctx.em, ctx.viewer, filter ?? undefined, page);
  }

  @Mutation(() => CreateFundingPlanPayload, {
    description: describeMutation('createFundingPlan', "Creates a project's funding plan."),
  })
  async createFundingPlan(@Arg('input', () => CreateFundingPlanInput, { description: 'The plan.' }) input: CreateFundingPlanInput, @Ctx() ctx: FinanceContext) {
    return { fundingPlan: await createFundingPlan(ctx.em, ctx.viewer, ctx.services.pedagogy, input) };
  }

  @Mutation(() => UpdateFundingPlanPayload, {
    description: describeMutation('updateFundingPlan', 'Changes a funding plan at the version read; a stale version is CONFLICT.'),
  })
  async updateFundingPlan(
    @Arg('input', () => UpdateFundingPlanInput, { description: 'The changes.' }) input: UpdateFundingPlanInput,
    @Ctx() ctx: FinanceContext,
  ) {
    return { fundingPlan: await updateFundingPlan(ctx.em, ctx.viewer, ctx.services.pedagogy, input) };
  }

  @Mutation(() => ChangeFundingLineStatusPayload, {
    description: describeMutation(
      'changeFundingLineStatus',
      'Moves a co-financing line to its next status, committing it on an envelope within what remains of it.',
    ),
  })
  async changeFundingLineStatus(
    @Arg('input', () => ChangeFundingLineStatusInput, { description: 'The move.' }) input: ChangeFundingLineStatusInput,
    @Ctx() ctx: FinanceContext,
  ) {
    const { plan, line } = await changeFundingLineStatus(ctx.em, ctx.viewer, input);
    return { fundingPlan: plan, line };
  }
}
