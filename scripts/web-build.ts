/**
 * Builds the front end (`web/`, Vite + React) into `dist/public`, which the gateway serves — once, and
 * again only when its sources change: a hash of `web/`, the API schema, the published manifest and the
 * lockfile is kept beside the output, so a warm `npm start` spends milliseconds here.
 * `node dist/scripts/web-build.js [--force]` builds by hand and prints the bundle's figures.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { projectRoot } from '../platform/paths.js';
import { WEB_PAGES } from '../web/pages.js';

const root = projectRoot();
export const WEB_OUTPUT = path.join(root, 'dist', 'public');
const STAMP = '.source-hash';
/** Besides `web/` itself, what the bundle embeds. */
const INPUTS = ['schema/api.graphql', 'schema/generated/persisted-documents.json', 'package-lock.json', 'scripts/web-map.ts'];

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** The hash of everything the bundle is made from. */
export async function sourceHash(): Promise<string> {
  const hash = createHash('sha256');
  for (const file of [...(await filesUnder(path.join(root, 'web'))), ...INPUTS.map((f) => path.join(root, f))]) {
    hash
      .update(path.relative(root, file))
      .update('\0')
      .update(await readFile(file))
      .update('\0');
  }
  return hash.digest('hex');
}

export interface WebBuild {
  built: boolean;
  seconds: number;
}

const isFresh = async (hash: string) => (await readFile(path.join(WEB_OUTPUT, STAMP), 'utf8').catch(() => '')) === hash;

/**
 * Builds the front end when it is missing or stale, in a process of its own: Vite sets
 * `process.env.NODE_ENV` to production in the process that builds (the launcher's children would
 * inherit it) and keeps a few hundred MB that the launcher should not hold.
 */
export async function ensureWebBuilt(log?: (line: string) => void): Promise<WebBuild> {
  const started = Date.now();
  if (await isFresh(await sourceHash())) return { built: false, seconds: (Date.now() - started) / 1000 };
  // A production bundle whoever asks: under jest (NODE_ENV=test) Vite would bundle React's development build.
  const env = { ...process.env, NODE_ENV: 'production' };
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url)], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`the front end did not build:\n${output}`);
  const seconds = (Date.now() - started) / 1000;
  log?.(`front end built in ${seconds.toFixed(1)} s`);
  return { built: true, seconds };
}

