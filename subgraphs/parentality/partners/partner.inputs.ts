import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Filters of the partner list.' })
export class PartnerFilter {
  @Field(() => [ID], { nullable: true, description: 'Departments (INSEE codes).' })
  departmentCodes?: string[];
}
