import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PeriodInput } from '../../../platform/types.js';
import { WorkshopKind } from './workshop.entity.js';
import { WorkshopType } from './workshop.type.js';

@InputType({ description: 'Filters of the workshop list; all given ones apply together.' })
export class WorkshopFilter {
  @Field(() => [ID], { nullable: true, description: 'Departments (INSEE codes).' })
  departmentCodes?: string[];

  @Field(() => [WorkshopKind], { nullable: true, description: 'Kinds of workshop.' })
  kinds?: WorkshopKind[];

  @Field(() => [ID], { nullable: true, description: 'Schools where they were held (UAI).' })
  schoolUais?: string[];

  @Field(() => [ID], { nullable: true, description: 'Communes where they were held (INSEE codes).' })
  communeCodes?: string[];

  @Field(() => [ID], { nullable: true, description: 'Partner organisations that ran them.' })
  partnerIds?: string[];

  @Field(() => PeriodInput, { nullable: true, description: 'Period in which they were held.' })
  period?: PeriodInput;
}

@InputType({ description: 'Who a workshop reached among those who came: figures omitted (or null) stay as they were.' })
export class RecordWorkshopReachInput {
  @Field(() => ID, { description: 'Workshop id.' })
  workshopId!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Girls among the children (or pupils) who came (filles touchées), at most the attendance.',
  })
  girlsReached?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Children (or pupils) with special educational needs among those who came (élèves à besoins éducatifs particuliers), at most the attendance.',
  })
  specialNeedsReached?: number | null;
}

@ObjectType({ description: 'Result of recordWorkshopReach.' })
export class RecordWorkshopReachPayload {
  @Field(() => WorkshopType, { description: 'The workshop as recorded.' })
  workshop!: WorkshopType;
}
