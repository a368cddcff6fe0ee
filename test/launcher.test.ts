import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { databaseName, SUBGRAPH_NAMES } from '../platform/config.js';
import { dropDatabases } from '../platform/database/create.js';
import { freePorts } from '../scripts/bench/ports.js';
import { postGraphQL } from './stack.js';

/**
 * `npm start`'s launcher as a user runs it (compiled, separate processes), killed with -9 and
 * started again on the same data: it must come back with the data intact and nothing seeded twice.
 * It restarts a subgraph killed under it, and stops in order, draining the requests in flight.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const QUERY = `{ departments(codes: ["18", "29"]) { code pupils finance { grants { value } } parentality { workshopsHeld { value } } } }`;

/** Every department with every subgraph's indicators: a request long enough to be in flight. */
const NATIONAL = `{ departments { code pedagogy { schools { value } projects { accepted { value } } } finance { budget { committed { value { cents } } } } parentality { workshopsHeld { value } } } }`;

/** The process id of the launcher's child running `script` (Linux ps). */
function childPid(launcher: number, script: string): number {
  const lines = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(launcher)], { encoding: 'utf8' }).split('\n');
  const line = lines.find((l) => l.includes(`dist/${script}`));
  if (!line) throw new Error(`no child of ${launcher} runs ${script}:\n${lines.join('\n')}`);
  return Number(line.trim().split(/\s+/)[0]);
}

/** The launcher, or (`underParent`) a process standing for npm that starts it, as `npm start` execs it. */
function launch(env: NodeJS.ProcessEnv, underParent = false): { child: ChildProcess; output: () => string } {
  let output = '';
  const launcher = [path.join(root, 'dist/scripts/start.js')];
  const npm = [
    '-e',
    `const c = require('node:child_process').spawn(process.execPath, ${JSON.stringify(launcher)}, { stdio: 'inherit' }); c.on('exit', (code) => process.exit(code ?? 1));`,
  ];
  const child = spawn(process.execPath, underParent ? npm : launcher, { cwd: root, env: { ...process.env, ...env } });
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  return { child, output: () => output };
}

// Generous: a cold start (initdb, migrations, every seed) shares two cores with the other test files.
async function answer(url: string, timeoutMs = 150_000, complete: (data: any) => boolean = () => true) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await postGraphQL(url, QUERY);
      if (response.data?.departments && complete(response.data)) return response;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`no answer from ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Until the gateway stops answering (its launcher stopped the platform). */
async function silent(url: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await postGraphQL(url, QUERY);
    } catch {
      return;
    }
    if (Date.now() > deadline) throw new Error(`${url} still answers after its launcher's parent died`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', resolve));

let dataDir: string | undefined;
const prefix = `l${Date.now().toString(36)}_`;
afterAll(async () => {
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  if (process.env.DATABASE_URL)
    await dropDatabases(
      process.env.DATABASE_URL,
      SUBGRAPH_NAMES.map((n) => databaseName(n, prefix)),
    );
});

describe('npm start after a kill -9', () => {
  it('starts again with the data intact, and stops when the npm process above it is killed', async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'tne-launcher-'));
    const [gateway, pedagogy, finance, parentality, database] = await freePorts(5);
    const ports = { GATEWAY_PORT: gateway, PEDAGOGY_PORT: pedagogy, FINANCE_PORT: finance, PARENTALITY_PORT: parentality };
    const env: NodeJS.ProcessEnv = {
      ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])),
      EMBEDDED_PG_DIR: dataDir,
      EMBEDDED_PG_PORT: String(database),
      DATABASE_NAME_PREFIX: prefix,
      LOG_LEVEL: 'warn',
    };
    const url = `http://127.0.0.1:${ports.GATEWAY_PORT}/graphql`;

    const first = launch(env);
    const before = await answer(url);
    expect(before.errors).toBeUndefined();
    first.child.kill('SIGKILL');
    await exited(first.child);

    // Under a parent standing for npm: kill -9 of that parent stops the launcher and the platform.
    const second = launch(env, true);
    const after = await answer(url);
    expect(after.errors).toBeUndefined();
    expect(after.data).toEqual(before.data);
    expect(second.output()).toContain('tne-graph is ready');
    second.child.kill('SIGKILL');
    await exited(second.child);
    await silent(url);

    const third = launch(env);
    try {
      expect((await answer(url)).data).toEqual(before.data);

      // kill -9 of one subgraph: the others keep answering, the launcher starts it again, and the
      // gateway is the same process all along.
      const gatewayPid = childPid(third.child.pid!, 'gateway/main.js');
      process.kill(childPid(third.child.pid!, 'subgraphs/finance/main.js'), 'SIGKILL');
      const meanwhile = await postGraphQL(url, QUERY);
      expect(meanwhile.data?.departments.map((d: { pupils: number }) => d.pupils)).toEqual(before.data.departments.map((d: { pupils: number }) => d.pupils));
      const back = Date.now();
      expect((await answer(url, 30_000, (data) => data.departments.every((d: { finance: unknown }) => d.finance))).data).toEqual(before.data);
      console.log(`finance answered again ${Date.now() - back} ms after its kill -9`);
      expect(third.output()).toMatch(/finance\s+\| exited \(SIGKILL\); starting it again/);
      expect(childPid(third.child.pid!, 'gateway/main.js')).toBe(gatewayPid);

      // SIGTERM while a request is in flight: the gateway drains it before anything else stops.
      const inFlight = postGraphQL(url, NATIONAL);
      await new Promise((resolve) => setTimeout(resolve, 30));
      third.child.kill('SIGTERM');
      const drained = await inFlight;
      expect([drained.status, drained.errors, drained.data?.departments.length]).toEqual([200, undefined, 101]);
    } finally {
      if (third.child.exitCode === null) third.child.kill('SIGINT');
      await exited(third.child);
    }
    expect(third.child.exitCode).toBe(0);
  }, 400_000);
});
