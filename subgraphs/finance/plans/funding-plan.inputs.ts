import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { MoneyInput } from '../../../platform/types.js';
import { Volet } from '../envelopes/envelope.entity.js';
import { LineStatus } from './funding-plan.entity.js';
import { FundingLineType, FundingPlanType } from './funding-plan.type.js';

@InputType({ description: 'Filters of a funding plan list; all given filters apply together.' })
export class FundingPlanFilter {
  @Field(() => [ID], { nullable: true, description: 'Only plans of projects of these departments.' })
  departmentCodes?: string[];

  @Field(() => [ID], { nullable: true, description: 'Only the plans of these projects.' })
  projectIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Only plans with a line of one of these funders (with the volets and statuses given).' })
  funderIds?: string[];

  @Field(() => [Volet], { nullable: true, description: 'Only plans with a line in one of these volets (of the funders and statuses given).' })
  volets?: Volet[];

  @Field(() => [LineStatus], { nullable: true, description: 'Only plans with a line in one of these statuses (of the funders and volets given).' })
  statuses?: LineStatus[];
}

@InputType({ description: 'A co-financing line (ligne de cofinancement) of a plan being written; it starts PLEDGED.' })
export class FundingLineInput {
  @Field(() => ID, { description: "The funder (financeur); it must fund the project's department." })
  funderId!: string;

  @Field(() => Volet, { description: 'Volet the line finances.' })
  volet!: Volet;

  @Field(() => MoneyInput, { description: 'Amount (montant), not negative.' })
  amount!: MoneyInput;

  @Field(() => ID, { nullable: true, description: "Envelope it will draw on: the funder's, for the project's department and this volet." })
  envelopeId?: string | null;
}

@InputType({ description: 'A new funding plan (plan de financement) for a project that has none.' })
export class CreateFundingPlanInput {
  @Field(() => ID, { description: 'The project financed (pedagogy).' })
  projectId!: string;

  @Field(() => MoneyInput, { description: 'Total cost (coût total) of the project.' })
  totalCost!: MoneyInput;

  @Field(() => MoneyInput, { description: 'Subsidy requested of the programme (subvention demandée), at most the total cost.' })
  requestedSubsidy!: MoneyInput;

  @Field(() => [FundingLineInput], { description: 'Co-financing lines; they add up to the total cost.' })
  lines!: FundingLineInput[];
}

@InputType({ description: 'Changes to a funding plan; omitted fields keep their value.' })
export class UpdateFundingPlanInput {
  @Field(() => ID, { description: 'Funding plan id.' })
  id!: string;

  @Field(() => Int, { description: 'The version read; a newer one in the database means CONFLICT.' })
  version!: number;

  @Field(() => MoneyInput, { nullable: true, description: 'New total cost.' })
  totalCost?: MoneyInput | null;

  @Field(() => MoneyInput, { nullable: true, description: 'New requested subsidy.' })
  requestedSubsidy?: MoneyInput | null;

  @Field(() => [FundingLineInput], { nullable: true, description: 'New lines, replacing all the lines (only while none is committed).' })
  lines?: FundingLineInput[] | null;
}

@InputType({ description: 'A move of one co-financing line to its next status.' })
export class ChangeFundingLineStatusInput {
  @Field(() => ID, { description: 'Funding plan id.' })
  planId!: string;

  @Field(() => Int, { description: 'The version of the plan read; a newer one in the database means CONFLICT.' })
  version!: number;

  @Field(() => ID, { description: 'The line to move.' })
  lineId!: string;

  @Field(() => LineStatus, { description: 'The next status: COMMITTED after PLEDGED, PAID after COMMITTED.' })
  status!: LineStatus;

  @Field(() => ID, { nullable: true, description: "Envelope to commit on (the funder's, for the department and volet), when the line has none yet." })
  envelopeId?: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description:
      "Day of the commitment or payment (date d'engagement ou de paiement); today when omitted; within the envelope's period, never in the future, a payment never before the commitment.",
  })
  on?: string | null;
}

@ObjectType({ description: 'Result of createFundingPlan.' })
export class CreateFundingPlanPayload {
  @Field(() => FundingPlanType, { description: 'The new plan.' })
  fundingPlan!: FundingPlanType;
}

@ObjectType({ description: 'Result of updateFundingPlan.' })
export class UpdateFundingPlanPayload {
  @Field(() => FundingPlanType, { description: 'The plan as changed.' })
  fundingPlan!: FundingPlanType;
}

@ObjectType({ description: 'Result of changeFundingLineStatus.' })
export class ChangeFundingLineStatusPayload {
  @Field(() => FundingPlanType, { description: 'The plan, with its new version.' })
  fundingPlan!: FundingPlanType;

  @Field(() => FundingLineType, { description: 'The line in its new status.' })
  line!: FundingLineType;
}
