import type { Opt } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** One financial change (piste d'audit): who, when, what, before and after. Never updated. */
@Entity({ tableName: 'audit_entry' })
@Index({ name: 'audit_entry_department_at', properties: ['departmentCode', 'at'] })
export class AuditEntry {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string & Opt;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at!: Date & Opt;

  @Property({ type: 'string', length: 3 })
  departmentCode!: string;

  /** E.g. "FundingPlan", "Subsidy", "Disbursement". */
  @Property({ type: 'string' })
  entityType!: string;

  @Index()
  @Property({ type: 'uuid' })
  entityId!: string;

  /** E.g. "createFundingPlan", "decide", "disburse". */
  @Property({ type: 'string' })
  action!: string;

  @Property({ type: 'string' })
  actorSubject!: string;

  @Property({ type: 'string' })
  actorRole!: string;

  @Property({ type: 'json', nullable: true })
  before: Record<string, unknown> | null = null;

  @Property({ type: 'json', nullable: true })
  after: Record<string, unknown> | null = null;
}
