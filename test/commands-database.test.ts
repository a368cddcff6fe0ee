import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type EmbeddedServer, startEmbeddedPostgres } from '../scripts/postgres/embedded.js';
import { projectRoot } from '../platform/paths.js';
import { freePorts } from '../scripts/bench/ports.js';

/**
 * A command that needs the databases finds them whether the platform runs or not (one module,
 * scripts/database.ts, decides): the embedded server of a running `npm start` is shared, else the
 * command starts its own and stops it; either way it says which.
 */
let dataDir: string;
let port: number;
let server: EmbeddedServer | undefined;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'tne-commands-'));
  [port] = (await freePorts(1)) as [number];
});
afterAll(async () => {
  await server?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

function migrationSql() {
  const { DATABASE_URL: _configured, ...env } = process.env;
  const result = spawnSync(process.execPath, ['dist/scripts/migration-sql.js', 'pedagogy'], {
    cwd: projectRoot(),
    env: { ...env, EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: String(port), LOG_LEVEL: 'silent' },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout.trim(), database: result.stderr.split('\n').find((l) => l.startsWith('database: ')) };
}

describe('npm run migration:sql finds the databases', () => {
  it('with no platform running: starts an embedded server for itself, and stops it', async () => {
    expect(migrationSql()).toEqual({
      status: 0,
      stdout: '-- the database matches the entities: no migration needed',
      database: `database: an embedded server started for this command (port ${port}), stopped at the end`,
    });
  }, 120_000);

  it("with the platform running: shares its embedded server (stopping it is npm start's business)", async () => {
    server = await startEmbeddedPostgres({ dataDir, port });
    expect(migrationSql()).toEqual({
      status: 0,
      stdout: '-- the database matches the entities: no migration needed',
      database: `database: the embedded server of the running npm start (port ${port})`,
    });
    const still = spawnSync('node', [
      '-e',
      `require('node:net').connect(${port}, '127.0.0.1').on('connect', () => process.exit(0)).on('error', () => process.exit(1))`,
    ]);
    expect(still.status).toBe(0);
  }, 120_000);
});
