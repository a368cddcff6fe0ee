/**
 * `npm run seed:national [-- --seed N] [-- --departments 2A,75]`: the national data set for
 * benchmarks and comparisons. Prepares the databases as `npm start` does (embedded server unless a
 * URL is configured, migrations, normal seeds), then fills every department but Cher and Finistère
 * (or those listed), prints a row count per table and the time taken, and stops the server it started.
 * Running it again adds nothing: departments already filled are reported and skipped.
 */
import { DEFAULT_NATIONAL_SEED, prepareNationalRun } from '../platform/seeds/national.js';
import { loadLauncherConfig } from './config.js';
import { provideDatabases } from './database.js';
import { migrateAndSeed } from './national/prepare.js';
import { progressBars } from './national/progress.js';
import { seedNational, type NationalReports } from './national/run.js';
import { configOrExit, parseCommand, usageError } from './cli.js';

function printSummary(reports: NationalReports, seconds: number) {
  for (const [name, report] of Object.entries(reports)) {
    const skipped = report.skipped.sort();
    const already = skipped.length ? `; ${skipped.length} already there, skipped${skipped.length <= 10 ? ` (${skipped.join(', ')})` : ''}` : '';
    const filled = report.seeded.length;
    console.log(`\n${name}: ${filled} department${filled === 1 ? '' : 's'} filled${already}`);
    for (const [table, count] of report.counts.byTable) if (count) console.log(`  ${table.padEnd(24)} ${count.toLocaleString('en-US').padStart(10)}`);
  }
  const total = Object.values(reports).reduce((sum, r) => sum + [...r.counts.byTable.values()].reduce((a, b) => a + b, 0), 0);
  if (Object.values(reports).every((r) => !r.seeded.length)) console.log('\nThe national data set was already there: nothing added.');
  console.log(`\n${total.toLocaleString('en-US')} rows in ${seconds.toFixed(1)} s`);
}

if (process.env.NODE_ENV === 'production') {
  console.error('seed:national writes invented data: it refuses to run with NODE_ENV=production.');
  process.exit(1);
}
const USAGE = `usage: npm run seed:national [-- --seed N] [-- --departments 2A,75]
Fills every department but Cher and Finistère (or those listed) with generated data for benchmarks.`;
const { values } = parseCommand(USAGE, { options: { seed: { type: 'string' }, departments: { type: 'string' } } });
const seed = values.seed === undefined ? DEFAULT_NATIONAL_SEED : Number(values.seed);
if (!Number.isSafeInteger(seed)) usageError(`--seed takes an integer, not "${values.seed}"`);
const departments = values.departments
  ?.split(',')
  .map((code) => code.trim().toUpperCase())
  .filter(Boolean);

const started = Date.now();
let run: Awaited<ReturnType<typeof prepareNationalRun>>;
try {
  // Before any database work: a wrong department code stops here.
  run = await prepareNationalRun({ seed, departments });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
const config = configOrExit(() => loadLauncherConfig());
const database = await provideDatabases(
  config,
  (line) => {
    if (/FATAL|PANIC|ERROR/.test(line)) console.error(`database | ${line}`);
  },
  true,
);
console.error(`database: ${database.description}`);
let failed = false;
try {
  const env = { ...process.env, ...database.env };
  console.error('migrating and running the normal seeds…');
  await migrateAndSeed(env);
  const reports = await seedNational(env, run, progressBars());
  printSummary(reports, (Date.now() - started) / 1000);
} catch (error) {
  failed = true;
  console.error(error instanceof Error ? error.message : error);
} finally {
  await database.embedded?.stop();
}
process.exit(failed ? 1 : 0);
