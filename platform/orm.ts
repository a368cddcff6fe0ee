import { AsyncLocalStorage } from 'node:async_hooks';
import { DataloaderType, type Constructor } from '@mikro-orm/core';
import { MikroORM, PostgreSqlDriver, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import type { Migration } from '@mikro-orm/migrations';
import { TextLengths } from './database/text-lengths.js';
import type { Logger } from './logger.js';
import { sqlDebugLog } from './sql-log.js';
import { sqlStarting, timingLoggerFactory } from './sql-timing.js';

export interface OrmOptions {
  /** Subgraph name, used for logs and the migrations table. */
  name: string;
  databaseUrl: string;
  entities: Array<Constructor<object>>;
  /** Committed migrations, in order: listed explicitly so that the compiled build needs no file globbing. */
  migrations: Array<Constructor<Migration>>;
  poolMax?: number;
  /** Where answered statements go at debug level, masked (sql-log.ts): the subgraph's logger. */
  sqlLogger?: Logger;
}

const background = new AsyncLocalStorage<true>();

/** Runs background work (e.g. the outbox relay's polling), whose statements no request counter sees. */
export const uncounted = <T>(work: () => Promise<T>): Promise<T> => background.run(true, work);

/** Counts the SQL statements an ORM instance sends, so tests can prove lists are not N+1. */
export class SqlCounter {
  count = 0;
  readonly statements: string[] = [];
  record(sql: string) {
    if (background.getStore()) return;
    this.count++;
    if (this.statements.length < 500) this.statements.push(sql);
  }
  reset() {
    this.count = 0;
    this.statements.length = 0;
  }
}

export function ormOptions(options: OrmOptions, counter?: SqlCounter): Options {
  return {
    driver: PostgreSqlDriver,
    clientUrl: options.databaseUrl,
    entities: options.entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    // Texts longer than their column are refused naming the field, before any statement.
    subscribers: [new TextLengths()],
    // Batches references and collections per request entity manager (one query per entity type).
    dataloader: DataloaderType.ALL,
    // Entities are shared by request-scoped forks only; the global context is never used implicitly.
    allowGlobalContext: false,
    debug: false,
    pool: { min: 0, max: options.poolMax ?? 10 },
    onQuery: (sql, params) => {
      counter?.record(sql);
      sqlStarting(params);
      return sql;
    },
    // The default logger, which also times each statement for the request's Server-Timing header.
    loggerFactory: (loggerOptions) => timingLoggerFactory(loggerOptions, options.sqlLogger ? sqlDebugLog(options.sqlLogger) : undefined),
    migrations: {
      tableName: 'mikro_orm_migrations',
      migrationsList: options.migrations.map((migration) => ({ name: migration.name, class: migration })),
      transactional: true,
      silent: true,
      allOrNothing: true,
      snapshot: false,
      snapshotName: `.snapshot-${options.name}`,
    },
  };
}

/**
 * Opens the subgraph's ORM. MikroORM 7's PostgreSQL connection already listens for pool and client
 * `error` events (a server stop is logged, not fatal), so nothing more is needed here.
 */
export function openOrm(options: OrmOptions, counter?: SqlCounter): Promise<MikroORM> {
  return MikroORM.init(ormOptions(options, counter));
}

/** Applies every committed migration that has not run yet. Never updates the schema from entities. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.migrator.up();
  return applied.map((m) => m.name);
}
