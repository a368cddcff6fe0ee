import pg from 'pg';

/**
 * Runs a subgraph's start-up writes (migrations, reference and demonstration seeds) under a
 * PostgreSQL advisory lock of its database, held by a session of its own: when replicas start at
 * once, one migrates and seeds while the others wait, then find the work done (seeds add only what
 * is missing). The lock goes with the session, so a replica that dies while holding it frees it.
 */
export async function withStartLock<T>(databaseUrl: string, subgraph: string, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on('error', () => undefined); // a server stop is reported by the work itself
  await client.connect();
  try {
    await client.query('select pg_advisory_lock(hashtext($1))', [`tne-graph:start:${subgraph}`]);
    return await work();
  } finally {
    // Ending the session releases the lock, even when the work failed.
    await client.end().catch(() => undefined);
  }
}
