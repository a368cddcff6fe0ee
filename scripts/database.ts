import { databaseName, SUBGRAPH_NAMES } from '../subgraphs/common/config.js';
import { ensureDatabases } from '../subgraphs/common/database/create.js';
import { startEmbeddedPostgres, type EmbeddedServer } from '../subgraphs/common/database/embedded.js';
import type { LauncherConfig } from './config.js';

export interface DatabaseHandle {
  /** Environment variables that point the subgraphs at their databases. */
  env: Record<string, string>;
  embedded?: EmbeddedServer;
}

/**
 * Makes the databases available: starts the embedded PostgreSQL server when no URL is configured,
 * and creates each subgraph's database on the server when it is missing.
 */
export async function provideDatabases(config: LauncherConfig, onLog?: (line: string) => void): Promise<DatabaseHandle> {
  if (!config.embedded && !config.DATABASE_URL) return { env: {} };
  const embedded = config.embedded ? await startEmbeddedPostgres({ dataDir: config.EMBEDDED_PG_DIR, port: config.EMBEDDED_PG_PORT, onLog }) : undefined;
  const serverUrl = embedded?.url ?? config.DATABASE_URL!;
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
  return { env: { DATABASE_URL: serverUrl, DATABASE_NAME_PREFIX: config.DATABASE_NAME_PREFIX }, embedded };
}
