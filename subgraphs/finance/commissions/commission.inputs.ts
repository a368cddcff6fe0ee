import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver, SafeIntResolver } from 'graphql-scalars';
import { Verdict } from './commission.entity.js';
import { CommissionType, DisbursementType, SubsidyType } from './commission.type.js';

@InputType({ description: 'Filters of a commission list.' })
export class CommissionFilter {
  @Field(() => [ID], { nullable: true, description: 'Only commissions of these departments.' })
  departmentCodes?: string[];
}

@InputType({ description: 'Filters of a list of decisions; all given filters apply together.' })
export class SubsidyFilter {
  @Field(() => [ID], { nullable: true, description: 'Only decisions of these departments.' })
  departmentCodes?: string[];

  @Field(() => [ID], { nullable: true, description: 'Only decisions of these commissions.' })
  commissionIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Only decisions on these projects.' })
  projectIds?: string[];

  @Field(() => [Verdict], { nullable: true, description: 'Only decisions with these verdicts.' })
  verdicts?: Verdict[];
}

@InputType({ description: 'A new selection commission (comité de sélection).' })
export class CreateCommissionInput {
  @Field(() => ID, { description: 'Department code (code du département), e.g. "18".' })
  departmentCode!: string;

  @Field({ description: 'Name (intitulé).' })
  name!: string;

  @Field(() => LocalDateResolver, { description: 'Day it meets (date de réunion).' })
  meetsOn!: string;
}

@InputType({ description: "A commission's decision on a project (décision)." })
export class DecideProjectInput {
  @Field(() => ID, { description: "The commission deciding; of the project's department." })
  commissionId!: string;

  @Field(() => ID, { description: 'The project decided on; it needs a funding plan (plan de financement).' })
  projectId!: string;

  @Field(() => Verdict, { description: 'The verdict (avis).' })
  verdict!: Verdict;

  @Field(() => SafeIntResolver, {
    nullable: true,
    description:
      'Amount granted in integer euro cents (montant accordé, en centimes): above 0 and at most the requested subsidy when ACCEPTED; 0 or omitted when REJECTED.',
  })
  amountCents?: number | null;

  @Field(() => String, { nullable: true, description: 'Reason (motif); required for REJECTED.' })
  reason?: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: "Day of the decision (date de décision); the commission's meeting day when omitted; never before it nor in the future.",
  })
  decidedOn?: string | null;
}

@InputType({ description: 'A payment of a subsidy (versement).' })
export class DisburseInput {
  @Field(() => ID, { description: 'The subsidy paid (identifier of the decision).' })
  subsidyId!: string;

  @Field(() => Int, { description: "The subsidy's version read; a newer one in the database means CONFLICT." })
  version!: number;

  @Field(() => SafeIntResolver, { description: 'Amount paid in integer euro cents (montant, en centimes); at most what remains of the subsidy.' })
  amountCents!: number;

  @Field(() => LocalDateResolver, { description: 'Day of the payment (date de paiement); not before the decision nor in the future.' })
  paidOn!: string;
}

@ObjectType({ description: 'Result of createCommission.' })
export class CreateCommissionPayload {
  @Field(() => CommissionType, { description: 'The new commission.' })
  commission!: CommissionType;
}

@ObjectType({ description: 'Result of decideProject.' })
export class DecideProjectPayload {
  @Field(() => SubsidyType, { description: 'The decision and the subsidy it grants.' })
  subsidy!: SubsidyType;
}

@ObjectType({ description: 'Result of disburse.' })
export class DisbursePayload {
  @Field(() => DisbursementType, { description: 'The new payment.' })
  disbursement!: DisbursementType;

  @Field(() => SubsidyType, { description: 'The subsidy paid, with its new version and remaining amount.' })
  subsidy!: SubsidyType;
}
