/**
 * `npm run import:pix -- FILE [--school-year 2023-2024]`: imports a Pix results file as a school
 * exports it into the pedagogy database, with the same importer as the `importPixResults` mutation.
 * Prints progress, then what was written, or every bad line (nothing is written then).
 * Database: PEDAGOGY_DATABASE_URL or DATABASE_URL, else the embedded server of a running `npm start`.
 */
import 'reflect-metadata';
import { createReadStream } from 'node:fs';
import { GraphQLError } from 'graphql';
import { loadSubgraphConfig } from '../platform/config.js';
import { migrate, openOrm } from '../platform/orm.js';
import { schoolYearOf } from '../platform/period.js';
import { today } from '../platform/today.js';
import type { Viewer } from '../platform/viewer.js';
import { pedagogy } from '../subgraphs/pedagogy/module.js';
import { importPixResults, type PixImport } from '../subgraphs/pedagogy/pix/pix-import.js';
import { loadLauncherConfig } from './config.js';
import { provideDatabases } from './database.js';
import { configOrExit, parseCommand, usageError } from './cli.js';

const USAGE = `usage: npm run import:pix -- FILE [--school-year 2023-2024] [--dry-run]   (default: the current school year)
Imports a Pix results file (see README) into pedagogy's database, through the running platform's
embedded server or DATABASE_URL / PEDAGOGY_DATABASE_URL. Results already there for a school, school
year and grade are replaced, and the command says how many; --dry-run reads, checks and counts
everything, then writes nothing.`;
const { values, positionals } = parseCommand(USAGE, {
  allowPositionals: true,
  options: { 'school-year': { type: 'string', default: schoolYearOf(today()) }, 'dry-run': { type: 'boolean', default: false } },
});
if (positionals.length !== 1) usageError('give exactly one FILE to import');

/** Carries a dry run's result out of the transaction it rolls back. */
class DryRun extends Error {
  constructor(readonly result: PixImport) {
    super('dry run');
  }
}

/** Whoever may run this command reaches the database directly: it acts as ADMIN. */
const OPERATOR: Viewer = { role: 'ADMIN', departments: [], subject: 'import:pix command' };

// The configured server, the running platform's embedded one, or one started for this import.
const database = await provideDatabases(
  configOrExit(() => loadLauncherConfig()),
  undefined,
  true,
);
console.error(`database: ${database.description}`);
const config = configOrExit(() => loadSubgraphConfig('pedagogy', { ...process.env, ...database.env }));
const orm = await openOrm({ name: 'pedagogy', databaseUrl: config.databaseUrl, entities: pedagogy.entities, migrations: pedagogy.migrations });
try {
  if (config.migrateOnStart) await migrate(orm);
  const started = Date.now();
  const dryRun = values['dry-run'];
  const imported = await orm.em
    .fork()
    .transactional(async (tx) => {
      const result = await importPixResults(tx, OPERATOR, createReadStream(positionals[0]!, { encoding: 'utf8' }), {
        schoolYear: values['school-year'],
        onProgress: ({ lines, groups, errors }) => console.error(`… ${lines} lines read, ${groups} school × grade groups, ${errors} bad lines`),
      });
      // A dry run goes all the way, checks and writes included, then throws so the transaction rolls back.
      if (dryRun) throw new DryRun(result);
      return result;
    })
    .catch((error: unknown) => {
      if (error instanceof DryRun) return error.result;
      throw error;
    });
  const verb = dryRun ? 'would import (dry run: nothing written)' : 'imported';
  console.log(`${verb} ${imported.pupils} pupils of ${imported.schoolYear} as ${imported.groups.length} school × grade groups in ${Date.now() - started} ms`);
  if (imported.replaced)
    console.log(`${dryRun ? 'would replace' : 'replaced'} the earlier results of ${imported.replaced} of these groups (same school, school year and grade)`);
  if (imported.ignoredColumns.length) console.log(`columns dropped unread (never stored): ${imported.ignoredColumns.join(', ')}`);
} catch (error) {
  process.exitCode = 1;
  console.error(error instanceof Error ? error.message : error);
  if (error instanceof GraphQLError)
    for (const { line, reason } of (error.extensions.report ?? []) as Array<{ line: number; reason: string }>) console.error(`  line ${line}: ${reason}`);
} finally {
  await orm.close();
  await database.embedded?.stop();
}
