import { Field, ObjectType } from 'type-graphql';
import { Kpi } from '../../common/types.js';

@ObjectType({ description: 'Parentality indicators (indicateurs parentalité) over a period.' })
export class ParentalityKpis {
  @Field(() => Kpi, { description: 'Workshops held (ateliers tenus).' })
  workshopsHeld!: Kpi;

  @Field(() => Kpi, {
    description: 'Attendance of the workshops (participations): suppressed below the statistical-secrecy threshold.',
  })
  attendance!: Kpi;
}

/** Workshop totals per key (department or school), from SQL. */
export interface WorkshopTotals {
  workshops: number;
  attendance: number;
}
