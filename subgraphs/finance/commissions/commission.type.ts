import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { ConnectionType } from '../../../platform/pagination.js';
import { Verdict } from '../../../platform/verdict.js';

@ObjectType('Commission', { description: "A department's selection commission (comité de sélection), meeting on a day." })
export class CommissionType {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  @Field({ description: 'Name (intitulé), e.g. "Comité de sélection TNE 2024".' })
  name!: string;

  @Field(() => LocalDateResolver, { description: 'Day it meets (date de réunion).' })
  meetsOn!: string;
}

@ObjectType('Disbursement', { description: 'A payment of a subsidy (versement).' })
export class DisbursementType {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  @Field(() => LocalDateResolver, { description: 'Day it was paid (date de paiement).' })
  paidOn!: string;
}

@ObjectType('Subsidy', {
  description:
    "A commission's decision on a project (décision) and the subsidy it grants (subvention): accepted with an amount no higher than requested, or rejected with a reason.",
})
export class SubsidyType {
  @Field(() => ID, { description: 'Identifier of the decision.' })
  id!: string;

  @Field(() => Verdict, { description: 'The verdict (avis).' })
  verdict!: Verdict;

  @Field(() => String, { nullable: true, description: 'Reason given (motif); always given for a rejection.' })
  reason!: string | null;

  @Field(() => LocalDateResolver, { description: 'Day of the decision (date de décision).' })
  decidedOn!: string;

  @Field(() => Int, { description: 'Version for optimistic locking: send it back with every payment.' })
  version!: number;
}

@ObjectType('SubsidyConnection', { description: 'A page of decisions and subsidies (Relay connection).' })
export class SubsidyConnection extends ConnectionType(SubsidyType, 'Subsidy') {}
