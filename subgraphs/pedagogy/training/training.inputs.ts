import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { OrderDirection } from '../../../platform/pagination.js';
import { PeriodInput } from '../../../platform/types.js';
import { TrainingAudience, TrainingFormat, TrainingProvider } from './training.entity.js';
import { TrainingType } from './training.type.js';

export enum TrainingOrderField {
  START_DATE = 'START_DATE',
  TITLE = 'TITLE',
}

registerEnumType(TrainingOrderField, {
  name: 'TrainingOrderField',
  description: 'What trainings are sorted by (tri).',
  valuesConfig: {
    START_DATE: { description: 'Date of the first session; trainings without sessions come last either way.' },
    TITLE: { description: 'Title (intitulé).' },
  },
});

@InputType({ description: 'Order of a training list; the id breaks ties.' })
export class TrainingOrder {
  @Field(() => TrainingOrderField, { description: 'Field to sort by.' })
  field!: TrainingOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Direction.' })
  direction!: OrderDirection;
}

@InputType({ description: 'Filters of a training list; all given filters apply together.' })
export class TrainingFilter {
  @Field(() => [ID], { nullable: true, description: 'Only trainings of these departments (codes).' })
  departmentCodes?: string[];

  @Field(() => [TrainingAudience], { nullable: true, description: 'Only trainings for these audiences (publics).' })
  audiences?: TrainingAudience[];

  @Field(() => [TrainingFormat], { nullable: true, description: 'Only trainings of these formats (modalités).' })
  formats?: TrainingFormat[];

  @Field(() => [TrainingProvider], { nullable: true, description: 'Only trainings run by these providers (opérateurs).' })
  providers?: TrainingProvider[];

  @Field(() => [ID], { nullable: true, description: 'Only trainings that target one of these CRCN competences ("3.4"…).' })
  competenceCodes?: string[];

  @Field(() => PeriodInput, { nullable: true, description: 'Only trainings with a session in this school year or date range.' })
  period?: PeriodInput;

  @Field({ nullable: true, description: 'True: only top-level trainings (not workshops of an event); false: only those.' })
  topLevel?: boolean;

  @Field({ nullable: true, description: 'Only trainings whose title contains this text (case-insensitive).' })
  search?: string;
}

@InputType({ description: 'A new training (nouvelle formation).' })
export class CreateTrainingInput {
  @Field(() => ID, { description: 'Department (code) that runs the training.' })
  departmentCode!: string;

  @Field({ description: 'Title (intitulé).' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Description (descriptif).' })
  description?: string | null;

  @Field(() => TrainingAudience, { description: 'Who it is for (public visé).' })
  audience!: TrainingAudience;

  @Field(() => TrainingFormat, { description: 'How it is given (modalité).' })
  format!: TrainingFormat;

  @Field(() => TrainingProvider, { description: 'Who runs it (opérateur).' })
  provider!: TrainingProvider;

  @Field(() => [ID], { nullable: true, description: 'Targeted CRCN competences, e.g. ["3.4", "5.2"].' })
  competenceCodes?: string[];

  @Field(() => ID, { nullable: true, description: 'Event it belongs to (e.g. the seminar of an ExplorCamp workshop), same department.' })
  parentId?: string | null;
}

@InputType({ description: 'Changes to a training; omitted fields stay as they are.' })
export class UpdateTrainingInput {
  @Field(() => ID, { description: 'The training to change.' })
  id!: string;

  @Field(() => Int, { description: 'The version you edited; a newer stored version is a CONFLICT.' })
  version!: number;

  @Field({ nullable: true, description: 'New title (intitulé).' })
  title?: string;

  @Field(() => String, { nullable: true, description: 'New description (descriptif); null clears it.' })
  description?: string | null;

  @Field(() => TrainingAudience, { nullable: true, description: 'New audience (public visé).' })
  audience?: TrainingAudience;

  @Field(() => TrainingFormat, { nullable: true, description: 'New format (modalité).' })
  format?: TrainingFormat;

  @Field(() => TrainingProvider, { nullable: true, description: 'New provider (opérateur).' })
  provider?: TrainingProvider;

  @Field(() => [ID], { nullable: true, description: 'New list of targeted CRCN competences (replaces the old list).' })
  competenceCodes?: string[];
}

@ObjectType({ description: 'Result of a training mutation.' })
export class TrainingPayload {
  @Field(() => TrainingType, { description: 'The training as stored.' })
  training!: TrainingType;
}
