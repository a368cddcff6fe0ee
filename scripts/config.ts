import { z } from 'zod';
import { DEFAULT_PORTS, SUBGRAPH_NAMES } from '../platform/config.js';
import { databaseNamePrefix, parseEnv, port, postgresUrl } from '../platform/env.js';

/** Configuration of the launcher (`npm start`) and of the developer scripts, read once. */
export function loadLauncherConfig(env: NodeJS.ProcessEnv = process.env) {
  const raw = parseEnv(
    z.object({
      DATABASE_URL: postgresUrl,
      PEDAGOGY_DATABASE_URL: postgresUrl,
      FINANCE_DATABASE_URL: postgresUrl,
      PARENTALITY_DATABASE_URL: postgresUrl,
      EMBEDDED_PG_PORT: port(54329),
      EMBEDDED_PG_DIR: z.string().min(1).default('.data/postgres'),
      DATABASE_NAME_PREFIX: databaseNamePrefix,
      GATEWAY_PORT: port(DEFAULT_PORTS.gateway),
      PEDAGOGY_PORT: port(DEFAULT_PORTS.pedagogy),
      FINANCE_PORT: port(DEFAULT_PORTS.finance),
      PARENTALITY_PORT: port(DEFAULT_PORTS.parentality),
      HOST: z.string().default('127.0.0.1'),
    }),
    env,
  );
  const ownUrls = SUBGRAPH_NAMES.filter((name) => raw[`${name.toUpperCase()}_DATABASE_URL` as keyof typeof raw]);
  return {
    ...raw,
    /** True when no database URL is set: `npm start` then runs the embedded server. */
    embedded: !raw.DATABASE_URL && ownUrls.length === 0,
    ports: {
      gateway: raw.GATEWAY_PORT,
      pedagogy: raw.PEDAGOGY_PORT,
      finance: raw.FINANCE_PORT,
      parentality: raw.PARENTALITY_PORT,
    },
  };
}

export type LauncherConfig = ReturnType<typeof loadLauncherConfig>;
