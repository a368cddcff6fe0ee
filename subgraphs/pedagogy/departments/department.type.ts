import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { DESCRIPTIONS } from '../../../platform/stubs.js';

@Directive('@key(fields: "code")')
@ObjectType('Department', { description: DESCRIPTIONS.department })
export class DepartmentType {
  @Field(() => ID, { description: DESCRIPTIONS.departmentCode })
  code!: string;

  @Field({ description: 'Name (nom), e.g. "Finistère".' })
  name!: string;

  @Field({ description: 'INSEE code of the region (code de la région).' })
  regionCode!: string;

  @Field({ description: 'Name of the region (région).' })
  regionName!: string;

  @Field({ description: 'Education authority (académie), e.g. "Rennes".' })
  academy!: string;

  @Field(() => Int, { description: DESCRIPTIONS.population })
  population!: number;

  @Field(() => Int, { nullable: true, description: 'Year of the TNE cohort (2020 pilots, 2021); null outside the programme.' })
  tneCohortYear!: number | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'First day of the TNE programme (début du programme).' })
  programmeStart!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Last day of the TNE programme (fin du programme).' })
  programmeEnd!: string | null;

  @Field({
    description:
      'True when its schools and activity were generated for benchmarks (npm run seed:national): synthetic figures, not the programme’s (données synthétiques). Dashboards and rankings should say so.',
  })
  synthetic!: boolean;
}
