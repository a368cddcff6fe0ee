import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CommuneType } from '../communes/commune.type.js';
import type { PedagogyContext } from '../context.js';
import type { TrainingSession } from './training-session.entity.js';
import { TrainingSessionType, TrainingType } from './training.type.js';

@Resolver(() => TrainingSessionType)
export class TrainingSessionResolver {
  @FieldResolver(() => TrainingType, { description: 'The training of the session.' })
  training(@Root() session: TrainingSession, @Ctx() ctx: PedagogyContext) {
    return ctx.loaders.training.load(session.training.unwrap().id);
  }

  @FieldResolver(() => CommuneType, { nullable: true, description: 'Commune where it takes place; null for an online session.' })
  commune(@Root() session: TrainingSession, @Ctx() ctx: PedagogyContext) {
    return session.commune ? ctx.loaders.commune.load(session.commune.unwrap().code) : null;
  }
}
