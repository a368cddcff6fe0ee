import { Field, ID, InputType } from 'type-graphql';
import { PeriodInput } from '../../../platform/types.js';
import { WorkshopKind } from './workshop.entity.js';

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
