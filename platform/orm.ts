import { AsyncLocalStorage } from 'node:async_hooks';
import { DataloaderType, type Constructor, type LogContext } from '@mikro-orm/core';
import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import type { Migration } from '@mikro-orm/migrations';
import { ReplicaRoutingDriver } from './database/read-routing.js';
import { TextLengths } from './database/text-lengths.js';
import type { Logger } from './logger.js';
import { sqlDebugLog } from './sql-log.js';
import { sqlStarting, timingLoggerFactory } from './sql-timing.js';

export interface OrmOptions {
  /** Subgraph name, used for logs and the migrations table. */
  name: string;
  databaseUrl: string;
  /** Read replicas of that database: queries outside transactions read them (database/read-routing.ts). */
  readUrls?: readonly string[];
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

/**
 * Counts the SQL statements an ORM instance sends, so tests can prove lists are not N+1: those
 * sent to the primary and to read replicas alike, and, apart, those a replica answered.
 */
export class SqlCounter {
  count = 0;
  /** Of `count`, the statements a read replica answered. */
  replica = 0;
  readonly statements: string[] = [];
  record(sql: string) {
    if (background.getStore()) return;
    this.count++;
    if (this.statements.length < 500) this.statements.push(sql);
  }
  answered(context: LogContext) {
    if (background.getStore() || context.namespace === 'slow-query') return;
    if (context.connection?.type === 'read') this.replica++;
  }
  reset() {
    this.count = 0;
    this.replica = 0;
    this.statements.length = 0;
  }
}

export function ormOptions(options: OrmOptions, counter?: SqlCounter): Options {
  return {
    driver: ReplicaRoutingDriver,
    clientUrl: options.databaseUrl,
    // Each replica's pool is as large as the primary's; statements are routed by read-routing.ts.
    replicas: (options.readUrls ?? []).map((clientUrl, i) => ({ name: `read-${i + 1}`, clientUrl })),
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
    loggerFactory: (loggerOptions) => {
      const debugLog = options.sqlLogger ? sqlDebugLog(options.sqlLogger) : undefined;
      return timingLoggerFactory(loggerOptions, (context) => {
        counter?.answered(context);
        debugLog?.(context);
      });
    },
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

/**
 * Runs start-up writes (migrations, seeds) on the primary without a pooler: on `orm` itself when the
 * database URL is already direct, otherwise on an ORM of their own at `directUrl`, closed after.
 */
export async function onDirectOrm<T>(orm: MikroORM, options: OrmOptions, directUrl: string, work: (direct: MikroORM) => Promise<T>): Promise<T> {
  if (directUrl === options.databaseUrl) return work(orm);
  const direct = await openOrm({ ...options, databaseUrl: directUrl, readUrls: [] });
  try {
    return await work(direct);
  } finally {
    await direct.close();
  }
}

/** Applies every committed migration that has not run yet. Never updates the schema from entities. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.migrator.up();
  return applied.map((m) => m.name);
}
