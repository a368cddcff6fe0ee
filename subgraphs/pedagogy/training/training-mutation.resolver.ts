import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { PedagogyContext } from '../context.js';
import { addTrainingSession, updateTrainingSession } from './training-session.service.js';
import { AddTrainingSessionInput, TrainingSessionPayload, UpdateTrainingSessionInput } from './training-session.inputs.js';
import { CreateTrainingInput, TrainingPayload, UpdateTrainingInput } from './training.inputs.js';
import { createTraining, updateTraining } from './training.service.js';
import { describeMutation } from '../../../platform/access.js';

/** What staff record about trainings: each mutation is one transaction, checked by the service. */
@Resolver()
export class TrainingMutationResolver {
  @Mutation(() => TrainingPayload, { description: describeMutation('createTraining', 'Records a training.') })
  async createTraining(@Arg('input', () => CreateTrainingInput, { description: 'The training.' }) input: CreateTrainingInput, @Ctx() ctx: PedagogyContext) {
    return { training: await createTraining(ctx.em, ctx.viewer, input) };
  }

  @Mutation(() => TrainingPayload, { description: describeMutation('updateTraining', 'Changes a training; a stale version is a CONFLICT.') })
  async updateTraining(@Arg('input', () => UpdateTrainingInput, { description: 'The changes.' }) input: UpdateTrainingInput, @Ctx() ctx: PedagogyContext) {
    return { training: await updateTraining(ctx.em, ctx.viewer, input) };
  }

  @Mutation(() => TrainingSessionPayload, {
    description: describeMutation('addTrainingSession', 'Adds a session to a training; counts follow attended ≤ registered ≤ capacity.'),
  })
  addTrainingSession(
    @Arg('input', () => AddTrainingSessionInput, { description: 'The session.' }) input: AddTrainingSessionInput,
    @Ctx() ctx: PedagogyContext,
  ) {
    return addTrainingSession(ctx.em, ctx.viewer, input);
  }

  @Mutation(() => TrainingSessionPayload, {
    description: describeMutation('updateTrainingSession', 'Changes a session (counts above all); a stale version is a CONFLICT.'),
  })
  updateTrainingSession(
    @Arg('input', () => UpdateTrainingSessionInput, { description: 'The changes.' }) input: UpdateTrainingSessionInput,
    @Ctx() ctx: PedagogyContext,
  ) {
    return updateTrainingSession(ctx.em, ctx.viewer, input);
  }
}
