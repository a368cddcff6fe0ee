/** The platform the fault scripts break: the real launcher on free ports and a throwaway embedded database. */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { issueDevToken } from '../../gateway/auth.js';
import { DEV_JWT_SECRET } from '../../platform/env.js';
import type { Role } from '../../platform/viewer.js';
import { roleOf } from '../bench/memory-report.js';
import { freePorts } from '../bench/ports.js';
import { processTree, readMemory } from '../bench/process-memory.js';
import { type RunningStack, startStack, stopCurrentStack } from '../bench/stack-control.js';
import { waitForReady } from '../ready.js';

export interface Platform {
  stack: RunningStack;
  gateway: string;
  databasePort: number;
  dataDir: string;
  env: NodeJS.ProcessEnv;
}

/** Starts the launcher on free ports (a data folder of its own unless `dataDir`), ready to answer. */
export async function startPlatform(root: string, dataDir?: string): Promise<Platform> {
  const folder = dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'tne-faults-')));
  await chmod(folder, 0o755); // the embedded server's user must enter it
  const [gateway, pedagogy, finance, parentality, database] = (await freePorts(5)) as number[];
  // The embedded server, whatever the environment says: the faults break a server of their own.
  const { DATABASE_URL: _url, ...inherited } = process.env;
  const env: NodeJS.ProcessEnv = {
    ...inherited,
    GATEWAY_PORT: String(gateway),
    PEDAGOGY_PORT: String(pedagogy),
    FINANCE_PORT: String(finance),
    PARENTALITY_PORT: String(parentality),
    EMBEDDED_PG_DIR: path.join(folder, 'postgres'),
    EMBEDDED_PG_PORT: String(database),
    LOG_LEVEL: 'warn',
  };
  const stack = await startStack('node', root, env, () => undefined);
  await waitForReady(`http://127.0.0.1:${gateway}/health/ready`, 180_000);
  return { stack, gateway: `http://127.0.0.1:${gateway}/graphql`, databasePort: database!, dataDir: folder, env };
}

/** Stops the platform (as Ctrl-C would), and removes its data folder when asked. */
export async function stopPlatform(platform: Platform, removeData: boolean): Promise<void> {
  await stopCurrentStack();
  if (removeData) await rm(platform.dataDir, { recursive: true, force: true });
}

/** The pid of each process of the platform, by role (launcher, gateway, pedagogy…). */
export function pidsOf(platform: Platform): Record<string, number> {
  return Object.fromEntries(processTree(platform.stack.pid).map((entry) => [roleOf(entry), entry.pid]));
}

/** PSS of the platform's processes by role, in MiB. */
export function memoryOf(platform: Platform): Record<string, number> {
  const byRole: Record<string, number> = {};
  for (const entry of processTree(platform.stack.pid)) {
    const pss = readMemory(entry.pid)?.pssKiB ?? 0;
    const role = roleOf(entry);
    byRole[role] = (byRole[role] ?? 0) + pss / 1024;
  }
  return byRole;
}

export const tokenFor = (role: Role, departments: string[] = []) => issueDevToken(DEV_JWT_SECRET, 'tne-graph', { role, departments, expiresIn: '1h' });

/** POSTs a GraphQL request to the gateway. */
export const post = (url: string, body: object, token?: string) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(60_000),
  });
