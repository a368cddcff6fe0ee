// `npm run build`: compiles the services and commands (tsconfig.build.json) into dist/, but only when a
// source changed since the last build, as make would: every `npm run …` builds first, and a fresh build
// then costs a few milliseconds instead of a full compile. Plain JavaScript, so it runs before any build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** What dist/ is compiled from: the compiled folders, what they import from elsewhere, the compiler's settings. */
const SOURCES = [
  'gateway',
  'platform',
  'subgraphs',
  'scripts',
  'web/pages.ts',
  'schema/generated',
  'tsconfig.json',
  'tsconfig.build.json',
  'package-lock.json',
];
const STAMP = path.join(root, 'dist', '.build-stamp');

/** The latest change under a path: files and folders (a folder changes when a file is added or removed). */
function newest(file) {
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(file)) latest = Math.max(latest, newest(path.join(file, entry)));
  return latest;
}

const built = existsSync(STAMP) ? statSync(STAMP).mtimeMs : 0;
const changed = Math.max(...SOURCES.map((source) => newest(path.join(root, source))));
if (changed >= built || process.argv.includes('--force')) {
  // Dated when the compiler starts: a source saved while it runs is newer, and builds again next time.
  const started = new Date();
  const tsc = spawnSync(path.join(root, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  if (tsc.status !== 0) process.exit(tsc.status ?? 1);
  writeFileSync(STAMP, `${started.toISOString()}\n`);
  utimesSync(STAMP, started, started);
}
