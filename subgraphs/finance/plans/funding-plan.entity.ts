import { Collection, type Opt, type Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, OneToMany, PrimaryKey, Property, Trigger, Unique } from '@mikro-orm/decorators/legacy';
import { Envelope, Volet } from '../envelopes/envelope.entity.js';
import { Funder } from '../funders/funder.entity.js';
import { centsColumn } from '../money.js';

export enum LineStatus {
  PLEDGED = 'PLEDGED',
  COMMITTED = 'COMMITTED',
  PAID = 'PAID',
}

/** Lines that count as committed (engagé): committed, and paid since. */
export const ENGAGED_STATUSES: readonly LineStatus[] = [LineStatus.COMMITTED, LineStatus.PAID];

/**
 * A co-financing plan (plan de financement): its lines add up to the total cost (checked by the
 * service and, at commit, by the database). It funds exactly one subject, held by key: a pedagogy
 * Project, a school's equipment (the former equipment grant), a pedagogy Training, or a
 * department's parentality workshops of one school year.
 */
@Entity({ tableName: 'funding_plan' })
@Trigger({
  name: 'funding_plan_balanced',
  timing: 'after',
  events: ['insert', 'update'],
  // The function is created by the migration: lines must add up to the total at commit (deferred).
  expression: `create constraint trigger funding_plan_balanced after insert or update on funding_plan
      deferrable initially deferred for each row execute function funding_plan_balanced()`,
})
@Check({ name: 'funding_plan_amounts_non_negative', expression: 'total_cost_cents >= 0 and requested_subsidy_cents >= 0' })
@Check({ name: 'funding_plan_subsidy_within_cost', expression: 'requested_subsidy_cents <= total_cost_cents' })
@Check({
  name: 'funding_plan_one_subject',
  expression: 'num_nonnulls(project_id, school_uai, training_id, parentality_year) = 1',
})
@Unique({ name: 'funding_plan_parentality_year_unique', properties: ['departmentCode', 'parentalityYear'] })
export class FundingPlan {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string & Opt;

  /** The pedagogy Project it finances (one plan per project). */
  @Property({ type: 'uuid', unique: true, nullable: true })
  projectId: string | null = null;

  /** The school whose digital equipment it finances (subvention d'équipement; one plan per school). */
  @Property({ type: 'string', length: 8, unique: true, nullable: true })
  schoolUai: string | null = null;

  /** The pedagogy Training it finances (one plan per training). */
  @Property({ type: 'uuid', unique: true, nullable: true })
  trainingId: string | null = null;

  /** The school year ("2023-2024") of the department's parentality workshops it finances. */
  @Property({ type: 'string', length: 9, nullable: true })
  parentalityYear: string | null = null;

  @Index()
  @Property({ type: 'string', length: 3 })
  departmentCode!: string;

  @Property({ type: centsColumn() })
  totalCostCents!: number;

  /** Subsidy asked of the TNE programme (the State's share it requests). */
  @Property({ type: centsColumn() })
  requestedSubsidyCents!: number;

  /** Optimistic lock: a change carrying an older version is refused (CONFLICT). */
  @Property({ type: 'integer', version: true })
  version!: number & Opt;

  /** Last change of the plan or of one of its lines; every change sets it, so every change bumps the version. */
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  updatedAt!: Date & Opt;

  @OneToMany(
    () => FundingLine,
    (line) => line.plan,
    { orderBy: { position: 'asc' } },
  )
  lines = new Collection<FundingLine>(this);
}

/** A co-financing line (ligne de cofinancement): a funder's share of a plan, in one volet. */
@Entity({ tableName: 'funding_line' })
@Trigger({
  name: 'funding_line_balanced',
  timing: 'after',
  events: ['insert', 'update', 'delete'],
  expression: `create constraint trigger funding_line_balanced after insert or update or delete on funding_line
      deferrable initially deferred for each row execute function funding_plan_balanced()`,
})
@Trigger({
  name: 'funding_line_within_envelope',
  timing: 'after',
  events: ['insert', 'update'],
  // The function is created by the migration: committed and paid lines never exceed their envelope.
  expression: `create constraint trigger funding_line_within_envelope after insert or update on funding_line
      deferrable initially deferred for each row when (new.status <> 'PLEDGED' and new.envelope_id is not null)
      execute function funding_line_within_envelope()`,
})
@Check({ name: 'funding_line_amount_non_negative', expression: 'amount_cents >= 0' })
@Check({ name: 'funding_line_committed_has_envelope', expression: "status = 'PLEDGED' or envelope_id is not null" })
@Check({
  name: 'funding_line_dates',
  expression:
    "(status = 'PLEDGED' and committed_on is null and paid_on is null) or (status = 'COMMITTED' and committed_on is not null and paid_on is null) " +
    "or (status = 'PAID' and committed_on is not null and paid_on >= committed_on)",
})
export class FundingLine {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string & Opt;

  @Index()
  @ManyToOne(() => FundingPlan, { ref: true, deleteRule: 'cascade' })
  plan!: Ref<FundingPlan>;

  /** Order of the line in its plan. */
  @Property({ type: 'integer' })
  position!: number;

  @Index()
  @ManyToOne(() => Funder, { ref: true })
  funder!: Ref<Funder>;

  @Enum({ items: () => Volet, nativeEnumName: 'volet' })
  volet!: Volet;

  /** The envelope the line draws on; required once committed. */
  @Index()
  @ManyToOne(() => Envelope, { ref: true, nullable: true })
  envelope: Ref<Envelope> | null = null;

  @Property({ type: centsColumn() })
  amountCents!: number;

  @Enum({ items: () => LineStatus, nativeEnumName: 'line_status' })
  status: LineStatus & Opt = LineStatus.PLEDGED;

  /** Day it was committed (date d'engagement): null while PLEDGED; periods narrow commitments by it. */
  @Index()
  @Property({ type: 'date', nullable: true })
  committedOn: string | null = null;

  /** Day it was paid (date de paiement): set iff PAID, never before committedOn. */
  @Property({ type: 'date', nullable: true })
  paidOn: string | null = null;
}
