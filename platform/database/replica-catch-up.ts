import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../logger.js';
import { uncounted } from '../orm.js';
import { ReplicaRoutingDriver } from './read-routing.js';

/** How long a mutation's answer waits for the replicas at most: beyond, a lagging replica is reported. */
const CATCH_UP_MS = 2_000;
const POLL_MS = 5;

/**
 * Waits until every read replica has replayed what the primary has written so far (its WAL
 * position now), so that the next read, on any replica, shows this mutation's write. Called before
 * the mutation's answer leaves and before its data version is published: without it, the response
 * cache could keep a replica's answer from before the write under the version after it. Resolves
 * at once without replicas; after CATCH_UP_MS it gives up, says so, and the cache's time-to-live
 * bounds how long an answer from the lagging replica may be kept.
 */
export function replicaCatchUp(orm: MikroORM, logger: Pick<Logger, 'warn'>): () => Promise<void> {
  const driver = orm.em.getDriver();
  if (!(driver instanceof ReplicaRoutingDriver) || driver.connections().replicas.length === 0) return async () => undefined;
  return () =>
    uncounted(async () => {
      const { primary, replicas } = driver.connections();
      const [{ lsn }] = await primary.execute<[{ lsn: string }]>('select pg_current_wal_lsn()::text as lsn');
      const deadline = Date.now() + CATCH_UP_MS;
      const lagging = await Promise.all(replicas.map((replica) => replayed(replica, lsn, deadline)));
      if (lagging.includes(false)) logger.warn({ lsn }, `a read replica has not replayed this write within ${CATCH_UP_MS} ms`);
    });
}

/** Polls one replica until it has replayed `lsn` (true) or the deadline passes (false). */
async function replayed(replica: ReturnType<ReplicaRoutingDriver['connections']>['primary'], lsn: string, deadline: number): Promise<boolean> {
  for (;;) {
    // pg_last_wal_replay_lsn() is null on a server that is not a standby: nothing to wait for.
    const [{ done }] = await replica.execute<[{ done: boolean }]>(`select coalesce(pg_last_wal_replay_lsn() >= '${lsn}'::pg_lsn, true) as done`);
    if (done) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
