import { Directive, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../../platform/pagination.js';
import { DESCRIPTIONS } from '../../../platform/stubs.js';
import { PriorityEducation, SchoolDegree, SchoolKind, SchoolSector, SchoolState } from './school.entity.js';

registerEnumType(SchoolKind, {
  name: 'SchoolKind',
  description: "Kind of school (type d'établissement).",
  valuesConfig: {
    MATERNELLE: { description: 'Nursery school (école maternelle).' },
    ELEMENTAIRE: { description: 'Elementary school (école élémentaire).' },
    PRIMAIRE: { description: 'Primary school with nursery and elementary classes (école primaire).' },
    COLLEGE: { description: 'Lower secondary school (collège).' },
    LYCEE: { description: 'General and technological upper secondary school (lycée).' },
    LYCEE_PRO: { description: 'Vocational upper secondary school (lycée professionnel).' },
  },
});
registerEnumType(SchoolDegree, {
  name: 'SchoolDegree',
  description: 'Degree (degré).',
  valuesConfig: {
    FIRST: { description: 'First degree (premier degré): écoles maternelles, élémentaires and primaires.' },
    SECOND: { description: 'Second degree (second degré): collèges and lycées.' },
  },
});
registerEnumType(SchoolSector, {
  name: 'SchoolSector',
  description: 'Sector (secteur).',
  valuesConfig: {
    PUBLIC: { description: 'State school (public).' },
    PRIVATE: { description: 'Private school under contract with the State (privé sous contrat).' },
  },
});

registerEnumType(PriorityEducation, {
  name: 'PriorityEducation',
  description: 'Network of priority education (éducation prioritaire).',
  valuesConfig: {
    REP: { description: "Priority education network (réseau d'éducation prioritaire, REP)." },
    REP_PLUS: { description: 'Reinforced priority education network (REP+).' },
  },
});
registerEnumType(SchoolState, {
  name: 'SchoolState',
  description: "Administrative state in the national school directory (état de l'établissement).",
  valuesConfig: {
    OPEN: { description: 'Open (ouvert).' },
    OPENING: { description: 'To open (à ouvrir).' },
    CLOSING: { description: 'To close (à fermer).' },
    CLOSED: { description: 'Closed (fermé).' },
  },
});

@Directive('@key(fields: "uai")')
@ObjectType('School', { description: DESCRIPTIONS.school })
export class SchoolType {
  @Field(() => ID, { description: DESCRIPTIONS.uai })
  uai!: string;

  @Field({ description: "Name (nom de l'établissement)." })
  name!: string;

  @Field(() => SchoolKind, { description: 'Kind (type).' })
  kind!: SchoolKind;

  @Field(() => SchoolSector, { description: 'Sector (secteur).' })
  sector!: SchoolSector;

  @Field(() => Int, { description: DESCRIPTIONS.schoolPupils })
  pupils!: number;

  @Field(() => PriorityEducation, {
    nullable: true,
    description: "Priority education network (appartenance à l'éducation prioritaire), from the national school directory; null when none.",
  })
  priorityEducation!: PriorityEducation | null;

  @Field(() => Float, { nullable: true, description: 'Latitude in degrees, WGS84 (latitude), from the national school directory; null when not located.' })
  latitude!: number | null;

  @Field(() => Float, { nullable: true, description: 'Longitude in degrees, WGS84 (longitude), from the national school directory; null when not located.' })
  longitude!: number | null;

  @Field(() => SchoolState, { description: "State (état de l'établissement) in the national school directory; OPEN for schools not imported from it." })
  state!: SchoolState;

  @Field(() => Int, { nullable: true, description: 'Year the school joined the TNE (2022 for 2022-2023); null if it has not.' })
  tneJoinedYear!: number | null;
}

@InputType({ description: 'Filters of a school list; all given filters apply together.' })
export class SchoolFilter {
  @Field(() => [ID], { nullable: true, description: 'Only schools of these departments (codes).' })
  departmentCodes?: string[];

  @Field(() => [ID], { nullable: true, description: 'Only schools of these communes (INSEE codes).' })
  communeCodes?: string[];

  @Field(() => [SchoolKind], { nullable: true, description: 'Only schools of these kinds.' })
  kinds?: SchoolKind[];

  @Field(() => SchoolDegree, { nullable: true, description: 'Only schools of this degree.' })
  degree?: SchoolDegree;

  @Field(() => SchoolSector, { nullable: true, description: 'Only schools of this sector.' })
  sector?: SchoolSector;

  @Field({ nullable: true, description: 'True: only schools that joined the TNE; false: only those that have not.' })
  tne?: boolean;

  @Field(() => [ID], { nullable: true, description: 'Only schools whose commune lies in these priority territories.' })
  priorityTerritoryCodes?: string[];
}

@ObjectType('SchoolConnection', { description: 'A page of schools (Relay connection).' })
export class SchoolConnection extends ConnectionType(SchoolType, 'School') {}
