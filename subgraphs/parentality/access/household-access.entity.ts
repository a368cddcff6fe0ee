import type { Opt } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** One read of household records (journal des accès): who read which households, when, how. */
@Entity({ tableName: 'household_access_log' })
@Index({ name: 'household_access_log_department_at', properties: ['departmentCode', 'at'] })
export class HouseholdAccess {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string & Opt;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at!: Date & Opt;

  @Property({ type: 'string', length: 3 })
  departmentCode!: string;

  @Property({ type: 'string' })
  actorSubject!: string;

  @Property({ type: 'string' })
  actorRole!: string;

  /** How it was read, e.g. "households", "household", "loans". */
  @Property({ type: 'string' })
  operation!: string;

  @Property({ type: 'array', columnType: 'uuid[]' })
  householdIds: string[] = [];
}
