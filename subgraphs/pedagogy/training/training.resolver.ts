import { Arg, Args, Ctx, FieldResolver, Float, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { PageArgs } from '../../../platform/pagination.js';
import type { PedagogyContext } from '../context.js';
import { DepartmentType } from '../departments/department.type.js';
import { CrcnCompetenceType } from '../pix/crcn.type.js';
import type { Training } from './training.entity.js';
import { TrainingFilter, TrainingOrder } from './training.inputs.js';
import { listTrainings } from './training.query.js';
import { getTraining } from './training.service.js';
import { TrainingConnection, TrainingSessionType, TrainingType } from './training.type.js';

@Resolver(() => TrainingType)
export class TrainingResolver {
  @Query(() => TrainingType, { nullable: true, description: 'One training by id; a malformed id is BAD_USER_INPUT, an unknown one NOT_FOUND.' })
  training(@Arg('id', () => ID, { description: 'Identifier of the training (UUID).' }) id: string, @Ctx() ctx: PedagogyContext) {
    return getTraining(ctx.loaders, id);
  }

  @Query(() => TrainingConnection, { description: 'Trainings (formations), filtered, ordered and paged.' })
  trainings(
    @Arg('filter', () => TrainingFilter, { nullable: true, description: 'Filters; all apply together.' }) filter: TrainingFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('orderBy', () => TrainingOrder, { nullable: true, description: 'Order of the list; by first session date when omitted.' })
    orderBy: TrainingOrder | null,
    @Ctx() ctx: PedagogyContext,
  ) {
    return listTrainings(ctx.em, filter ?? undefined, page, orderBy ?? undefined);
  }

  @FieldResolver(() => DepartmentType, { description: 'Department that runs the training (département).' })
  department(@Root() training: Training, @Ctx() ctx: PedagogyContext) {
    return ctx.loaders.department.load(training.department.unwrap().code);
  }

  @FieldResolver(() => [TrainingSessionType], { description: 'Sessions (sessions de formation), by date.' })
  sessions(@Root() training: Training, @Ctx() ctx: PedagogyContext) {
    return ctx.loaders.sessionsOfTraining.load(training.id);
  }

  @FieldResolver(() => [CrcnCompetenceType], { description: 'Targeted CRCN competences (compétences visées), by code.' })
  competences(@Root() training: Training, @Ctx() ctx: PedagogyContext) {
    return ctx.loaders.competencesOfTraining.load(training.id);
  }

  @FieldResolver(() => TrainingType, { nullable: true, description: 'The event it is part of (e.g. the seminar of a workshop).' })
  parent(@Root() training: Training, @Ctx() ctx: PedagogyContext) {
    return training.parent ? ctx.loaders.training.load(training.parent.unwrap().id) : null;
  }

  @FieldResolver(() => [TrainingType], { description: 'Trainings that are part of this event (e.g. its ExplorCamp workshops), by title.' })
  children(@Root() training: Training, @Ctx() ctx: PedagogyContext) {
    return ctx.loaders.childrenOfTraining.load(training.id);
  }

  @FieldResolver(() => Int, { description: 'Number of sessions (nombre de sessions).' })
  async sessionCount(@Root() training: Training, @Ctx() ctx: PedagogyContext) {
    return (await ctx.loaders.trainingTotals.load(training.id)).sessions;
  }

  @FieldResolver(() => Float, { description: "Hours delivered (heures dispensées): sum of its sessions' hours." })
  async hoursDelivered(@Root() training: Training, @Ctx() ctx: PedagogyContext) {
    return (await ctx.loaders.trainingTotals.load(training.id)).hours;
  }

  @FieldResolver(() => Float, { description: 'Hours times teachers present, summed over sessions (heures-stagiaires).' })
  async teacherHours(@Root() training: Training, @Ctx() ctx: PedagogyContext) {
    return (await ctx.loaders.trainingTotals.load(training.id)).teacherHours;
  }

  @FieldResolver(() => Int, { description: 'Teachers trained: attendances summed over sessions (présences).' })
  async teachersTrained(@Root() training: Training, @Ctx() ctx: PedagogyContext) {
    return (await ctx.loaders.trainingTotals.load(training.id)).attended;
  }

  @FieldResolver(() => Int, { description: 'Registrations summed over sessions (inscriptions).' })
  async registered(@Root() training: Training, @Ctx() ctx: PedagogyContext) {
    return (await ctx.loaders.trainingTotals.load(training.id)).registered;
  }

  @FieldResolver(() => LocalDateResolver, { nullable: true, description: 'Date of the first session (début); null without sessions.' })
  async startsOn(@Root() training: Training, @Ctx() ctx: PedagogyContext) {
    return (await ctx.loaders.trainingTotals.load(training.id)).firstDate;
  }

  @FieldResolver(() => LocalDateResolver, { nullable: true, description: 'Date of the last session (fin); null without sessions.' })
  async endsOn(@Root() training: Training, @Ctx() ctx: PedagogyContext) {
    return (await ctx.loaders.trainingTotals.load(training.id)).lastDate;
  }
}
