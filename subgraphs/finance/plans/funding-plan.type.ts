import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { ConnectionType } from '../../../platform/pagination.js';
// The Volet enum is registered (with its descriptions) next to the budget indicators.
import '../envelopes/budget.kpis.js';
import { Volet } from '../envelopes/envelope.entity.js';
import { LineStatus } from './funding-plan.entity.js';

registerEnumType(LineStatus, {
  name: 'LineStatus',
  description: 'Status of a co-financing line (statut de la ligne): PLEDGED → COMMITTED → PAID, never back.',
  valuesConfig: {
    PLEDGED: { description: 'Announced by the funder, not yet committed (prévu).' },
    COMMITTED: { description: 'Committed on an envelope of the funder (engagé).' },
    PAID: { description: 'Paid (payé / mandaté).' },
  },
});

/** Fields computed by field resolvers (amounts, funders, lines) are declared there. */
@ObjectType('Envelope', { description: "A funder's budget (enveloppe) for a department and a volet over the programme period." })
export class EnvelopeType {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  @Field({ description: 'INSEE code of the department the envelope serves.' })
  departmentCode!: string;

  @Field(() => Volet, { description: 'Volet the envelope finances.' })
  volet!: Volet;

  @Field(() => LocalDateResolver, { description: 'First day of the period (début).' })
  startsOn!: string;

  @Field(() => LocalDateResolver, { description: 'Last day of the period (fin).' })
  endsOn!: string;
}

@ObjectType('FundingLine', { description: "A co-financing line (ligne de cofinancement): a funder's share of a plan, in one volet." })
export class FundingLineType {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  @Field(() => Int, { description: 'Order of the line in its plan, from 0.' })
  position!: number;

  @Field(() => Volet, { description: 'Volet the line finances.' })
  volet!: Volet;

  @Field(() => LineStatus, { description: 'Status: PLEDGED → COMMITTED → PAID.' })
  status!: LineStatus;

  @Field(() => LocalDateResolver, { nullable: true, description: "Day it was committed (date d'engagement); null while PLEDGED." })
  committedOn!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Day it was paid (date de paiement); null unless PAID.' })
  paidOn!: string | null;
}

@ObjectType('FundingPlan', {
  description:
    "A co-financing plan (plan de financement) of a project, a school's equipment, a training or a year of parentality workshops: total cost, requested subsidy and funders' lines, which add up to the total cost.",
})
export class FundingPlanType {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  @Field({ description: 'INSEE code of the department of what the plan funds.' })
  departmentCode!: string;

  @Field(() => ID, { nullable: true, description: 'The pedagogy training the plan funds (formation); null otherwise.' })
  trainingId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'School year ("2023-2024") of the department\'s parentality workshops the plan funds (ateliers de parentalité); null otherwise.',
  })
  parentalityYear!: string | null;

  @Field(() => Int, { description: 'Version for optimistic locking: send it back with every change.' })
  version!: number;

  @Field({ description: 'When the plan or one of its lines last changed (ISO date-time).' })
  updatedAt!: Date;
}

@ObjectType('FundingPlanConnection', { description: 'A page of funding plans (Relay connection).' })
export class FundingPlanConnection extends ConnectionType(FundingPlanType, 'FundingPlan') {}
