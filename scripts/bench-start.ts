/**
 * `npm run bench:start`: how long the platform takes from `npm start` to its first real answer, and
 * how much memory the whole stack (npm, launcher, PostgreSQL, subgraphs, gateway) then holds.
 *
 * Runs the real launcher four times, on free ports and a throwaway data folder (so a developer's
 * running `npm start` and its data are left alone): `npm start` cold (empty data folder) then warm
 * (same folder, already initialised, migrated and seeded), and `node --max-semi-space-size=2
 * dist/scripts/start.js` (no npm, no build; the flag `npm start` gives) cold then warm on a second
 * folder. With DATABASE_URL (or a subgraph's own URL) in the environment, that server is used
 * instead of the embedded one. The pieces live in `scripts/bench/`.
 */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../platform/paths.js';
import { QUERY } from './bench/first-answer.js';
import { runScenario, type RunResult } from './bench/scenario.js';
import { stopCurrentStack } from './bench/stack-control.js';
import { printSummary } from './bench/summary.js';
import { loadLauncherConfig } from './config.js';
import { parseCommand } from './cli.js';

parseCommand(`usage: npm run bench:start\nTimes npm start to the first answer, cold and warm, and prints the memory of every process.`, { options: {} });

/** A throwaway data folder for the embedded server, or undefined to use the configured server. */
async function prepareDataFolder(embedded: boolean): Promise<string | undefined> {
  if (!embedded) {
    console.log(
      '  database: DATABASE_URL from the environment, passed through (no embedded server); "cold" and "warm" are the ' +
        'first and second start against that server, whose databases may already be migrated and seeded',
    );
    return undefined;
  }
  const tempDir = await mkdtemp(path.join(os.tmpdir(), 'tne-bench-start-'));
  // The embedded server runs as the 'postgres' user, which must be able to enter the folder.
  await chmod(tempDir, 0o755);
  console.log(`  database: embedded PostgreSQL on a free port, in a throwaway data folder (${tempDir}), removed at the end`);
  return tempDir;
}

async function main(): Promise<number> {
  const root = projectRoot();
  const embedded = loadLauncherConfig(process.env).embedded;
  let tempDir: string | undefined;
  const cleanUp = async () => {
    await stopCurrentStack();
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
    tempDir = undefined;
  };
  let interrupted = false;
  process.on('SIGINT', () => {
    if (interrupted) return;
    interrupted = true;
    console.error('\ninterrupted: stopping the stack and removing the temporary data folder');
    void cleanUp().finally(() => process.exit(130));
  });

  console.log(`bench:start: time from launch to the first answer of the gateway, and memory of every process`);
  console.log(`  query: ${QUERY}`);
  tempDir = await prepareDataFolder(embedded);

  const results: RunResult[] = [];
  try {
    for (const launch of ['npm', 'node'] as const) {
      const dataDir = tempDir ? path.join(tempDir, launch, 'postgres') : undefined;
      for (const phase of ['cold', 'warm'] as const) results.push(await runScenario({ root, launch, phase, dataDir }));
    }
  } catch (error) {
    if (interrupted) return 130;
    console.error(`\nbench:start FAILED: ${error instanceof Error ? error.message : String(error)}`);
    await cleanUp();
    return 1;
  }
  await cleanUp();
  printSummary(results, embedded);
  return 0;
}

process.exitCode = await main();
