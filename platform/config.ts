import { z } from 'zod';
import {
  calendarDay,
  databaseNamePrefix,
  DEV_SIGNING_SECRET,
  flag,
  logLevel,
  parseEnv,
  port,
  postgresUrl,
  redisKeyPrefix,
  redisUrl,
  refuseDevelopmentSecrets,
  secret,
} from './env.js';
import { type TracesExporter, tracesExporter } from './tracing.js';

export const SUBGRAPH_NAMES = ['pedagogy', 'finance', 'parentality'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

/**
 * The order subgraphs start in, wave by wave: pedagogy first, since finance and parentality ask it
 * about projects and schools (their demonstration seeds too), then the others together.
 */
export const START_WAVES: ReadonlyArray<readonly SubgraphName[]> = [['pedagogy'], SUBGRAPH_NAMES.filter((name) => name !== 'pedagogy')];

export const DEFAULT_PORTS: Record<SubgraphName | 'gateway', number> = {
  gateway: 4000,
  pedagogy: 4001,
  finance: 4002,
  parentality: 4003,
};

export interface SubgraphConfig {
  name: SubgraphName;
  port: number;
  host: string;
  /** Connection URL of this subgraph's own database (a pooler such as PgBouncer may stand in front). */
  databaseUrl: string;
  /**
   * The same database without a pooler (`<NAME>_DATABASE_DIRECT_URL`, the database URL by default):
   * the start-up lock is a session's advisory lock, which PgBouncer's transaction mode cannot hold.
   */
  directUrl: string;
  /** Read replicas (`<NAME>_DATABASE_READ_URLS`, comma-separated): queries read one of them. */
  readUrls: string[];
  signingSecret: string;
  logLevel: z.infer<typeof logLevel>;
  /** Apply committed migrations at start-up. */
  migrateOnStart: boolean;
  /** Add the reference data (departments, communes, frameworks) not there yet, at start-up. */
  seedOnStart: boolean;
  /** With it, the demonstration data (not in production by default). */
  demoData: boolean;
  /** GraphQL URL of the pedagogy subgraph, for the subgraphs that ask it about projects and schools. */
  pedagogyUrl: string;
  /** Exit when the launcher that started this process dies (its stdin pipe closes). */
  exitWithParent: boolean;
  privacyMinCell: number;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
  /** Pause between two polls of the outbox relay (finance), in milliseconds. */
  outboxPollMs: number;
  /** Where traces go (platform/tracing.ts): none by default. */
  tracesExporter: TracesExporter;
  /** Redis, where the subgraph publishes its data version for the gateways' response cache (optional). */
  redisUrl?: string;
  redisKeyPrefix: string;
  /** The day the platform takes for today (TNE_TODAY), null for the real date: demonstrations and training. */
  today: string | null;
}

/** Largest request body (MAX_BODY_BYTES): 16 MiB by default, so a 100,000-line Pix results file (~6 MB) fits. */
export const maxBodyBytes = z.coerce
  .number()
  .int()
  .min(1024)
  .default(16 * 1024 * 1024);

/** Comma-separated PostgreSQL URLs (read replicas): none when unset or empty. */
export const postgresUrls = z
  .string()
  .default('')
  .transform((list) =>
    list
      .split(',')
      .map((url) => url.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().regex(/^postgres(ql)?:\/\//, 'each must be a postgres:// or postgresql:// URL')));

/** Name of the database a subgraph uses on a shared server: `tne_pedagogy`, … */
export function databaseName(name: SubgraphName, prefix = 'tne_'): string {
  return `${prefix}${name}`;
}

/** Derives a subgraph's database URL from a server URL by replacing its path with the database name. */
export function deriveDatabaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * The subgraph's configuration, read once from the environment.
 * Database: `<NAME>_DATABASE_URL` wins; otherwise `DATABASE_URL` names a server and the subgraph
 * uses its own database `tne_<name>` there. `npm start` sets these for the embedded server.
 * Behind PgBouncer, `<NAME>_DATABASE_DIRECT_URL` names the database without it; read replicas come
 * only from `<NAME>_DATABASE_READ_URLS` (never derived from `DATABASE_URL`).
 */
export function loadSubgraphConfig(name: SubgraphName, env: NodeJS.ProcessEnv = process.env): SubgraphConfig {
  const upper = name.toUpperCase();
  const production = env.NODE_ENV === 'production';
  const schema = z
    .object({
      NODE_ENV: z.string().default('development'),
      [`${upper}_PORT`]: port(DEFAULT_PORTS[name]),
      HOST: z.string().default('127.0.0.1'),
      [`${upper}_DATABASE_URL`]: postgresUrl,
      [`${upper}_DATABASE_DIRECT_URL`]: postgresUrl,
      [`${upper}_DATABASE_READ_URLS`]: postgresUrls,
      DATABASE_URL: postgresUrl,
      DATABASE_NAME_PREFIX: databaseNamePrefix,
      VIEWER_SIGNING_SECRET: secret(DEV_SIGNING_SECRET),
      LOG_LEVEL: logLevel,
      MIGRATE_ON_START: flag(true),
      SEED_ON_START: flag(true),
      // Demonstration data (invented schools, projects, grants, workshops) is for development only.
      DEMO_DATA: flag(!production),
      TNE_EXIT_WITH_PARENT: flag(false),
      PRIVACY_MIN_CELL: z.coerce.number().int().min(1).max(1000).default(11),
      MAX_BODY_BYTES: maxBodyBytes,
      OUTBOX_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(1000),
      OTEL_TRACES_EXPORTER: tracesExporter,
      REDIS_URL: redisUrl,
      REDIS_KEY_PREFIX: redisKeyPrefix,
      TNE_TODAY: calendarDay,
      // Where finance and parentality ask pedagogy for what they do not own (projects, schools).
      PEDAGOGY_URL: z.string().url().default(`http://127.0.0.1:${DEFAULT_PORTS.pedagogy}/graphql`),
    })
    .superRefine(refuseDevelopmentSecrets);
  const raw = parseEnv(schema, env) as Record<string, unknown>;
  const own = raw[`${upper}_DATABASE_URL`] as string | undefined;
  const server = raw.DATABASE_URL as string | undefined;
  const databaseUrl = own ?? (server ? deriveDatabaseUrl(server, databaseName(name, raw.DATABASE_NAME_PREFIX as string)) : undefined);
  if (!databaseUrl) {
    throw new Error(`${upper}_DATABASE_URL or DATABASE_URL must be set (npm start sets them for the embedded server).`);
  }
  return {
    name,
    port: raw[`${upper}_PORT`] as number,
    host: raw.HOST as string,
    databaseUrl,
    directUrl: (raw[`${upper}_DATABASE_DIRECT_URL`] as string | undefined) ?? databaseUrl,
    readUrls: raw[`${upper}_DATABASE_READ_URLS`] as string[],
    signingSecret: raw.VIEWER_SIGNING_SECRET as string,
    logLevel: raw.LOG_LEVEL as SubgraphConfig['logLevel'],
    migrateOnStart: raw.MIGRATE_ON_START as boolean,
    seedOnStart: raw.SEED_ON_START as boolean,
    demoData: raw.DEMO_DATA as boolean,
    exitWithParent: raw.TNE_EXIT_WITH_PARENT as boolean,
    pedagogyUrl: raw.PEDAGOGY_URL as string,
    privacyMinCell: raw.PRIVACY_MIN_CELL as number,
    maxBodyBytes: raw.MAX_BODY_BYTES as number,
    outboxPollMs: raw.OUTBOX_POLL_MS as number,
    tracesExporter: raw.OTEL_TRACES_EXPORTER as TracesExporter,
    redisUrl: raw.REDIS_URL as string | undefined,
    redisKeyPrefix: raw.REDIS_KEY_PREFIX as string,
    today: (raw.TNE_TODAY as string | undefined) ?? null,
  };
}
