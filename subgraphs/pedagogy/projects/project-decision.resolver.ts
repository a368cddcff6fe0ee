import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { PedagogyContext } from '../context.js';
import { RecordCommissionDecisionInput, RecordCommissionDecisionPayload } from './project-decision.inputs.js';
import { recordCommissionDecision } from './project-decision.service.js';
import { describeMutation } from '../../../platform/access.js';

@Resolver()
export class ProjectDecisionResolver {
  @Mutation(() => RecordCommissionDecisionPayload, {
    description: describeMutation(
      'recordCommissionDecision',
      "Applies a commission's decision taken in finance to its project (ACCEPTED or REJECTED, through UNDER_REVIEW when SUBMITTED). Called by finance's outbox relay; idempotent on decisionId.",
    ),
  })
  async recordCommissionDecision(
    @Arg('input', () => RecordCommissionDecisionInput, { description: 'The decision.' }) input: RecordCommissionDecisionInput,
    @Ctx() ctx: PedagogyContext,
  ) {
    return { project: await recordCommissionDecision(ctx.em, ctx.viewer, input) };
  }
}
