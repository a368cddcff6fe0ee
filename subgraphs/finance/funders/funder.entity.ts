import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';

export enum FunderKind {
  STATE = 'STATE',
  REGION = 'REGION',
  DEPARTMENT_COUNCIL = 'DEPARTMENT_COUNCIL',
  EPCI = 'EPCI',
  COMMUNE = 'COMMUNE',
  OTHER = 'OTHER',
}

/**
 * A funder (financeur). Collectivities point at the territory they govern by key — a commune's
 * INSEE code, an EPCI's SIREN, a department's or region's code — owned by pedagogy.
 */
@Entity({ tableName: 'funder' })
@Unique({ name: 'funder_territory_unique', properties: ['kind', 'territoryCode'] })
export class Funder {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string & Opt;

  @Enum({ items: () => FunderKind, nativeEnumName: 'funder_kind' })
  kind!: FunderKind;

  @Property({ type: 'string' })
  name!: string;

  /** Commune code, EPCI SIREN, department code or region code; null for the State and others. */
  @Property({ type: 'string', length: 9, nullable: true })
  territoryCode: string | null = null;

  /** Departments whose projects it funds (the State and a region fund several). */
  @Property({ type: 'array', columnType: 'text[]' })
  departmentCodes: string[] = [];
}
