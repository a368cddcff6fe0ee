/**
 * `npm run test:faults`: the platform broken on purpose, under load, on loopback only and for a
 * bounded time, with what each fault did printed as figures:
 *  1. a subgraph killed (-9) while reads run: partial answers meanwhile, the launcher starts it again,
 *     the gateway is never restarted;
 *  2. every database connection terminated while reads run: the pools reconnect;
 *  3. SIGTERM while staff write: every request that got in is answered, and after a new start the
 *     database holds exactly the projects whose creation was answered (no half-written transaction);
 *  4. a soak: the dashboard's published operations by 50 clients (2 minutes; `--soak-seconds N`).
 * It runs the real launcher (compiled) on free ports and a throwaway embedded database.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { projectRoot } from '../platform/paths.js';
import { embeddedServerUrl } from './postgres/embedded.js';
import { startPlatform, stopPlatform } from './faults/platform.js';
import { killSubgraph, type Report, soak, terminateConnections, terminateUnderWrites } from './faults/scenarios.js';
import { parseCommand, usageError } from './cli.js';

const root = projectRoot();
const USAGE = `usage: npm run test:faults [-- --soak-seconds N]
Breaks the platform on purpose under load (loopback, bounded time) and prints what each fault did.`;
const { values } = parseCommand(USAGE, { options: { 'soak-seconds': { type: 'string', default: '120' } } });
const soakSeconds = Number(values['soak-seconds']);
if (!Number.isInteger(soakSeconds) || soakSeconds < 1 || soakSeconds > 3600)
  usageError(`--soak-seconds takes a number of seconds from 1 to 3600 (got "${values['soak-seconds']}")`);

const print = (title: string, report: Report) =>
  console.log(
    `\n${title}\n${Object.entries(report)
      .map(([key, value]) => `  ${key.padEnd(28)} ${value ?? '—'}`)
      .join('\n')}`,
  );

/** The dashboard's operations, by their published document ids. */
async function dashboardOperations(): Promise<object[]> {
  const manifest = JSON.parse(await readFile(path.join(root, 'schema', 'generated', 'persisted-documents.json'), 'utf8')) as Record<string, string>;
  const id = (name: string) => Object.keys(manifest).find((key) => new RegExp(`query ${name}\\b`).test(manifest[key]!))!;
  return [
    { documentId: id('CompareDepartments'), variables: { codes: ['18', '29'] } },
    { documentId: id('DepartmentTrends'), variables: { codes: ['18', '29'] } },
    { documentId: id('DepartmentRanking'), variables: { pedagogy: 'PROJECTS', finance: 'EQUIPMENT_GRANTED', parentality: 'WORKSHOPS_HELD' } },
  ];
}

async function main(): Promise<number> {
  console.log(`test:faults: faults under load on a throwaway platform (soak ${soakSeconds} s)`);
  const platform = await startPlatform(root);
  try {
    print('1. kill -9 of finance under reads (15 s, killed at 3 s)', await killSubgraph(platform));
    print('2. every database connection terminated under reads (10 s, at 3 s)', await terminateConnections(platform));
    print(`4. soak: dashboard operations, 50 clients`, await soak(platform, soakSeconds, await dashboardOperations()));
    const writes = await terminateUnderWrites(platform);
    // Started again on the same data: the projects written are exactly those whose creation was answered.
    const again = await startPlatform(root, platform.dataDir);
    const client = new pg.Client({ connectionString: embeddedServerUrl(again.databasePort).replace(/\/postgres$/, '/tne_pedagogy') });
    await client.connect();
    const stored = await client.query<{ projects: number; without_history: number }>(
      `select count(*)::int as projects, count(*) filter (where not exists (select 1 from project_status_change c where c.project_id = p.id))::int as without_history
         from project p where title like $1`,
      [`${writes.marker}-%`],
    );
    await client.end();
    const row = stored.rows[0]!;
    print('3. SIGTERM under writes (at 2 s), then a new start on the same data', {
      ...writes.report,
      'projects stored': row.projects,
      'stored = answered': row.projects === writes.created,
      'projects without history': row.without_history,
    });
    await stopPlatform(again, true);
    return row.projects === writes.created && row.without_history === 0 ? 0 : 1;
  } catch (error) {
    console.error(`\ntest:faults FAILED: ${error instanceof Error ? error.message : String(error)}`);
    await stopPlatform(platform, true);
    return 1;
  }
}

process.exitCode = await main();
