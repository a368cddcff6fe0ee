import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { DeviceKind, DeviceStatus } from './device.entity.js';
import { DeviceType, LoanType } from './device.type.js';

@InputType({ description: 'Filters of a device list; all given filters apply together.' })
export class DeviceFilter {
  @Field(() => [ID], { nullable: true, description: 'Only devices of these departments.' })
  departmentCodes?: string[];

  @Field(() => [DeviceKind], { nullable: true, description: 'Only devices of these kinds.' })
  kinds?: DeviceKind[];

  @Field(() => [DeviceStatus], { nullable: true, description: 'Only devices with these statuses.' })
  statuses?: DeviceStatus[];
}

@InputType({ description: 'Filters of a loan list; all given filters apply together.' })
export class LoanFilter {
  @Field(() => [ID], { nullable: true, description: 'Only loans of these departments (default: every department you coordinate).' })
  departmentCodes?: string[];

  @Field({ nullable: true, description: 'true: only open loans (not returned); false: only returned ones.' })
  open?: boolean;

  @Field({ nullable: true, description: 'true: only overdue loans (open and past their due day); false: only the others.' })
  overdue?: boolean;
}

@InputType({ description: 'A device to add to the pool.' })
export class AddDeviceInput {
  @Field(() => ID, { description: 'The partner organisation that holds it; gives its department.' })
  partnerId!: string;

  @Field(() => DeviceKind, { description: 'Kind of device.' })
  kind!: DeviceKind;

  @Field({ description: "Inventory label, unique (numéro d'inventaire)." })
  label!: string;
}

@InputType({ description: 'A loan of a device in service to a household of the same department.' })
export class LendDeviceInput {
  @Field(() => ID, { description: 'Device id.' })
  deviceId!: string;

  @Field(() => ID, { description: 'Household id.' })
  householdId!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'First day (default today).' })
  startsOn?: string;

  @Field(() => LocalDateResolver, { description: 'Day the device is due back (on or after startsOn).' })
  dueOn!: string;
}

@InputType({ description: 'The return of a lent device.' })
export class ReturnDeviceInput {
  @Field(() => ID, { description: 'Loan id.' })
  loanId!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: "Day it came back (default today): from the loan's first day to today, never in the future." })
  returnedOn?: string;
}

@ObjectType({ description: 'Result of addDevice.' })
export class AddDevicePayload {
  @Field(() => DeviceType, { description: 'The new device.' })
  device!: DeviceType;
}

@ObjectType({ description: 'Result of lendDevice.' })
export class LendDevicePayload {
  @Field(() => LoanType, { description: 'The new loan.' })
  loan!: LoanType;
}

@ObjectType({ description: 'Result of returnDevice.' })
export class ReturnDevicePayload {
  @Field(() => LoanType, { description: 'The closed loan.' })
  loan!: LoanType;
}
