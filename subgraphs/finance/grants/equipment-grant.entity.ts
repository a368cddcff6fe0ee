import type { Opt } from '@mikro-orm/core';
import { FunderKind } from '../funders/funder.entity.js';
import { centsColumn } from '../money.js';

export { FunderKind };
import { Check, Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * An equipment grant (subvention d'équipement) to a school: the first finance table, which proves
 * the federation end to end. Money is integer cents (bigint in the database, a safe integer in JS).
 * Department and school are held by key only: they belong to pedagogy (database per service).
 */
@Entity({ tableName: 'equipment_grant' })
@Check({ name: 'equipment_grant_amount_non_negative', expression: 'amount_cents >= 0' })
export class EquipmentGrant {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string & Opt;

  @Index()
  @Property({ type: 'string', length: 3 })
  departmentCode!: string;

  @Index()
  @Property({ type: 'string', length: 8 })
  schoolUai!: string;

  @Enum({ items: () => FunderKind, nativeEnumName: 'funder_kind' })
  funderKind!: FunderKind;

  @Property({ type: centsColumn() })
  amountCents!: number;

  @Property({ type: 'date' })
  grantedOn!: string;

  @Property({ type: 'string' })
  label!: string;
}
