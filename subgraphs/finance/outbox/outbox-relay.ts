import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { GraphUnavailableError } from '../../../platform/graph-client.js';
import type { Logger } from '../../../platform/logger.js';
import { uncounted } from '../../../platform/orm.js';
import { REFUSED_BACKOFF, retryDelayMs, UNAVAILABLE_BACKOFF, type Backoff } from './backoff.js';

/** Sends one message's payload to its receiver; resolves once the receiver has acknowledged it. */
export type OutboxHandler = (payload: Record<string, unknown>) => Promise<void>;

export interface OutboxRelayOptions {
  orm: MikroORM;
  logger: Pick<Logger, 'warn' | 'error'>;
  /** A handler per topic; a message of an unknown topic stays pending, with the error recorded. */
  handlers: Record<string, OutboxHandler>;
  /** Pause between two polls (OUTBOX_POLL_MS). */
  pollMs: number;
  /** Messages claimed per round. */
  batchSize?: number;
}

export interface OutboxRelay {
  /** Polls for due messages every `pollMs` until stopped. */
  start(): void;
  /** Stops polling and waits for the round in progress. */
  stop(): Promise<void>;
  /** Delivers the messages due now, after any round in progress; resolves with how many were delivered. */
  flush(): Promise<number>;
}

interface Claimed {
  id: string;
  topic: string;
  payload: Record<string, unknown>;
  attempts: number;
}

type Outcome = 'delivered' | 'unavailable' | 'refused';

const DUE = 'delivered_at is null and next_attempt_at <= clock_timestamp()';

/**
 * Delivers the transactional outbox. Each round claims the due messages, oldest first, with
 * `for update skip locked` and keeps them locked while it sends them, so two finance processes
 * never deliver the same message at the same time. A message is marked delivered once the
 * receiver acknowledges it; if the receiver cannot be reached, it is retried with a growing delay
 * and the round stops (the receiver is down); if the receiver refuses it, the error is recorded and
 * it is retried rarely. A message is never deleted or dropped.
 */
export function createOutboxRelay({ orm, logger, handlers, pollMs, batchSize = 20 }: OutboxRelayOptions): OutboxRelay {
  let chain: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  /** Rounds run one after the other in this process (other processes are kept apart by the locks). */
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = chain.then(work);
    chain = next.catch(() => undefined);
    return next;
  };

  async function attempt(tx: EntityManager, message: Claimed): Promise<Outcome> {
    const handler = handlers[message.topic];
    try {
      if (!handler) throw new Error(`no handler for topic "${message.topic}"`);
      await handler(message.payload);
    } catch (error) {
      const unavailable = error instanceof GraphUnavailableError;
      await reschedule(tx, message, unavailable ? UNAVAILABLE_BACKOFF : REFUSED_BACKOFF, (error as Error).message);
      if (!unavailable) logger.warn({ messageId: message.id, topic: message.topic, err: error }, 'outbox message refused; will retry');
      return unavailable ? 'unavailable' : 'refused';
    }
    await tx.execute(
      'update outbox_message set delivered_at = clock_timestamp(), attempts = attempts + 1, last_error = null where id = ?',
      [message.id],
      'run',
    );
    return 'delivered';
  }

  function reschedule(tx: EntityManager, message: Claimed, backoff: Backoff, error: string) {
    const delay = retryDelayMs(message.attempts + 1, backoff);
    return tx.execute(
      `update outbox_message set attempts = attempts + 1, last_error = ?,
         next_attempt_at = clock_timestamp() + ? * interval '1 millisecond' where id = ?`,
      [error.slice(0, 2000), delay, message.id],
      'run',
    );
  }

  /** One round: claims up to a batch of due messages and tries each, in order. */
  const round = () =>
    uncounted(async () => {
      const em = orm.em.fork();
      // The idle poll: one cheap statement, no transaction.
      const [pending] = await em.execute<Array<{ due: boolean }>>(`select exists (select 1 from outbox_message where ${DUE}) as due`);
      if (!pending?.due) return { claimed: 0, delivered: 0, stopped: false };
      return em.transactional(async (tx) => {
        const claimed = await tx.execute<Claimed[]>(
          `select id, topic, payload, attempts from outbox_message where ${DUE} order by created_at, id limit ? for update skip locked`,
          [batchSize],
        );
        let delivered = 0;
        for (const message of claimed) {
          const outcome = await attempt(tx, message);
          if (outcome === 'delivered') delivered++;
          if (outcome === 'unavailable') return { claimed: claimed.length, delivered, stopped: true };
        }
        return { claimed: claimed.length, delivered, stopped: false };
      });
    });

  const flush = () =>
    serial(async () => {
      let total = 0;
      for (;;) {
        const { claimed, delivered, stopped } = await round();
        total += delivered;
        if (stopped || claimed < batchSize) return total;
      }
    });

  const schedule = () => {
    if (!running) return;
    timer = setTimeout(() => {
      flush()
        .catch((error) => logger.error({ err: error }, 'outbox relay round failed'))
        .finally(schedule);
    }, pollMs);
    timer.unref();
  };

  return {
    start() {
      if (running) return;
      running = true;
      schedule();
    },
    async stop() {
      running = false;
      clearTimeout(timer);
      await chain;
    },
    flush,
  };
}
