/**
 * `npm start`: the whole platform on one machine. Starts the embedded PostgreSQL server (unless a
 * database URL is configured), then the three subgraphs and the gateway as separate processes
 * running compiled JavaScript, prefixes their logs, prints the URLs, restarts a process that dies
 * (scripts/supervisor.ts), and stops everything in order on Ctrl-C.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { START_WAVES, SUBGRAPH_NAMES, type SubgraphName } from '../platform/config.js';
import { projectRoot } from '../platform/paths.js';
import { loadLauncherConfig } from './config.js';
import { provideDatabases } from './database.js';
import { waitForReady } from './ready.js';
import { ensureWebBuilt } from './web-build.js';
import { configOrExit } from './cli.js';
import { Supervisor } from './supervisor.js';
import { lineFormat } from './log-lines.js';
import { parseCommand } from './cli.js';

parseCommand(`usage: npm start\nStarts the database, the three subgraphs and the gateway, seeded, and keeps them up until Ctrl-C.`, { options: {} });

const config = configOrExit(() => loadLauncherConfig());
const root = projectRoot();
/**
 * A small young generation (V8's default semi-space is 16 MiB) keeps five Node processes of a
 * laptop stack within a few hundred MB; scavenges get more frequent but stay sub-millisecond at
 * these request rates. Production images run `node` without it.
 */
// --expose-gc: a subgraph collects once after seeding, so a first start does not keep the seed's garbage.
const NODE_FLAGS = ['--max-semi-space-size=2', '--expose-gc'];
const colours = { pedagogy: 32, finance: 33, parentality: 35, gateway: 36, database: 34 } as const;

const format = lineFormat(Boolean(process.stdout.isTTY));

function prefixed(name: keyof typeof colours, text: string) {
  const tag = process.stdout.isTTY ? `\x1b[${colours[name]}m${name.padEnd(11)}\x1b[0m` : name.padEnd(11);
  for (const line of text.split('\n')) if (line.trim()) process.stdout.write(`${tag} | ${format(line).replaceAll('\n', `\n${tag} | `)}\n`);
}

const supervisor = new Supervisor(
  (name, line) => prefixed(name as keyof typeof colours, line),
  () => void stop(1),
);

function startProcess(name: keyof typeof colours, script: string, env: Record<string, string>): ChildProcess {
  return supervisor.add(name, () => {
    const child = spawn(process.execPath, [...NODE_FLAGS, path.join(root, 'dist', script)], {
      cwd: root,
      env: { ...process.env, ...env, TNE_EXIT_WITH_PARENT: '1' },
      // stdin is a pipe that closes when this launcher dies, even by kill -9: the child then exits.
      stdio: ['pipe', 'pipe', 'pipe'],
      // A process group of its own: Ctrl-C reaches the launcher alone, which stops the rest in order.
      detached: true,
    });
    child.stdout!.on('data', (chunk: Buffer) => prefixed(name, chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => prefixed(name, chunk.toString()));
    return child;
  });
}

let stopping = false;
let database: Awaited<ReturnType<typeof provideDatabases>> | undefined;

async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  // The gateway first, which finishes its requests while the subgraphs still answer; the database last.
  await supervisor.stop([['gateway'], [...SUBGRAPH_NAMES]]);
  await database?.embedded?.stop();
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
// `npm start` execs this launcher as npm's child: when npm is killed (kill -9 of the npm process),
// the launcher is handed to another parent. It notices within a second and stops the platform, so
// nothing lingers holding the ports and the data folder.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) void stop(0);
}, 1000).unref();

try {
  const started = Date.now();
  // The front end builds (only when its sources changed) while the database and subgraphs start.
  const web = ensureWebBuilt((line) => prefixed('gateway', line));
  web.catch(() => undefined); // awaited below; a failure is reported there
  database = await provideDatabases(config, (line) => {
    // Ctrl-C reaches the server with the rest of the terminal's processes: its shutdown notices
    // about the connections it closes are expected then, not errors worth showing.
    if (!stopping && /FATAL|PANIC|ERROR/.test(line)) prefixed('database', line);
  });
  if (database.embedded) prefixed('database', `embedded PostgreSQL ready on 127.0.0.1:${config.EMBEDDED_PG_PORT} (${database.embedded.dataDir})`);
  const base = { HOST: config.HOST };
  const url = (port: number, p = '') => `http://${config.HOST}:${port}${p}`;
  const startSubgraphs = (names: readonly SubgraphName[]) => {
    for (const name of names) {
      startProcess(name, `subgraphs/${name}/main.js`, {
        ...base,
        ...database!.env,
        [`${name.toUpperCase()}_PORT`]: String(config.ports[name]),
        PEDAGOGY_URL: url(config.ports.pedagogy, '/graphql'),
      });
    }
    return Promise.all(names.map((name) => waitForReady(url(config.ports[name], '/health/ready'))));
  };
  for (const wave of START_WAVES) await startSubgraphs(wave);
  await web;
  startProcess('gateway', 'gateway/main.js', {
    ...base,
    GATEWAY_PORT: String(config.ports.gateway),
    PEDAGOGY_URL: url(config.ports.pedagogy, '/graphql'),
    FINANCE_URL: url(config.ports.finance, '/graphql'),
    PARENTALITY_URL: url(config.ports.parentality, '/graphql'),
  });
  await waitForReady(url(config.ports.gateway, '/health/ready'));
  supervisor.keepRunning();
  console.log(
    `\ntne-graph is ready in ${((Date.now() - started) / 1000).toFixed(1)} s\n` +
      `  gateway      ${url(config.ports.gateway, '/graphql')}  (page: ${url(config.ports.gateway, '/')})\n` +
      `  workbench    ${url(config.ports.gateway, '/playground')}\n` +
      SUBGRAPH_NAMES.map((n) => `  ${n.padEnd(12)} ${url(config.ports[n], '/graphql')}`).join('\n') +
      '\nPress Ctrl-C to stop.\n',
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await stop(1);
}
