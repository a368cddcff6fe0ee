import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { PrimaryKeyProp, type Ref } from '@mikro-orm/core';
import { Commune } from '../communes/commune.entity.js';
import { Department } from '../departments/department.entity.js';

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

const FIRST_DEGREE = new Set([SchoolKind.MATERNELLE, SchoolKind.ELEMENTAIRE, SchoolKind.PRIMAIRE]);

/** Écoles are first degree; collèges and lycées second degree. */
export function degreeOf(kind: SchoolKind): SchoolDegree {
  return FIRST_DEGREE.has(kind) ? SchoolDegree.FIRST : SchoolDegree.SECOND;
}

/** A school (établissement), identified by its UAI. */
@Entity({ tableName: 'school' })
@Check({ name: 'school_uai_shape', expression: `uai ~ '^[0-9]{7}[A-Z]$'` })
@Check({ name: 'school_pupils_non_negative', expression: 'pupils >= 0' })
export class School {
  [PrimaryKeyProp]?: 'uai';

  @PrimaryKey({ type: 'string', length: 8 })
  uai!: string;

  @Property({ type: 'string' })
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

  /** School year the school joined the TNE programme (its first year), e.g. 2022 for 2022-2023. */
  @Property({ type: 'integer', nullable: true })
  tneJoinedYear: number | null = null;
}
