import { databaseName, SUBGRAPH_NAMES } from '../platform/config.js';
import { ensureDatabases } from '../platform/database/create.js';
import pg from 'pg';
import { embeddedServerUrl, startEmbeddedPostgres, type EmbeddedServer } from './postgres/embedded.js';
import type { LauncherConfig } from './config.js';

export interface DatabaseHandle {
  /** Environment variables that point the subgraphs at their databases. */
  env: Record<string, string>;
  embedded?: EmbeddedServer;
  /** What the databases are on, in words, for the command to say. */
  description: string;
}

/** The URL of the embedded server when one already answers on its port (a running `npm start`'s). */
async function runningEmbedded(port: number): Promise<string | null> {
  const url = embeddedServerUrl(port);
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    return url;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Makes the databases available, the one place every command decides where they are: the
 * configured server; else, for a command (`share`), the embedded server of a running `npm start`
 * when one answers; else a new embedded server (the caller stops it). Creates each subgraph's
 * database on the server when it is missing.
 */
export async function provideDatabases(config: LauncherConfig, onLog?: (line: string) => void, share = false): Promise<DatabaseHandle> {
  if (!config.embedded && !config.DATABASE_URL) return { env: {}, description: "each subgraph's configured database URL" };
  const running = config.embedded && share ? await runningEmbedded(config.EMBEDDED_PG_PORT) : null;
  const embedded =
    config.embedded && !running ? await startEmbeddedPostgres({ dataDir: config.EMBEDDED_PG_DIR, port: config.EMBEDDED_PG_PORT, onLog }) : undefined;
  const serverUrl = running ?? embedded?.url ?? config.DATABASE_URL!;
  const description = running
    ? `the embedded server of the running npm start (port ${config.EMBEDDED_PG_PORT})`
    : embedded
      ? `an embedded server started for this command (port ${config.EMBEDDED_PG_PORT}), stopped at the end`
      : 'the server of DATABASE_URL';
  const missing = SUBGRAPH_NAMES.filter((name) => !config[`${name.toUpperCase()}_DATABASE_URL` as keyof LauncherConfig]);
  try {
    await ensureDatabases(
      serverUrl,
      missing.map((name) => databaseName(name, config.DATABASE_NAME_PREFIX)),
    );
  } catch (error) {
    await embedded?.stop(); // never leave a server behind that nobody will stop
    throw error;
  }
  return { env: { DATABASE_URL: serverUrl, DATABASE_NAME_PREFIX: config.DATABASE_NAME_PREFIX }, embedded, description };
}
