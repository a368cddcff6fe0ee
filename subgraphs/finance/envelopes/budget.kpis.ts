import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money } from '../../../platform/types.js';
import { Verdict } from '../commissions/commission.entity.js';
import { indicatorFields } from '../../../platform/indicator-fields.js';
import { FINANCE_INDICATORS } from '../indicators.js';
import { Volet } from './envelope.entity.js';

registerEnumType(Volet, {
  name: 'Volet',
  description: 'Part of the programme a budget serves (volet).',
  valuesConfig: {
    EQUIPMENT: { description: 'Equipment of schools (équipement).' },
    TRAINING: { description: 'Teacher training (formation).' },
    RESOURCES: { description: 'Digital resources (ressources numériques).' },
    PARENTALITY: { description: 'Support for families (parentalité).' },
  },
});

@ObjectType({ description: 'Budget and consumption of one volet (consommation par volet).' })
export class VoletConsumption {
  @Field(() => Volet, { description: 'Volet.' })
  volet!: Volet;

  @Field(() => Money, { description: 'Envelopes of the volet (enveloppes).' })
  envelopes!: Money;

  @Field(() => Money, { description: 'Committed or paid co-financing lines (engagé).' })
  committed!: Money;

  @Field(() => Money, { description: 'Paid co-financing lines (payé).' })
  paid!: Money;

  @Field(() => Money, { description: 'Envelopes minus committed (reste à engager).' })
  remaining!: Money;
}

@ObjectType({ description: 'Decisions of one verdict (décisions par verdict).' })
export class VerdictCount {
  @Field(() => Verdict, { description: 'Verdict.' })
  verdict!: Verdict;

  @Field(() => Int, { description: 'Number of decisions.' })
  count!: number;

  @Field(() => Money, { description: 'Subsidies granted (0 for rejections).' })
  amount!: Money;
}

/** Its indicator fields (envelopes, committed, paid, leverage) come from the catalogue. */
@ObjectType({ description: 'The programme budget of a department: envelopes, commitments, payments, leverage.' })
export class BudgetKpis {
  @Field(() => Money, { description: 'Envelopes minus committed (reste à engager).' })
  remaining!: Money;

  @Field(() => [VoletConsumption], { description: 'Consumption by volet, every volet listed.' })
  byVolet!: VoletConsumption[];

  @Field(() => [VerdictCount], { description: 'Commission decisions of the period by verdict.' })
  subsidiesByVerdict!: VerdictCount[];
}
indicatorFields(BudgetKpis, FINANCE_INDICATORS, 'budget');
