import { Verdict } from '../../../platform/verdict.js';
import { Collection, type Opt, type Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, OneToMany, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { centsColumn } from '../money.js';

/** A commission (comité de sélection) of a department, meeting on a date. */
@Entity({ tableName: 'commission' })
export class Commission {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string & Opt;

  @Index()
  @Property({ type: 'string', length: 3 })
  departmentCode!: string;

  @Property({ type: 'string' })
  name!: string;

  @Property({ type: 'date' })
  meetsOn!: string;

  @OneToMany(
    () => Subsidy,
    (subsidy) => subsidy.commission,
  )
  decisions = new Collection<Subsidy>(this);
}

export { Verdict };

/**
 * A commission's decision on a project (décision), and the subsidy it grants: ACCEPTED with an
 * amount no higher than requested, or REJECTED with a reason. One decision per project.
 */
@Entity({ tableName: 'subsidy' })
@Check({
  name: 'subsidy_verdict_amount',
  expression: "(verdict = 'ACCEPTED' and amount_cents > 0) or (verdict = 'REJECTED' and amount_cents = 0 and reason is not null)",
})
export class Subsidy {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string & Opt;

  @Index()
  @ManyToOne(() => Commission, { ref: true })
  commission!: Ref<Commission>;

  @Property({ type: 'uuid', unique: true })
  projectId!: string;

  @Index()
  @Property({ type: 'string', length: 3 })
  departmentCode!: string;

  @Enum({ items: () => Verdict, nativeEnumName: 'verdict' })
  verdict!: Verdict;

  @Property({ type: centsColumn() })
  amountCents!: number;

  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Property({ type: 'date' })
  decidedOn!: string;

  @Property({ type: 'integer', version: true })
  version!: number & Opt;

  @OneToMany(
    () => Disbursement,
    (d) => d.subsidy,
    { orderBy: { paidOn: 'asc' } },
  )
  disbursements = new Collection<Disbursement>(this);
}

/** A payment of a subsidy (versement); their sum never exceeds the subsidy. */
@Entity({ tableName: 'disbursement' })
@Check({ name: 'disbursement_amount_positive', expression: 'amount_cents > 0' })
export class Disbursement {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string & Opt;

  @Index()
  @ManyToOne(() => Subsidy, { ref: true })
  subsidy!: Ref<Subsidy>;

  @Property({ type: centsColumn() })
  amountCents!: number;

  @Property({ type: 'date' })
  paidOn!: string;
}
