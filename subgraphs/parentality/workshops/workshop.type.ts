import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { ConnectionType } from '../../../platform/pagination.js';
import { Kpi } from '../../../platform/types.js';
import { WorkshopKind } from './workshop.entity.js';

registerEnumType(WorkshopKind, {
  name: 'WorkshopKind',
  description: "Kind of parentality workshop (type d'atelier).",
  valuesConfig: {
    E_PARENTALITY: { description: 'E-parentality workshop (atelier e-parentalité): school digital tools for parents.' },
    DIGITAL_CAFE: { description: 'Digital café (café numérique).' },
    FAMILY_SUPPORT: { description: 'Family support session (accompagnement des familles).' },
    MOBILE_MULTIMEDIA: { description: 'Stop of a mobile multimedia unit (espace multimédia mobile).' },
    HOMEWORK_ONLINE: { description: 'Online homework help (e-devoirs faits).' },
  },
});

/** A workshop row as the API reads it (plain SQL row, not an entity). */
@ObjectType('Workshop', { description: 'A parentality workshop (atelier) held for families by a partner, at a school or in a commune.' })
export class WorkshopType {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  @Field(() => WorkshopKind, { description: 'Kind of workshop.' })
  kind!: WorkshopKind;

  @Field({ description: 'Topic (thème).' })
  topic!: string;

  @Field(() => LocalDateResolver, { description: 'Day it was held (ISO date).' })
  heldOn!: string;

  @Field(() => Int, { description: 'Places offered (capacité).' })
  capacity!: number;

  departmentCode!: string;
  communeCode!: string;
  schoolUai!: string | null;
  partnerId!: string | null;
  /** Raw attendance: exposed only through the suppressed `attendance` field. */
  rawAttendance!: number;
  /** Raw girls and children with special needs reached (null when not recorded): exposed as attendance is. */
  rawGirlsReached!: number | null;
  rawSpecialNeedsReached!: number | null;
}

/** A page of workshops with aggregates of the whole filtered list (suppressed like any count). */
@ObjectType('WorkshopConnection', { description: 'A page of workshops (Relay connection) and aggregates of the filtered list.' })
export class WorkshopConnection extends ConnectionType(WorkshopType, 'Workshop') {
  /** The filter's SQL condition, for the aggregates (not a GraphQL field). */
  where!: { sql: string; params: unknown[] };
}

@ObjectType('WorkshopListAggregates', { description: 'Counts over a whole filtered list of workshops.' })
export class WorkshopListAggregates {
  @Field(() => Kpi, { description: 'Total attendance of the listed workshops; suppressed below the statistical-secrecy threshold.' })
  attendance!: Kpi;

  @Field(() => Kpi, { description: 'Distinct households that took part in the listed workshops; suppressed below the threshold.' })
  householdsReached!: Kpi;
}
