import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type EmbeddedServer, startEmbeddedPostgres } from '../scripts/postgres/embedded.js';
import { projectRoot } from '../platform/paths.js';
import { freePorts } from '../scripts/bench/ports.js';
import { DIRECTORY_FILE, directoryFixture, ECOLES_FILE } from './school-directory.fixtures.js';

/**
 * A command that needs the databases finds them whether the platform runs or not (one module,
 * scripts/database.ts, decides): the embedded server of a running `npm start` is shared, else the
 * command starts its own and stops it; either way it says which. migration:sql, seed:national (one
 * department), import:pix and import:schools each run both ways, in order, on one data folder: the
 * national seed migrates and seeds the databases, which the Pix import then needs (its schools).
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

/** Runs a compiled command with the embedded server of this test's data folder (never DATABASE_URL). */
function command(script: string, ...args: string[]) {
  const { DATABASE_URL: _configured, ...env } = process.env;
  const result = spawnSync(process.execPath, [`dist/scripts/${script}.js`, ...args], {
    cwd: projectRoot(),
    env: { ...env, EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: String(port), LOG_LEVEL: 'silent' },
    encoding: 'utf8',
    timeout: 240_000,
  });
  return {
    status: result.status,
    stdout: result.stdout.trim(),
    stderr: result.stderr,
    database: result.stderr.split('\n').find((l) => l.startsWith('database: ')),
  };
}

const PIX_FILE = path.join(projectRoot(), 'subgraphs', 'pedagogy', 'pix', 'fixtures', 'pix-valid.csv');
const OWN = () => `database: an embedded server started for this command (port ${port}), stopped at the end`;
const SHARED = () => `database: the embedded server of the running npm start (port ${port})`;

/** Each command that needs the databases, and what its success prints: the first run (platform down), the second (up). */
const COMMANDS: Array<[name: string, run: () => ReturnType<typeof command>, success: { down: RegExp; up: RegExp }]> = [
  [
    'migration:sql',
    () => command('migration-sql', 'pedagogy'),
    { down: /^-- the database matches the entities: no migration needed$/, up: /no migration needed$/ },
  ],
  // One department of the national data set: the first run fills it, the second finds it filled.
  ['seed:national', () => command('seed-national', '--departments', '36'), { down: /pedagogy: 1 department filled/, up: /already there, skipped \(36\)/ }],
  // The Pix results of three groups of Cher's schools: imported, then imported again in their place.
  [
    'import:pix',
    () => command('import-pix', PIX_FILE, '--school-year', '2026-2027'),
    { down: /imported 7 pupils of 2026-2027/, up: /replaced the earlier results of 3 of these groups/ },
  ],
  // The national school directory's fixture with its écoles' counts: imported, then found as it is.
  [
    'import:schools',
    () => command('import-schools', directoryFixture(DIRECTORY_FILE), '--pupils', directoryFixture(ECOLES_FILE)),
    {
      down: /^imported 15 schools of 17 lines in \d+ ms: 15 created, 0 updated, 0 unchanged$/m,
      up: /^imported 15 schools of 17 lines in \d+ ms: 0 created, 0 updated, 15 unchanged$/m,
    },
  ],
];

/** A run succeeded, on the server named, printing what success prints. */
function expectSuccess(result: ReturnType<typeof command>, database: string, success: RegExp) {
  expect({ status: result.status, database: result.database, stderr: result.status ? result.stderr : '' }).toEqual({ status: 0, database, stderr: '' });
  expect(result.stdout).toMatch(success);
}

describe('the commands find the databases whether the platform runs or not', () => {
  it.each(COMMANDS)(
    '%s with no platform running: starts an embedded server for itself, and stops it',
    (_name, run, success) => expectSuccess(run(), OWN(), success.down),
    300_000,
  );

  it.each(COMMANDS)(
    "%s with the platform running: shares its embedded server (stopping it is npm start's business)",
    async (_name, run, success) => {
      server ??= await startEmbeddedPostgres({ dataDir, port });
      expectSuccess(run(), SHARED(), success.up);
      const still = spawnSync('node', [
        '-e',
        `require('node:net').connect(${port}, '127.0.0.1').on('connect', () => process.exit(0)).on('error', () => process.exit(1))`,
      ]);
      expect(still.status).toBe(0);
    },
    300_000,
  );
});
