import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_PORTS, maxBodyBytes, SUBGRAPH_NAMES, type SubgraphName } from '../platform/config.js';
import {
  DEV_JWT_SECRET,
  DEV_SIGNING_SECRET,
  flag,
  logLevel,
  parseEnv,
  port,
  redisKeyPrefix,
  redisUrl,
  refuseDevelopmentSecrets,
  secret,
} from '../platform/env.js';
import { tracesExporter } from '../platform/tracing.js';
import { projectRoot } from '../platform/paths.js';

/** Each subgraph's URL variable (PEDAGOGY_URL…), defaulting to its local port. */
const urlVariable = (name: SubgraphName) => `${name.toUpperCase()}_URL`;
const subgraphUrlSchema = Object.fromEntries(
  SUBGRAPH_NAMES.map((name) => [urlVariable(name), z.string().url().default(`http://127.0.0.1:${DEFAULT_PORTS[name]}/graphql`)]),
) as Record<`${Uppercase<SubgraphName>}_URL`, z.ZodDefault<z.ZodString>>;

/** The gateway's configuration, read once from the environment. */
export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env) {
  const raw = parseEnv(
    z
      .object({
        NODE_ENV: z.string().default('development'),
        GATEWAY_PORT: port(DEFAULT_PORTS.gateway),
        HOST: z.string().default('127.0.0.1'),
        ...subgraphUrlSchema,
        SUPERGRAPH_PATH: z.string().default(path.join(projectRoot(), 'schema', 'supergraph.graphql')),
        JWT_SECRET: secret(DEV_JWT_SECRET),
        JWT_JWKS_URL: z.string().url().optional(),
        JWT_ISSUER: z.string().optional(),
        JWT_AUDIENCE: z.string().default('tne-graph'),
        VIEWER_SIGNING_SECRET: secret(DEV_SIGNING_SECRET),
        VIEWER_SIGNATURE_TTL_SECONDS: z.coerce.number().int().min(2).max(60).default(10),
        SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
        // The whole operation's time budget, however many subgraph calls its plan makes.
        OPERATION_TIMEOUT_MS: z.coerce.number().int().min(1).default(30_000),
        // enforce: only published operations (schema/operations → manifest) run, but for ANALYST and ADMIN.
        TRUSTED_DOCUMENTS: z.enum(['off', 'enforce']).default('off'),
        PERSISTED_DOCUMENTS_PATH: z.string().default(path.join(projectRoot(), 'schema', 'generated', 'persisted-documents.json')),
        TNE_EXIT_WITH_PARENT: flag(false),
        // Identical queries of the same viewer in flight at once share one execution (gateway/dedup.ts).
        DEDUPLICATE_QUERIES: flag(true),
        // Who gets the subgraphs' SQL figures in Server-Timing: everyone (development default, the
        // benchmark reads them) or ADMIN only (production default: internal detail, a timing channel).
        SERVER_TIMING: z.enum(['all', 'admin']).optional(),
        // Who may introspect and read "did you mean" hints: everyone (development default) or the
        // explorers, ANALYST and ADMIN (production default).
        INTROSPECTION: z.enum(['everyone', 'explorers']).optional(),
        LOG_LEVEL: logLevel,
        // Where traces go (platform/tracing.ts): none by default; the OTEL_EXPORTER_OTLP_* variables say where.
        OTEL_TRACES_EXPORTER: tracesExporter,
        // Limits on what one request may ask (graphql-armor); generous for analysts' comparisons.
        QUERY_MAX_DEPTH: z.coerce.number().int().min(2).default(12),
        // Every field once per item asked (gateway/cost.ts): the national comparison of 101 departments
        // costs about 43,000, the trends of all 101 about 420,000.
        QUERY_MAX_COST: z.coerce.number().int().min(100).default(500_000),
        // The heaviest answer the gateway writes (the national comparison weighs about 0.7 MB, all trends 1.4 MB).
        MAX_ANSWER_BYTES: z.coerce
          .number()
          .int()
          .min(1024)
          .default(20 * 1024 * 1024),
        // The size a list counts for when the client gives no `first` and the schema no bound.
        QUERY_DEFAULT_LIST_SIZE: z.coerce.number().int().min(1).default(100),
        QUERY_MAX_ALIASES: z.coerce.number().int().min(1).default(30),
        QUERY_MAX_TOKENS: z.coerce.number().int().min(100).default(5_000),
        // Bodies of ordinary operations; only a file upload (the Pix import) may reach MAX_UPLOAD_BYTES.
        MAX_BODY_BYTES: z.coerce
          .number()
          .int()
          .min(1024)
          .default(128 * 1024),
        MAX_UPLOAD_BYTES: maxBodyBytes,
        // Longest text a client may send in any argument (a file upload's content aside); columns narrower are checked on write.
        MAX_STRING_LENGTH: z.coerce.number().int().min(255).default(10_000),
        // The front end that scripts/web-build.ts writes (the workbench and its assets).
        WEB_DIST_PATH: z.string().default(path.join(projectRoot(), 'dist', 'public')),
        // Which sites may show the embeddable pages (the public dashboard) in a frame: CSP frame-ancestors
        // sources, space-separated; '*' any site, 'none' no site. The workbench is never framed.
        EMBED_FRAME_ANCESTORS: z
          .string()
          .regex(/^[a-zA-Z0-9*:/.\-' ]{1,1000}$/, 'sources of CSP frame-ancestors, space-separated')
          .default('*'),
        // Answers of read-only operations kept until a subgraph writes (gateway/response-cache.ts): off,
        // in this process's memory, or in Redis (REDIS_URL), shared by every gateway replica.
        RESPONSE_CACHE: z.enum(['off', 'memory', 'redis']).default('off'),
        REDIS_URL: redisUrl,
        REDIS_KEY_PREFIX: redisKeyPrefix,
        // The longest an answer is kept: what bounds staleness after a write no subgraph reported (a script's).
        RESPONSE_CACHE_TTL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
        // Memory the in-process cache may hold (RESPONSE_CACHE=memory), in MiB.
        RESPONSE_CACHE_MAX_MIB: z.coerce.number().int().min(1).default(64),
      })
      .superRefine(refuseDevelopmentSecrets)
      .superRefine((value, ctx) => {
        if (value.RESPONSE_CACHE === 'redis' && !value.REDIS_URL) {
          ctx.addIssue({ code: 'custom', path: ['REDIS_URL'], message: 'required when RESPONSE_CACHE is redis' });
        }
      }),
    env,
  );
  return {
    ...raw,
    // The workbench's development tokens: never in production, and only where the gateway signs with a secret.
    developmentTokens: raw.NODE_ENV !== 'production' && !raw.JWT_JWKS_URL,
    serverTimingFor: raw.SERVER_TIMING ?? (raw.NODE_ENV === 'production' ? 'admin' : 'all'),
    introspectionFor: raw.INTROSPECTION ?? (raw.NODE_ENV === 'production' ? 'explorers' : 'everyone'),
    subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, raw[urlVariable(name) as keyof typeof raw] as string])) as Record<string, string>,
  };
}

export type GatewayConfig = ReturnType<typeof loadGatewayConfig>;
