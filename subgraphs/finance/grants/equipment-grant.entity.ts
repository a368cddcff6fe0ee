import { FunderKind } from '../funders/funder.entity.js';
import { centsColumn } from '../money.js';

export { FunderKind };
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * An equipment grant (subvention d'équipement) to a school, as a read-only database view: the
 * engaged (COMMITTED or PAID) lines of the school's equipment funding plan, dated by their
 * commitment. Grants are no third record of money: they are funding lines, on envelopes, and the
 * budget counts them once. Department and school are held by key only (they belong to pedagogy).
 */
@Entity({
  tableName: 'equipment_grant',
  view: true,
  expression: `select l.id, p.department_code, p.school_uai, f.kind as funder_kind, l.amount_cents, l.committed_on as granted_on
    from funding_line l join funding_plan p on p.id = l.plan_id join funder f on f.id = l.funder_id
    where p.school_uai is not null and l.volet = 'EQUIPMENT' and l.status in ('COMMITTED', 'PAID')`,
})
export class EquipmentGrant {
  /** The funding line's id. */
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'string', length: 3 })
  departmentCode!: string;

  @Property({ type: 'string', length: 8 })
  schoolUai!: string;

  @Enum({ items: () => FunderKind, nativeEnumName: 'funder_kind' })
  funderKind!: FunderKind;

  @Property({ type: centsColumn() })
  amountCents!: number;

  /** The line's commitment day. */
  @Property({ type: 'date' })
  grantedOn!: string;
}
