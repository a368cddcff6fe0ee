import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { ConnectionType } from '../../../platform/pagination.js';
import { PeriodInput } from '../../../platform/types.js';
import { EventAudience, EventFormat, EventKind } from './event.entity.js';

registerEnumType(EventKind, {
  name: 'EventKind',
  description: "Kind of event (type d'événement).",
  valuesConfig: {
    SEMINAR: { description: 'Seminar of one or more days (séminaire), e.g. "Terre numérique" at Vierzon.' },
    EXPLORCAMP: { description: 'Hands-on discovery space of Réseau Canopé (ExplorCamp): workshops on digital tools.' },
    WEBINAR: { description: 'Online session (webinaire), e.g. a WebiDée.' },
    CONFERENCE: { description: 'Talk or round table (conférence, table ronde).' },
  },
});
registerEnumType(EventFormat, {
  name: 'EventFormat',
  description: 'Where an event takes place (modalité).',
  valuesConfig: {
    ON_SITE: { description: 'In a venue (en présentiel).' },
    ONLINE: { description: 'Online only (à distance).' },
    HYBRID: { description: 'In a venue and online at once (hybride).' },
  },
});
registerEnumType(EventAudience, {
  name: 'EventAudience',
  description: "Who an event is for (public de l'événement).",
  valuesConfig: {
    TEACHERS: { description: 'Teachers of écoles, collèges and lycées (enseignants).' },
    SCHOOL_HEADS: { description: "Heads of écoles and établissements (directeurs d'école, chefs d'établissement)." },
    INSPECTORS: { description: "Inspectors (inspecteurs de l'Éducation nationale, IEN, IA-IPR)." },
    DIGITAL_ADVISERS: { description: 'Digital advisers and trainers (ERUN, conseillers pédagogiques, formateurs).' },
    ELECTED_OFFICIALS: { description: 'Elected officials and staff of collectivités (élus, agents des collectivités).' },
    PARENTS: { description: "Parents of pupils (parents d'élèves)." },
    PARTNERS: { description: 'Partners: associations, Réseau Canopé, companies (partenaires).' },
  },
});

@ObjectType('Event', { description: "A public event of a department's programme (événement): seminar, ExplorCamp, webinar." })
export class EventType {
  @Field(() => ID, { description: 'Identifier (UUID).' })
  id!: string;

  @Field({ description: 'Short stable code, e.g. "18-TERRE-NUMERIQUE-2022".' })
  code!: string;

  @Field({ description: 'Title (intitulé).' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Description (présentation).' })
  description!: string | null;

  @Field(() => EventKind, { description: "Kind of event (type d'événement)." })
  kind!: EventKind;

  @Field(() => EventFormat, { description: 'Where it takes place (modalité).' })
  format!: EventFormat;

  @Field(() => LocalDateResolver, { description: 'First day (date de début).' })
  startsOn!: string;

  @Field(() => LocalDateResolver, { description: 'Last day (date de fin); the first day for a one-day event.' })
  endsOn!: string;

  @Field(() => String, { nullable: true, description: 'Venue in words (lieu), e.g. a hall or "Classe virtuelle"; null when not known.' })
  venue!: string | null;

  @Field(() => [EventAudience], { description: 'Who it is for (publics); often several.' })
  audiences!: EventAudience[];
}

@InputType({ description: 'Filters of an event list; all given filters apply together.' })
export class EventFilter {
  @Field(() => [ID], { nullable: true, description: 'Only events of these departments (codes).' })
  departmentCodes?: string[];

  @Field(() => PeriodInput, { nullable: true, description: 'Only events with at least one day in this school year or date range.' })
  period?: PeriodInput;

  @Field(() => [EventKind], { nullable: true, description: "Only events of these kinds (types d'événement)." })
  kinds?: EventKind[];
}

@ObjectType('EventConnection', { description: 'A page of events (Relay connection).' })
export class EventConnection extends ConnectionType(EventType, 'Event') {}
