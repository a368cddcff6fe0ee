import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { HouseholdType } from './household.type.js';

@InputType({ description: 'Filters of a household list; all given filters apply together.' })
export class HouseholdFilter {
  @Field(() => [ID], { nullable: true, description: 'Only households of these departments (default: every department you coordinate).' })
  departmentCodes?: string[];

  @Field(() => [ID], { nullable: true, description: 'Only households of these communes (INSEE codes).' })
  communeCodes?: string[];

  @Field(() => [ID], { nullable: true, description: 'Only households with a child in one of these schools (UAI).' })
  schoolUais?: string[];
}

@InputType({ description: 'Digital-divide indicators (indicateurs de fracture numérique) of a household.' })
export class DigitalDivideInput {
  @Field({ nullable: true, description: 'No computer at home.' })
  noComputer?: boolean;

  @Field({ nullable: true, description: 'No internet access at home.' })
  noInternet?: boolean;

  @Field({ nullable: true, description: 'Internet only through a mobile phone.' })
  mobileOnly?: boolean;

  @Field({ nullable: true, description: 'Needs support with online procedures.' })
  needsSupportWithOnlineProcedures?: boolean;
}

@InputType({ description: 'A household to register: a pseudonymous reference and figures only, never a name or contact.' })
export class RegisterHouseholdInput {
  @Field(() => ID, { description: 'The partner organisation that supports the household; gives its department.' })
  partnerId!: string;

  @Field({ description: 'Opaque reference issued by the partner: 4 to 40 letters, digits, "-" or "_".' })
  reference!: string;

  @Field(() => ID, { description: "INSEE code of the commune (in the partner's department)." })
  communeCode!: string;

  @Field(() => Int, { description: 'Number of children (0 to 20).' })
  childrenCount!: number;

  @Field(() => [ID], { defaultValue: [], description: "UAIs of the children's schools." })
  childrenSchoolUais!: string[];

  @Field(() => DigitalDivideInput, { nullable: true, description: 'Digital-divide indicators (all false by default).' })
  indicators?: DigitalDivideInput;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Day of registration (default today).' })
  registeredOn?: string;
}

@InputType({ description: 'Changes to a household; omitted fields keep their value.' })
export class UpdateHouseholdInput {
  @Field(() => ID, { description: 'Household id.' })
  id!: string;

  @Field(() => ID, { nullable: true, description: 'New commune (INSEE code, same department).' })
  communeCode?: string;

  @Field(() => Int, { nullable: true, description: 'New number of children.' })
  childrenCount?: number;

  @Field(() => [ID], { nullable: true, description: "New UAIs of the children's schools." })
  childrenSchoolUais?: string[];

  @Field(() => DigitalDivideInput, { nullable: true, description: 'Indicators to change.' })
  indicators?: DigitalDivideInput;
}

@InputType({ description: "A household's participation in a workshop of the same department." })
export class RecordParticipationInput {
  @Field(() => ID, { description: 'Household id.' })
  householdId!: string;

  @Field(() => ID, { description: 'Workshop id.' })
  workshopId!: string;
}

@ObjectType({ description: 'Result of registerHousehold.' })
export class RegisterHouseholdPayload {
  @Field(() => HouseholdType, { description: 'The new household.' })
  household!: HouseholdType;
}

@ObjectType({ description: 'Result of updateHousehold.' })
export class UpdateHouseholdPayload {
  @Field(() => HouseholdType, { description: 'The household as changed.' })
  household!: HouseholdType;
}

@ObjectType({ description: 'Result of recordParticipation.' })
export class RecordParticipationPayload {
  @Field(() => HouseholdType, { description: 'The household that took part.' })
  household!: HouseholdType;
}
