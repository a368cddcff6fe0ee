import type { Opt } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * A message to another subgraph, written in the same transaction as the change it announces
 * (transactional outbox), then delivered with retries until the receiver acknowledges it.
 */
@Entity({ tableName: 'outbox_message' })
@Index({ name: 'outbox_message_pending', properties: ['deliveredAt', 'nextAttemptAt'] })
export class OutboxMessage {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string & Opt;

  /** What it announces, e.g. "commission-decision". */
  @Property({ type: 'string' })
  topic!: string;

  @Property({ type: 'json' })
  payload!: Record<string, unknown>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt!: Date & Opt;

  @Property({ type: 'datetime', nullable: true })
  deliveredAt: Date | null = null;

  @Property({ type: 'integer' })
  attempts: number & Opt = 0;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  nextAttemptAt!: Date & Opt;

  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;
}
