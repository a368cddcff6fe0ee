import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DESCRIPTIONS } from '../../../platform/stubs.js';
import type { Department } from './department.entity.js';

/**
 * One department in one school year: a point of the time series (`Department.years`). Pedagogy
 * owns it; finance and parentality contribute their indicators for the same school year, keyed by
 * department and school year, so that one query draws every trend of all three subgraphs.
 */
@Directive('@key(fields: "departmentCode schoolYear")')
@ObjectType('DepartmentYear', { description: DESCRIPTIONS.departmentYear })
export class DepartmentYearType {
  @Field(() => ID, { description: DESCRIPTIONS.departmentCode })
  departmentCode!: string;

  @Field({ description: DESCRIPTIONS.schoolYear })
  schoolYear!: string;

  @Field(() => Int, { description: DESCRIPTIONS.population })
  population!: number;

  @Field(() => Int, { description: DESCRIPTIONS.departmentPupils })
  pupils!: number;

  /** Not a GraphQL field: the department, for the field resolvers. */
  department!: Department;
}
