import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { notFound } from '../../../platform/errors.js';
import { parseId } from '../../../platform/ids.js';
import { PageArgs } from '../../../platform/pagination.js';
import { CallType } from '../calls/call.type.js';
import type { Call } from '../calls/call.entity.js';
import { CommuneType } from '../communes/commune.type.js';
import type { PedagogyContext } from '../context.js';
import { DepartmentType } from '../departments/department.type.js';
import { TrainingType } from '../training/training.type.js';
import { Event } from './event.entity.js';
import { listEvents } from './event.query.js';
import { EventConnection, EventFilter, EventType } from './event.type.js';

@Resolver(() => EventType)
export class EventResolver {
  @Query(() => EventConnection, { description: 'Events of the programmes (événements), earliest first, filtered and paged.' })
  events(
    @Arg('filter', () => EventFilter, { nullable: true, description: 'Filters; all apply together.' }) filter: EventFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: PedagogyContext,
  ) {
    return listEvents(ctx.em, filter ?? undefined, page);
  }

  @Query(() => EventType, { nullable: true, description: 'One event by id; a malformed id is BAD_USER_INPUT, an unknown one NOT_FOUND.' })
  async event(@Arg('id', () => ID, { description: 'Identifier of the event (UUID).' }) id: string, @Ctx() ctx: PedagogyContext) {
    const event = await ctx.em.findOne(Event, { id: parseId(id) });
    if (!event) throw notFound(`No event has the id "${id}".`);
    return event;
  }

  @FieldResolver(() => DepartmentType, { description: 'Department whose programme holds the event (département).' })
  department(@Root() event: Event, @Ctx() ctx: PedagogyContext) {
    return ctx.loaders.department.load(event.department.unwrap().code);
  }

  @FieldResolver(() => CommuneType, { nullable: true, description: 'Commune of the venue (commune); null for an online event.' })
  commune(@Root() event: Event, @Ctx() ctx: PedagogyContext) {
    return event.commune ? ctx.loaders.commune.load(event.commune.unwrap().code) : null;
  }

  @FieldResolver(() => [TrainingType], { description: 'Trainings given at the event (formations liées): its days and workshops, by title.' })
  trainings(@Root() event: Event, @Ctx() ctx: PedagogyContext) {
    return ctx.loaders.trainingsOfEvent.load(event.id);
  }

  @FieldResolver(() => CallType, {
    nullable: true,
    description: 'Call for contributions whose answers the event presents (appel à contributions); null if none.',
  })
  contributionCall(@Root() event: Event, @Ctx() ctx: PedagogyContext) {
    return event.contributionCall ? ctx.loaders.call.load(event.contributionCall.unwrap().id) : null;
  }
}

@Resolver(() => CallType)
export class CallEventsResolver {
  @FieldResolver(() => [EventType], { description: 'Events that present the answers to this call (événements), earliest first.' })
  events(@Root() call: Call, @Ctx() ctx: PedagogyContext) {
    return ctx.loaders.eventsOfCall.load(call.id);
  }
}