/** The chunk of a module of a library both pages use (React, Chart.js, the shared code), by package. */
function sharedLibrary(id: string): string | undefined {
  if (/node_modules\/(react|react-dom|scheduler)\//.test(id)) return 'react';
  if (/node_modules\/(chart\.js|@kurkle\/color)\//.test(id)) return 'chartjs';
  if (/\/web\/shared\//.test(id)) return 'shared';
  return undefined;
}

/** Builds now (in this process) when stale or forced; concurrent builders each write a folder of their own and swap it in. */
async function buildWeb(options: { force?: boolean } = {}): Promise<WebBuild> {
  const started = Date.now();
  const hash = await sourceHash();
  if ((await isFresh(hash)) && !options.force) return { built: false, seconds: (Date.now() - started) / 1000 };
  const { build } = await import('vite');
  const { franceMapPlugin } = await import('./web-map.js');
  const staging = `${WEB_OUTPUT}.${process.pid}`;
  await build({
    root: path.join(root, 'web'),
    base: '/',
    configFile: false,
    logLevel: 'warn',
    plugins: [franceMapPlugin()],
    // Monaco's language services run in workers, bundled as modules like the rest.
    worker: { format: 'es' },
    build: {
      outDir: staging,
      emptyOutDir: true,
      assetsDir: 'assets',
      manifest: true,
      chunkSizeWarningLimit: 5_000,
      rollupOptions: {
        input: Object.fromEntries(WEB_PAGES.map((page) => [page.name, path.join(root, 'web', page.name, 'index.html')])),
        // The libraries both pages use in chunks of their own: otherwise the bundler may merge
        // workbench-only modules into the chunk the pages share, and the dashboard would load them.
        output: { manualChunks: sharedLibrary },
        // GraphiQL's dependencies mark modules "use client" for React servers; a browser bundle ignores it.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  });
  for (const file of await filesUnder(staging)) {
    if (/\.(js|css|html|svg|json|ttf)$/.test(file) && (await stat(file)).size > 1024)
      await writeFile(`${file}.gz`, gzipSync(await readFile(file), { level: 9 }));
  }
  await writeFile(path.join(staging, STAMP), hash);
  await rm(WEB_OUTPUT, { recursive: true, force: true });
  await mkdir(path.dirname(WEB_OUTPUT), { recursive: true });
  await rename(staging, WEB_OUTPUT).catch(async (error) => {
    // Another builder swapped in the same sources first: keep its output.
    await rm(staging, { recursive: true, force: true });
    if (!existsSync(WEB_OUTPUT)) throw error;
  });
  return { built: true, seconds: (Date.now() - started) / 1000 };
}

interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
  dynamicImports?: string[];
  isEntry?: boolean;
}

const readManifest = async () => JSON.parse(await readFile(path.join(WEB_OUTPUT, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;

/** The JavaScript files a page runs, with what its code imports later: its entry and every chunk it reaches. */
export async function pageScripts(name: string): Promise<string[]> {
  const manifest = await readManifest();
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const next of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) visit(next);
  };
  visit(`${name}/index.html`);
  return [...files];
}

/** What each page loads when it opens (its entry, static imports and CSS), raw and gzip, and the whole output. */
export async function bundleFigures(): Promise<Array<{ what: string; bytes: number; gzip: number }>> {
  const manifest = await readManifest();
  const size = async (file: string) => {
    const body = await readFile(path.join(WEB_OUTPUT, file));
    return { bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
  };
  const sum = async (files: Iterable<string>) => {
    let bytes = 0;
    let gzip = 0;
    for (const file of files) {
      const s = await size(file);
      bytes += s.bytes;
      gzip += s.gzip;
    }
    return { bytes, gzip };
  };
  const figures = [];
  for (const page of WEB_PAGES) {
    // What the page's HTML loads (entry, static imports, CSS), then with what its code imports later (Monaco).
    for (const dynamic of [false, true]) {
      const files = new Set<string>([`${page.name}/index.html`]);
      const seen = new Set<string>();
      const visit = (key: string) => {
        const chunk = manifest[key];
        if (!chunk || seen.has(key)) return;
        seen.add(key);
        files.add(chunk.file);
        for (const css of chunk.css ?? []) files.add(css);
        for (const next of [...(chunk.imports ?? []), ...(dynamic ? (chunk.dynamicImports ?? []) : [])]) visit(next);
      };
      visit(`${page.name}/index.html`);
      figures.push({ what: `${page.path}, ${dynamic ? 'with its lazy chunks' : 'as its HTML loads'}`, ...(await sum(files)) });
    }
    figures.push({ what: `${page.path}, JavaScript only (all chunks)`, ...(await sum(await pageScripts(page.name))) });
  }
  const all = (await filesUnder(WEB_OUTPUT)).filter((f) => !f.endsWith('.gz') && !f.includes(`${path.sep}.vite${path.sep}`) && !f.endsWith(STAMP));
  figures.push({ what: 'whole output (Monaco workers included)', ...(await sum(all.map((f) => path.relative(WEB_OUTPUT, f)))) });
  return figures;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { parseCommand } = await import('./cli.js');
  const usage = `usage: npm run build:web [-- --force]
Builds the front end (web/ into dist/public) when its sources changed, and prints the bundle's sizes.`;
  const { values } = parseCommand(usage, { options: { force: { type: 'boolean', default: false } } });
  const { built, seconds } = await buildWeb({ force: values.force });
  console.log(built ? `front end built in ${seconds.toFixed(1)} s` : 'front end up to date');
  const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
  for (const f of await bundleFigures()) console.log(`${f.what.padEnd(42)} ${kib(f.bytes).padStart(9)}  gzip ${kib(f.gzip).padStart(8)}`);
}
