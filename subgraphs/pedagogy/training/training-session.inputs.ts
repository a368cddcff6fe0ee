import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { TrainingSessionType, TrainingType } from './training.type.js';

@InputType({ description: 'Place, hours and counts of a session; used to add one.' })
export class AddTrainingSessionInput {
  @Field(() => ID, { description: 'The training the session belongs to.' })
  trainingId!: string;

  @Field(() => LocalDateResolver, { description: 'Date (date de la session).' })
  date!: string;

  @Field(() => ID, { nullable: true, description: 'Commune (INSEE code) where it takes place; a commune, a venue or both.' })
  communeCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Venue (lieu), e.g. "Classe virtuelle"; a commune, a venue or both.' })
  venue?: string | null;

  @Field(() => Float, { description: 'Duration in hours: more than 0, at most 24, to the hundredth.' })
  hours!: number;

  @Field(() => Int, { description: 'Places offered (at least 1).' })
  capacity!: number;

  @Field(() => Int, { defaultValue: 0, description: 'Teachers registered (≤ capacity).' })
  registered: number = 0;

  @Field(() => Int, { defaultValue: 0, description: 'Teachers present (≤ registered).' })
  attended: number = 0;
}

@InputType({ description: 'Changes to a session (counts above all); omitted fields stay as they are.' })
export class UpdateTrainingSessionInput {
  @Field(() => ID, { description: 'The session to change.' })
  id!: string;

  @Field(() => Int, { description: 'The version you edited; a newer stored version is a CONFLICT.' })
  version!: number;

  @Field(() => LocalDateResolver, { nullable: true, description: 'New date.' })
  date?: string;

  @Field(() => ID, { nullable: true, description: 'New commune (INSEE code); null removes it (a venue must remain).' })
  communeCode?: string | null;

  @Field(() => String, { nullable: true, description: 'New venue (lieu); null removes it (a commune must remain).' })
  venue?: string | null;

  @Field(() => Float, { nullable: true, description: 'New duration in hours.' })
  hours?: number;

  @Field(() => Int, { nullable: true, description: 'New number of places.' })
  capacity?: number;

  @Field(() => Int, { nullable: true, description: 'New number of teachers registered.' })
  registered?: number;

  @Field(() => Int, { nullable: true, description: 'New number of teachers present.' })
  attended?: number;
}

@ObjectType({ description: 'Result of a session mutation.' })
export class TrainingSessionPayload {
  @Field(() => TrainingSessionType, { description: 'The session as stored.' })
  session!: TrainingSessionType;

  @Field(() => TrainingType, { description: 'Its training (with the new totals).' })
  training!: TrainingType;
}
