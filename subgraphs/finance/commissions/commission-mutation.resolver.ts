import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { FinanceContext } from '../context.js';
import {
  CreateCommissionInput,
  CreateCommissionPayload,
  DecideProjectInput,
  DecideProjectPayload,
  DisburseInput,
  DisbursePayload,
} from './commission.inputs.js';
import { createCommission, decideProject } from './commission.service.js';
import { disburse } from './disbursement.service.js';
import { describeMutation } from '../../../platform/access.js';

@Resolver()
export class CommissionMutationResolver {
  @Mutation(() => CreateCommissionPayload, { description: describeMutation('createCommission', 'Creates a selection commission.') })
  async createCommission(
    @Arg('input', () => CreateCommissionInput, { description: 'The commission.' }) input: CreateCommissionInput,
    @Ctx() ctx: FinanceContext,
  ) {
    return { commission: await createCommission(ctx.em, ctx.viewer, input) };
  }

  @Mutation(() => DecideProjectPayload, {
    description: describeMutation(
      'decideProject',
      "Records a commission's decision on a project; pedagogy moves the project to ACCEPTED or REJECTED shortly after (outbox).",
    ),
  })
  async decideProject(@Arg('input', () => DecideProjectInput, { description: 'The decision.' }) input: DecideProjectInput, @Ctx() ctx: FinanceContext) {
    return { subsidy: await decideProject(ctx.em, ctx.viewer, ctx.services.pedagogy, input) };
  }

  @Mutation(() => DisbursePayload, {
    description: describeMutation('disburse', 'Pays part of a subsidy; payments never exceed it; a stale version is CONFLICT.'),
  })
  async disburse(@Arg('input', () => DisburseInput, { description: 'The payment.' }) input: DisburseInput, @Ctx() ctx: FinanceContext) {
    return disburse(ctx.em, ctx.viewer, input);
  }
}
