import { z } from 'zod';

/**
 * Reads and validates environment variables against a zod schema, once per process.
 * Fails fast with one line per bad variable, naming it, so that a typo in a deployment
 * is reported at start-up rather than as a strange error later.
 */
export function parseEnv<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(environment)'}: ${issue.message}`);
  throw new ConfigurationError(`Invalid configuration:\n${lines.join('\n')}`);
}

export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

/** A TCP port; 0 asks the system for a free one (tests). */
export const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

/** An optional PostgreSQL connection URL. */
export const postgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
  .optional();

/** A Redis server (REDIS_URL), optional: the response cache and the data versions it is keyed by. */
export const redisUrl = z
  .string()
  .regex(/^rediss?:\/\/\S+$/, 'a redis:// or rediss:// URL')
  .optional();

/** What every Redis key of this deployment starts with (REDIS_KEY_PREFIX): several deployments may share one server. */
export const redisKeyPrefix = z
  .string()
  .regex(/^[\w:.-]{0,64}$/, 'letters, digits and _ : . - only')
  .default('tne:');

/** A calendar day (YYYY-MM-DD), optional: the platform's clock (TNE_TODAY, platform/today.ts). */
export const calendarDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a day as YYYY-MM-DD')
  .refine((day) => {
    const time = Date.parse(`${day}T00:00:00Z`); // NaN for 2025-13-01; 2025-02-29 rolls over to March
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(day);
  }, 'not a day of the calendar')
  .optional();

export const logLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info');

/** Development-only secrets: fine on a laptop, refused in production by `refuseDevelopmentSecrets`. */
export const DEV_JWT_SECRET = 'tne-graph-development-jwt-secret-not-for-production';
export const DEV_SIGNING_SECRET = 'tne-graph-development-viewer-signing-secret';

export const secret = (fallback: string) => z.string().min(32, 'must be at least 32 characters').default(fallback);

/** Prefix of the database names a subgraph derives from a server URL (`tne_pedagogy`, …). */
export const databaseNamePrefix = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'lower-case letters, digits and _')
  .default('tne_');

/** A true/false setting ("true", "false", "1", "0"). */
export const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0'])
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === 'true' || v === '1');

/**
 * The development secrets are public (they are in this repository): in production each process
 * refuses to start with them. Used by the gateway's and the subgraphs' configuration alike.
 */
export function refuseDevelopmentSecrets(value: Record<string, unknown>, ctx: z.RefinementCtx): void {
  if (value.NODE_ENV !== 'production') return;
  if (value.VIEWER_SIGNING_SECRET === DEV_SIGNING_SECRET) {
    ctx.addIssue({ code: 'custom', path: ['VIEWER_SIGNING_SECRET'], message: 'must be set in production' });
  }
  if ('JWT_SECRET' in value && !value.JWT_JWKS_URL && value.JWT_SECRET === DEV_JWT_SECRET) {
    ctx.addIssue({ code: 'custom', path: ['JWT_JWKS_URL'], message: 'required in production (or a JWT_SECRET of your own)' });
  }
  if (value.JWT_JWKS_URL && !value.JWT_ISSUER) {
    ctx.addIssue({ code: 'custom', path: ['JWT_ISSUER'], message: 'required with JWT_JWKS_URL: tokens of any other issuer are refused' });
  }
}
