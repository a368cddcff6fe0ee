import pg from 'pg';

/** Creates each database on the server when it does not exist yet (idempotent). */
export async function ensureDatabases(serverUrl: string, databases: readonly string[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: serverUrl });
  client.on('error', () => undefined);
  await client.connect();
  const created: string[] = [];
  try {
    for (const name of databases) {
      const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
      if (rowCount) continue;
      try {
        await client.query(`create database ${client.escapeIdentifier(name)} encoding 'UTF8' template template0`);
        created.push(name);
      } catch (error) {
        // Another process created it between the check and now (replicas starting together): it exists.
        // PostgreSQL says so as duplicate_database, or, in the same instant, as a unique violation of its catalog.
        if (!['42P04', '23505'].includes((error as { code?: string }).code ?? '')) throw error;
      }
    }
  } finally {
    await client.end();
  }
  return created;
}

/** Drops databases (tests clean up after themselves); connections still open are terminated. */
export async function dropDatabases(serverUrl: string, databases: readonly string[]): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  client.on('error', () => undefined);
  await client.connect();
  try {
    for (const name of databases) {
      await client.query(`drop database if exists ${client.escapeIdentifier(name)} with (force)`);
    }
  } finally {
    await client.end();
  }
}
