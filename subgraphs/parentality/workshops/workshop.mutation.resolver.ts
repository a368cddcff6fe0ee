import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { describeMutation } from '../../../platform/access.js';
import type { ParentalityContext } from '../context.js';
import { RecordWorkshopReachInput, RecordWorkshopReachPayload } from './workshop.inputs.js';
import { recordWorkshopReach } from './workshop.service.js';

/** The one write on workshops (they come from the seeds): who they reached among those who came. */
@Resolver()
export class WorkshopMutationResolver {
  @Mutation(() => RecordWorkshopReachPayload, {
    description: describeMutation(
      'recordWorkshopReach',
      'Records the girls and the children with special educational needs among those who came to a workshop; each at most its attendance.',
    ),
  })
  async recordWorkshopReach(
    @Arg('input', () => RecordWorkshopReachInput, { description: 'The workshop and its figures.' }) input: RecordWorkshopReachInput,
    @Ctx() ctx: ParentalityContext,
  ): Promise<RecordWorkshopReachPayload> {
    return { workshop: await recordWorkshopReach(ctx.em, ctx.viewer, input) };
  }
}
