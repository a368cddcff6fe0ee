import http from 'node:http';
import { withStartLock } from './database/start-lock.js';
import { mutationsOnPrimaryPlugin, onPrimary, readOwnWrites, routedRequest } from './database/read-routing.js';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Constructor } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Migration } from '@mikro-orm/migrations';
import type { SubgraphConfig, SubgraphName } from './config.js';
import type { SubgraphContext } from './context.js';
import { createErrorFormatter, unauthenticated } from './errors.js';
import { DataVersion, dataVersionPlugin } from './data-version.js';
import { replicaCatchUp } from './database/replica-catch-up.js';
import { closeRedis, connectRedis } from './redis.js';
import { mapDatabaseError } from './database/errors.js';
import { createHttpHandler, healthRoutes } from './http.js';
import { createLogger, type Logger } from './logger.js';
import { migrate, onDirectOrm, openOrm, type OrmOptions, SqlCounter } from './orm.js';
import { sqlTimingPlugin, withSqlTally, SqlTally } from './sql-timing.js';
import { ReplayGuard, VIEWER_HEADER, verifyViewer } from './signature.js';
import type { Viewer } from './viewer.js';
import { setToday } from './today.js';
import type { Redis } from 'ioredis';
import type { SeedOptions } from './seeds/steps.js';

/**
 * Long-lived helpers of a subgraph process (clients of other subgraphs, background workers): made
 * once, started once the server listens, stopped before the pool closes; in every request's context.
 */
export interface SubgraphServices {
  start?(): void;
  stop?(): Promise<void>;
}

export interface ServiceDependencies {
  config: SubgraphConfig;
  orm: MikroORM;
  logger: Logger;
}

/** What a subgraph brings to the kit: its schema, tables, migrations, seed and loaders. */
export interface SubgraphModule<Loaders, Services extends SubgraphServices = SubgraphServices> {
  name: SubgraphName;
  buildSchema(): Promise<GraphQLSchema>;
  entities: Array<Constructor<object>>;
  migrations: Array<Constructor<Migration>>;
  /** Fresh DataLoaders for one request. */
  createLoaders(em: EntityManager, viewer: Viewer): Loaders;
  /** Idempotent: adds the reference data (and, when asked, the demonstration data) not there yet. */
  seed(em: EntityManager, logger: Logger, options: SeedOptions): Promise<void>;
  createServices?(dependencies: ServiceDependencies): Services;
}

export interface SubgraphServer {
  name: SubgraphName;
  orm: MikroORM;
  /** SQL statements sent by this subgraph (tests count them). */
  sql: SqlCounter;
  httpServer: http.Server;
  /** Its long-lived helpers (e.g. finance's outbox relay, which tests flush). */
  services: SubgraphServices;
  /** Starts listening; port 0 picks a free port. Returns the GraphQL URL. */
  listen(port?: number): Promise<string>;
  /** Drains in-flight requests, then closes the HTTP server and the database pool. */
  stop(): Promise<void>;
}

/**
 * Builds a subgraph (ORM, migrations, seed, schema, Apollo server, HTTP handler) without
 * listening, so that `main.ts` listens on its configured port and tests on port 0.
 */
