import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { type Opt, PrimaryKeyProp, type Ref } from '@mikro-orm/core';
import { Commune } from '../communes/commune.entity.js';
import { Department } from '../departments/department.entity.js';
import { Bassin } from './bassin.entity.js';
import { Circonscription } from './circonscription.entity.js';

export enum SchoolKind {
  MATERNELLE = 'MATERNELLE',
  ELEMENTAIRE = 'ELEMENTAIRE',
  PRIMAIRE = 'PRIMAIRE',
  COLLEGE = 'COLLEGE',
  LYCEE = 'LYCEE',
  LYCEE_PRO = 'LYCEE_PRO',
}

export enum SchoolDegree {
  FIRST = 'FIRST',
  SECOND = 'SECOND',
}

export enum SchoolSector {
  PUBLIC = 'PUBLIC',
  PRIVATE = 'PRIVATE',
}

/** Network of priority education (éducation prioritaire) a school belongs to. */
export enum PriorityEducation {
  REP = 'REP',
  REP_PLUS = 'REP_PLUS',
}

/** Administrative state in the national school directory (état de l'établissement). */
export enum SchoolState {
  OPEN = 'OPEN',
  OPENING = 'OPENING',
  CLOSING = 'CLOSING',
  CLOSED = 'CLOSED',
}

/** Characters a school's name holds (its column's length). */
export const SCHOOL_NAME_LENGTH = 255;

const FIRST_DEGREE = new Set([SchoolKind.MATERNELLE, SchoolKind.ELEMENTAIRE, SchoolKind.PRIMAIRE]);

/** Écoles are first degree; collèges and lycées second degree. */
export function degreeOf(kind: SchoolKind): SchoolDegree {
  return FIRST_DEGREE.has(kind) ? SchoolDegree.FIRST : SchoolDegree.SECOND;
}

/** A school (établissement), identified by its UAI. */
@Entity({ tableName: 'school' })
@Check({ name: 'school_uai_shape', expression: `uai ~ '^[0-9]{7}[A-Z]$'` })
@Check({ name: 'school_pupils_non_negative', expression: 'pupils >= 0' })
// Compared as numeric: PostgreSQL stores a double's bounds with casts the schema diff reads back wrong.
@Check({
  name: 'school_coordinates',
  expression: '(latitude is null) = (longitude is null) and abs(latitude)::numeric <= 90 and abs(longitude)::numeric <= 180',
})
export class School {
  [PrimaryKeyProp]?: 'uai';

  @PrimaryKey({ type: 'string', length: 8 })
  uai!: string;

  @Property({ type: 'string', length: SCHOOL_NAME_LENGTH })
  name!: string;

  @Enum({ items: () => SchoolKind, nativeEnumName: 'school_kind' })
  kind!: SchoolKind;

  @Enum({ items: () => SchoolSector, nativeEnumName: 'school_sector' })
  sector!: SchoolSector;

  @Index()
  @ManyToOne(() => Department, { ref: true, fieldName: 'department_code' })
  department!: Ref<Department>;

  @Index()
  @ManyToOne(() => Commune, { ref: true, fieldName: 'commune_code' })
  commune!: Ref<Commune>;

  @Property({ type: 'integer' })
  pupils!: number;

  /** First-degree schools' circonscription, from the national directory (null for the others). */
  @Index()
  @ManyToOne(() => Circonscription, { ref: true, nullable: true, fieldName: 'circonscription_code' })
  circonscription: Ref<Circonscription> | null = null;

  /** Bassin d'éducation et de formation of the school (null when not known). */
  @Index()
  @ManyToOne(() => Bassin, { ref: true, nullable: true, fieldName: 'bassin_code' })
  bassin: Ref<Bassin> | null = null;

  @Enum({ items: () => PriorityEducation, nativeEnumName: 'priority_education', nullable: true })
  priorityEducation: PriorityEducation | null = null;

  /** WGS84 coordinates from the national directory; both or neither. */
  @Property({ type: 'double', nullable: true })
  latitude: number | null = null;

  @Property({ type: 'double', nullable: true })
  longitude: number | null = null;

  @Enum({ items: () => SchoolState, nativeEnumName: 'school_state', default: SchoolState.OPEN })
  state: SchoolState & Opt = SchoolState.OPEN;

  /** School year the school joined the TNE programme (its first year), e.g. 2022 for 2022-2023. */
  @Property({ type: 'integer', nullable: true })
  tneJoinedYear: number | null = null;
}
