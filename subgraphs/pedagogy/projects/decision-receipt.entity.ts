import type { Opt, Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Project } from './project.entity.js';

/**
 * Proof that a commission decision (taken in finance) has been applied to its project: written in
 * the transaction that moves the project, keyed by the decision's id, so that a second delivery of
 * the same decision finds it and changes nothing (idempotent receiver).
 */
@Entity({ tableName: 'commission_decision_receipt' })
export class CommissionDecisionReceipt {
  /** The decision's id in finance (Subsidy.id). */
  @PrimaryKey({ type: 'uuid' })
  decisionId!: string;

  @Index()
  @ManyToOne(() => Project, { ref: true })
  project!: Ref<Project>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  receivedAt!: Date & Opt;
}