export async function createSubgraphServer<Loaders, Services extends SubgraphServices = SubgraphServices>(
  module: SubgraphModule<Loaders, Services>,
  config: SubgraphConfig,
  logger: Logger = createLogger(module.name, config.logLevel),
): Promise<SubgraphServer> {
  setToday(config.today); // before the seeds: they date what they write from today
  const sql = new SqlCounter();
  const ormOptions: OrmOptions = {
    name: module.name,
    databaseUrl: config.databaseUrl,
    readUrls: config.readUrls,
    entities: module.entities,
    migrations: module.migrations,
    sqlLogger: logger,
  };
  const orm = await openOrm(ormOptions, sql);
  const httpServer = http.createServer({ keepAliveTimeout: 65_000 });
  let apollo: ApolloServer<SubgraphContext<Loaders, Services>>;
  let services: Services;
  let redis: Redis | undefined;
  try {
    // Replicas starting together: one migrates and seeds, the others wait for it (start-lock.ts).
    // The lock is a session's, and the seeds read what they write: both on the primary, past any pooler.
    const startUp = async (direct: MikroORM) => {
      if (config.migrateOnStart) {
        const applied = await migrate(direct);
        if (applied.length) logger.info({ applied }, 'migrations applied');
      }
      const created = module.createServices?.({ config, orm, logger }) ?? ({} as Services);
      if (config.seedOnStart) await module.seed(direct.em.fork(), logger, { demo: config.demoData, services: created });
      return created;
    };
    services = await withStartLock(config.directUrl, module.name, () => onPrimary(() => onDirectOrm(orm, ormOptions, config.directUrl, startUp)));
    // Seeding builds large object graphs once; where the launcher exposes the collector, give the
    // memory back now rather than carry it for the life of the process.
    (globalThis as { gc?: () => void }).gc?.();
    // What the gateways' response cache is keyed by; a start (seeds may have written) is a write too.
    redis = config.redisUrl ? await connectRedis(config.redisUrl, logger) : undefined;
    const version = new DataVersion(module.name, redis && { client: redis, prefix: config.redisKeyPrefix }, logger, replicaCatchUp(orm, logger));
    await version.bump();
    apollo = new ApolloServer<SubgraphContext<Loaders, Services>>({
      schema: await module.buildSchema(),
      formatError: createErrorFormatter(logger, mapDatabaseError),
      includeStacktraceInErrorResponses: false,
      // Compact JSON: Apollo's default indents every answer, which the gateway then parses back.
      stringifyResult: (value) => JSON.stringify(value),
      plugins: [
        ApolloServerPluginDrainHttpServer({ httpServer }),
        ApolloServerPluginLandingPageDisabled(),
        // Traces are for Apollo's hosted studio, which this platform does not use; they cost time per field.
        ApolloServerPluginInlineTraceDisabled(),
        // No cache hints are published (no CDN or response cache reads them), and the default cache-control
        // plugin wraps every field resolver: about a fifth of a subgraph's CPU on the national comparison.
        ApolloServerPluginCacheControlDisabled(),
        sqlTimingPlugin(),
        mutationsOnPrimaryPlugin(),
        dataVersionPlugin(version),
      ],
    });
    await apollo.start();
  } catch (error) {
    if (redis) await closeRedis(redis);
    await orm.close(); // a failed start must not keep the pool open
    throw error;
  }

  const replays = new ReplayGuard();
  const context = async (req: http.IncomingMessage): Promise<SubgraphContext<Loaders, Services>> => {
    const header = req.headers[VIEWER_HEADER];
    let viewer: Viewer;
    try {
      viewer = await verifyViewer(Array.isArray(header) ? header[0] : header, config.signingSecret, module.name, replays);
    } catch {
      throw unauthenticated('This subgraph answers only requests signed by the gateway.');
    }
    // Another subgraph asks in order to decide a write (graph-client.ts): it must see the latest rows.
    if (viewer.subject?.startsWith('service:')) readOwnWrites();
    const em = orm.em.fork();
    return { em, viewer, loaders: module.createLoaders(em, viewer), privacyMinCell: config.privacyMinCell, services };
  };
  const ready = async () => {
    await orm.em.getConnection().execute('select 1');
    return true;
  };
  const handle = createHttpHandler({ apollo, context, routes: healthRoutes(ready), maxBodyBytes: config.maxBodyBytes });
  // Each request tallies its own SQL, for its Server-Timing header (see sql-timing.ts).
  httpServer.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => withSqlTally(new SqlTally(), () => routedRequest(() => handle(req, res))));

  return {
    name: module.name,
    orm,
    sql,
    httpServer,
    services,
    listen: async (port = config.port) => {
      const url = await listen(httpServer, port, config.host);
      // Background workers (the outbox relay) read what they write: their timers keep this route.
      onPrimary(() => services.start?.());
      return url;
    },
    stop: async () => {
      await services.stop?.();
      await apollo.stop();
      if (httpServer.listening) await new Promise((resolve) => httpServer.close(resolve));
      if (redis) await closeRedis(redis);
      await orm.close();
    },
  };
}

export function listen(server: http.Server, port: number, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      resolve(`http://${host}:${address.port}/graphql`);
    });
  });
}
