/** The load benchmark's databases: as `npm start` provides them, but apart from a developer's. */
import path from 'node:path';
import pg from 'pg';
import { loadLauncherConfig, type LauncherConfig } from '../config.js';
import { provideDatabases, type DatabaseHandle } from '../database.js';
import { SUBGRAPH_NAMES } from '../../platform/config.js';
import { BenchFailure } from './common.js';
import { freePorts } from './ports.js';

/** Database names `tne_bench_pedagogy`, …: a developer's `tne_*` databases are never touched. */
export const BENCH_DATABASE_PREFIX = 'tne_bench_';

export interface BenchDatabases {
  config: LauncherConfig;
  handle: DatabaseHandle;
  /** One line for the report: which server, which databases. */
  description: string;
}

/**
 * With DATABASE_URL, that server (databases `tne_bench_*` created there when missing). Without,
 * the embedded server on its own data folder (`.data/bench-postgres`, kept between runs so that
 * the national data set is loaded once) and a free port, so that a running `npm start` and its
 * data are left alone.
 */
export async function provideBenchDatabases(root: string): Promise<BenchDatabases> {
  const own = SUBGRAPH_NAMES.map((name) => `${name.toUpperCase()}_DATABASE_URL`).filter((name) => process.env[name]);
  if (own.length > 0) {
    // Those would point the subgraphs at someone's own databases: the benchmark works on its own.
    throw new BenchFailure(`unset ${own.join(', ')}: the benchmark uses DATABASE_URL (or the embedded server) with its own databases`);
  }
  const [embeddedPort] = await freePorts(1);
  const config = loadLauncherConfig({
    ...process.env,
    DATABASE_NAME_PREFIX: BENCH_DATABASE_PREFIX,
    EMBEDDED_PG_DIR: path.join(root, '.data', 'bench-postgres'),
    EMBEDDED_PG_PORT: String(embeddedPort),
  });
  const handle = await provideDatabases(config, (line) => {
    if (/FATAL|PANIC/.test(line)) console.error(`  database | ${line}`);
  });
  const where = handle.embedded
    ? `embedded PostgreSQL (${path.relative(root, config.EMBEDDED_PG_DIR)}, port ${config.EMBEDDED_PG_PORT})`
    : 'the server of DATABASE_URL';
  return { config, handle, description: `${where}, databases ${BENCH_DATABASE_PREFIX}{pedagogy,finance,parentality}` };
}

/** `18.4` or so, asked of the server itself. */
export async function postgresVersion(serverUrl: string | undefined): Promise<string> {
  if (!serverUrl) return 'unknown (per-subgraph database URLs)';
  const client = new pg.Client({ connectionString: serverUrl });
  client.on('error', () => undefined);
  try {
    await client.connect();
    const { rows } = await client.query<{ server_version: string }>('show server_version');
    return rows[0]?.server_version ?? 'unknown';
  } finally {
    await client.end().catch(() => undefined);
  }
}
