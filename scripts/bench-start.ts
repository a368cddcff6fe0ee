/**
 * `npm run bench:start`: how long the platform takes from `npm start` to its first real answer, and
 * how much memory the whole stack (npm, launcher, PostgreSQL, subgraphs, gateway) then holds.
 *
 * Runs the real launcher four times, on free ports and a throwaway data folder (so a developer's
 * running `npm start` and its data are left alone): `npm start` cold (empty data folder) then warm
 * (same folder, already initialised, migrated and seeded), and `node dist/scripts/start.js` (no npm,
 * no build) cold then warm on a second folder. With DATABASE_URL (or a subgraph's own URL) in the
 * environment, that server is used instead of the embedded one.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { projectRoot } from '../subgraphs/common/paths.js';
import { isRunning, processGroup, processTree, readMemory, type ProcessEntry } from './bench/process-memory.js';
import { loadLauncherConfig } from './config.js';

const SCENARIO_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;
/** A stop slower than this is worth a line on who held it up. */
const SLOW_STOP_MS = 2_000;
const POLL_INTERVAL_MS = 100;
const ATTEMPT_TIMEOUT_MS = 5_000;
const AIM_READY_WARM_S = 10;
const AIM_MEMORY_MB = 600;
const QUERY =
  '{ departments(codes: ["18","29"]) { code name finance { grants { value } } parentality { workshopsHeld { value } } } }';

type Launch = 'npm' | 'node';
type Phase = 'cold' | 'warm';

const LAUNCH_LABEL: Record<Launch, string> = { npm: 'npm start', node: 'node dist/scripts/start.js' };

interface MemoryRow {
  pid: number;
  name: string;
  processes: number;
  rssKiB: number;
  /** Undefined when no process of the row had a readable `smaps_rollup`. */
  pssKiB: number | undefined;
}

interface MemoryReport {
  rows: MemoryRow[];
  processes: number;
  rssKiB: number;
  pssKiB: number;
  /** Processes whose PSS could not be read (left out of the PSS sum). */
  pssMissing: number;
}

interface RunResult {
  launch: Launch;
  phase: Phase;
  readyMs: number;
  /** The launcher's own "ready in" figure (from its start, not counting npm and the build). */
  launcherReadyS: number | undefined;
  memory: MemoryReport;
  stopMs: number;
}

/** A failure that ends the benchmark with a clear message and a non-zero exit code. */
export class BenchFailure extends Error {}

interface RunningStack {
  child: ChildProcess;
  pid: number;
}

let current: RunningStack | undefined;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mib = (kib: number) => (kib / 1024).toFixed(1);

/** Finds `count` distinct free TCP ports on the loopback interface (the kernel picks them: port 0). */
export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: count }, () =>
      new Promise<ReturnType<typeof createServer>>((resolve, reject) => {
        const server = createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve(server));
      }),
    ),
  );
  const ports = servers.map((server) => (server.address() as AddressInfo).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

/** Names a process of the stack from its command line. */
export function roleOf(entry: ProcessEntry): string {
  const cmd = entry.cmdline;
  if (entry.comm === 'sh' || entry.comm === 'bash' || entry.comm === 'dash') return 'npm (script shell)';
  if (/dist[/\\]gateway[/\\]main\.js/.test(cmd)) return 'gateway';
  const subgraph = /dist[/\\]subgraphs[/\\](\w+)[/\\]main\.js/.exec(cmd);
  if (subgraph) return subgraph[1]!;
  if (/dist[/\\]scripts[/\\]start\.js/.test(cmd)) return 'launcher';
  if (entry.comm === 'postgres' || /^\S*postgres[: ]/.test(cmd)) return 'postgres';
  if (entry.comm === 'npm' || /npm-cli\.js|(^|[/\s])npm(\s|$)/.test(cmd)) return 'npm';
  return entry.comm;
}

const ROLE_ORDER = ['npm', 'npm (script shell)', 'launcher', 'postgres', 'pedagogy', 'finance', 'parentality', 'gateway'];

/** Reads the resident memory of every process under `rootPid` (itself included). */
export function measureMemory(rootPid: number): MemoryReport {
  const rows: MemoryRow[] = [];
  let postgres: MemoryRow | undefined;
  let processes = 0;
  let rssKiB = 0;
  let pssKiB = 0;
  let pssMissing = 0;
  for (const entry of processTree(rootPid)) {
    const memory = readMemory(entry.pid);
    if (!memory) continue; // exited meanwhile, or a zombie
    processes += 1;
    rssKiB += memory.rssKiB;
    if (memory.pssKiB === undefined) pssMissing += 1;
    else pssKiB += memory.pssKiB;
    const role = roleOf(entry);
    if (role === 'postgres' && postgres) {
      postgres.processes += 1;
      postgres.rssKiB += memory.rssKiB;
      if (memory.pssKiB !== undefined) postgres.pssKiB = (postgres.pssKiB ?? 0) + memory.pssKiB;
      continue;
    }
    const row: MemoryRow = { pid: entry.pid, name: role, processes: 1, rssKiB: memory.rssKiB, pssKiB: memory.pssKiB };
    if (role === 'postgres') postgres = row;
    rows.push(row);
  }
  const rank = (name: string) => (ROLE_ORDER.includes(name) ? ROLE_ORDER.indexOf(name) : ROLE_ORDER.length);
  rows.sort((a, b) => rank(a.name) - rank(b.name) || a.pid - b.pid);
  if (postgres) postgres.name = `postgres (${postgres.processes} processes)`;
  return { rows, processes, rssKiB, pssKiB, pssMissing };
}

function printMemory(memory: MemoryReport): void {
  const line = (pid: string, name: string, rss: string, pss: string) =>
    console.log(`    ${pid.padStart(7)}  ${name.padEnd(26)} ${rss.padStart(8)} ${pss.padStart(8)}`);
  line('pid', 'process', 'RSS MiB', 'PSS MiB');
  for (const row of memory.rows) {
    line(String(row.pid), row.name, mib(row.rssKiB), row.pssKiB === undefined ? 'n/a' : mib(row.pssKiB));
  }
  line('', `total (${memory.processes} processes)`, mib(memory.rssKiB), mib(memory.pssKiB));
  console.log(
    `    RSS counts PostgreSQL's shared memory in every backend; PSS (from smaps_rollup) shares it out: the fair total.` +
      (memory.pssMissing > 0 ? `\n    PSS unreadable for ${memory.pssMissing} process(es), left out of its sum.` : ''),
  );
}

/** Keeps the last lines a launcher wrote, and notices its own "ready in" line. */
class OutputTail {
  private readonly lines: string[] = [];
  private partial = '';
  launcherReadyS: number | undefined;

  push(chunk: Buffer): void {
    const text = this.partial + chunk.toString();
    const parts = text.split('\n');
    this.partial = parts.pop() ?? '';
    for (const line of parts) this.add(line);
  }

  private add(line: string): void {
    const ready = /tne-graph is ready in ([\d.]+) s/.exec(line);
    if (ready) this.launcherReadyS = Number(ready[1]);
    if (!line.trim()) return;
    this.lines.push(line);
    this.added += 1;
    if (this.lines.length > 40) this.lines.shift();
  }

  private marked = 0;
  private added = 0;

  /** Remembers the current position, for `sinceMark`. */
  mark(): void {
    this.marked = this.added;
  }

  /** The lines written since `mark` (at most the 40 kept). */
  sinceMark(): string {
    const count = Math.min(this.added - this.marked, this.lines.length);
    return count > 0 ? this.tail(count) : '';
  }

  tail(count = 25): string {
    return [...this.lines, ...(this.partial.trim() ? [this.partial] : [])]
      .slice(-count)
      .map((line) => `      ${line}`)
      .join('\n');
  }
}

type AnswerOutcome = { kind: 'answered' } | { kind: 'exited'; how: string } | { kind: 'timeout'; lastError: string };

/** Polls the gateway with the real query until it answers correctly, the launcher exits, or time runs out. */
async function waitForAnswer(url: string, child: ChildProcess, deadline: number): Promise<AnswerOutcome> {
  let lastError = 'no attempt made';
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      return { kind: 'exited', how: child.signalCode ? `signal ${child.signalCode}` : `code ${child.exitCode}` };
    }
    const left = deadline - Date.now();
    if (left <= 0) return { kind: 'timeout', lastError };
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: QUERY }),
        signal: AbortSignal.timeout(Math.min(ATTEMPT_TIMEOUT_MS, left)),
      });
      const text = await res.text();
      if (res.status === 200) {
        const body = JSON.parse(text) as { data?: { departments?: unknown[] } | null; errors?: unknown[] };
        if (!body.errors?.length && Array.isArray(body.data?.departments) && body.data.departments.length === 2) {
          return { kind: 'answered' };
        }
        lastError = `HTTP 200 but not the expected answer: ${text.slice(0, 300)}`;
      } else {
        lastError = `HTTP ${res.status}: ${text.slice(0, 300)}`;
      }
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      lastError = cause ?? (error instanceof Error ? error.message : String(error));
    }
    await sleep(POLL_INTERVAL_MS);
  }
}

/**
 * Stops a stack as Ctrl-C in a terminal would: SIGINT to the whole process group of the launcher
 * (npm, its shell, the launcher, the subgraphs, the gateway and the postmaster), then waits until
 * every process seen under it has gone (PostgreSQL backends lead process groups of their own).
 * After `STOP_TIMEOUT_MS`, kills what is left and reports it.
 */
interface StopOutcome {
  ms: number;
  clean: boolean;
  /** Processes still running when the time ran out (then killed). */
  leftover: string[];
  /** How long after SIGINT each process went, slowest first. */
  exits: { name: string; ms: number }[];
}

async function stopStack(stack: RunningStack): Promise<StopOutcome> {
  const started = performance.now();
  const watched = new Map<number, ProcessEntry>();
  for (const entry of [...processTree(stack.pid), ...processGroup(stack.pid)]) watched.set(entry.pid, entry);
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-stack.pid, signal);
    } catch {
      // the group has already gone
    }
  };
  signalGroup('SIGINT');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  const exitedAt = new Map<number, number>();
  const alive = () => {
    const running = [...watched.values()].filter(isRunning);
    for (const entry of watched.values()) {
      if (!exitedAt.has(entry.pid) && !running.includes(entry)) exitedAt.set(entry.pid, performance.now() - started);
    }
    return running;
  };
  const exits = () =>
    [...exitedAt.entries()]
      .map(([pid, ms]) => ({ name: `${roleOf(watched.get(pid)!)} (${pid})`, ms }))
      .sort((a, b) => b.ms - a.ms);
  while (alive().length > 0 || (stack.child.exitCode === null && stack.child.signalCode === null)) {
    if (Date.now() > deadline) {
      const leftover = alive().map((entry) => `${entry.pid} ${roleOf(entry)}`);
      signalGroup('SIGKILL');
      for (const entry of alive()) {
        try {
          process.kill(entry.pid, 'SIGKILL');
        } catch {
          // gone meanwhile
        }
      }
      await sleep(500);
      return { ms: performance.now() - started, clean: false, leftover, exits: exits() };
    }
    await sleep(POLL_INTERVAL_MS);
  }
  return { ms: performance.now() - started, clean: true, leftover: [], exits: exits() };
}

interface ScenarioOptions {
  root: string;
  launch: Launch;
  phase: Phase;
  /** Embedded data folder, or undefined when an external server is configured. */
  dataDir: string | undefined;
}

async function runScenario({ root, launch, phase, dataDir }: ScenarioOptions): Promise<RunResult> {
  const [gateway, pedagogy, finance, parentality, postgres] = await freePorts(5);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: '127.0.0.1',
    GATEWAY_PORT: String(gateway),
    PEDAGOGY_PORT: String(pedagogy),
    FINANCE_PORT: String(finance),
    PARENTALITY_PORT: String(parentality),
  };
  if (dataDir) {
    env.EMBEDDED_PG_DIR = dataDir;
    env.EMBEDDED_PG_PORT = String(postgres);
  }
  const title = `${LAUNCH_LABEL[launch]}, ${phase}`;
  const folderState = dataDir
    ? existsSync(path.join(dataDir, 'PG_VERSION'))
      ? 'data folder already initialised'
      : 'empty data folder'
    : 'external database server';
  console.log(`\n▶ ${title} (${folderState}; gateway on port ${gateway})`);

  const output = new OutputTail();
  const started = performance.now();
  const child =
    launch === 'npm'
      ? spawn('npm', ['start'], { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn(process.execPath, [path.join('dist', 'scripts', 'start.js')], {
          cwd: root,
          env,
          detached: true,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
  const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));
  child.stdout!.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr!.on('data', (chunk: Buffer) => output.push(chunk));
  if (child.pid === undefined) throw new BenchFailure(`${title}: could not start: ${(await spawnError).message}`);
  const stack: RunningStack = { child, pid: child.pid };
  current = stack;

  const outcome = await waitForAnswer(`http://127.0.0.1:${gateway}/graphql`, child, Date.now() + SCENARIO_TIMEOUT_MS);
  const readyMs = performance.now() - started;
  if (outcome.kind !== 'answered') {
    await stopStack(stack);
    current = undefined;
    const why =
      outcome.kind === 'exited'
        ? `the launcher exited (${outcome.how}) before the gateway answered`
        : `no correct answer from the gateway within ${SCENARIO_TIMEOUT_MS / 1000} s (last attempt: ${outcome.lastError})`;
    throw new BenchFailure(`${title}: ${why}. Last lines of its output:\n${output.tail()}`);
  }
  const memory = measureMemory(stack.pid);
  console.log(
    `  first answer after ${seconds(readyMs)}` +
      (output.launcherReadyS === undefined ? '' : ` (the launcher itself reports ready in ${output.launcherReadyS.toFixed(1)} s)`),
  );
  printMemory(memory);

  output.mark();
  const stop = await stopStack(stack);
  current = undefined;
  if (!stop.clean) {
    throw new BenchFailure(
      `${title}: the stack did not stop within ${STOP_TIMEOUT_MS / 1000} s of SIGINT; killed ${stop.leftover.join(', ')}. ` +
        `Last lines of its output:\n${output.tail()}`,
    );
  }
  console.log(`  stopped cleanly in ${seconds(stop.ms)}`);
  if (stop.ms > SLOW_STOP_MS) {
    const slow = stop.exits.filter((exit) => exit.ms > SLOW_STOP_MS / 2).map((exit) => `${exit.name} ${seconds(exit.ms)}`);
    console.log(`  slow stop; last to exit after SIGINT: ${slow.join(', ')}`);
    const said = output.sinceMark();
    if (said) console.log(`  its output after SIGINT:\n${said}`);
  }
  return { launch, phase, readyMs, launcherReadyS: output.launcherReadyS, memory, stopMs: stop.ms };
}

function printSummary(results: RunResult[], embedded: boolean): void {
  const find = (launch: Launch, phase: Phase) => results.find((r) => r.launch === launch && r.phase === phase);
  console.log('\nSummary');
  const line = (run: string, ready: string, own: string, rss: string, pss: string, count: string) =>
    console.log(`  ${run.padEnd(34)} ${ready.padStart(8)} ${own.padStart(10)} ${rss.padStart(9)} ${pss.padStart(9)} ${count.padStart(10)}`);
  line('run', 'ready', 'launcher', 'RSS MiB', 'PSS MiB', 'processes');
  for (const r of results) {
    line(
      `${LAUNCH_LABEL[r.launch]}, ${r.phase}`,
      seconds(r.readyMs),
      r.launcherReadyS === undefined ? 'n/a' : `${r.launcherReadyS.toFixed(1)} s`,
      mib(r.memory.rssKiB),
      mib(r.memory.pssKiB),
      String(r.memory.processes),
    );
  }
  console.log(
    '  (ready: from spawn to the first correct GraphQL answer; launcher: its own "ready in" figure, without npm and the build)',
  );
  if (!embedded) console.log('  (external database server: its processes are not counted in the memory figures)');

  const readyLine = (launch: Launch) => {
    const cold = find(launch, 'cold');
    const warm = find(launch, 'warm');
    return `cold ${cold ? seconds(cold.readyMs) : 'n/a'}, warm ${warm ? seconds(warm.readyMs) : 'n/a'}`;
  };
  const highest = results.reduce((a, b) => (b.memory.rssKiB > a.memory.rssKiB ? b : a));
  const rssMB = (highest.memory.rssKiB * 1024) / 1e6;
  const pssMB = (highest.memory.pssKiB * 1024) / 1e6;
  const warmNpm = find('npm', 'warm');
  console.log('');
  console.log(`ready (npm start → first answer): ${readyLine('npm')}`);
  console.log(`ready (node dist/scripts/start.js → first answer): ${readyLine('node')}`);
  console.log(
    `memory (all processes, RSS): ${Math.round(highest.memory.rssKiB / 1024)} MiB; ` +
      `PSS: ${Math.round(highest.memory.pssKiB / 1024)} MiB  (highest of the ${results.length} runs: ${LAUNCH_LABEL[highest.launch]}, ${highest.phase})`,
  );
  if (warmNpm) {
    const ok = warmNpm.readyMs <= AIM_READY_WARM_S * 1000;
    console.log(`aim: ready ≤ ${AIM_READY_WARM_S} s warm (npm start): ${seconds(warmNpm.readyMs)} ${ok ? 'OK' : 'OVER'}`);
  }
  const memoryOk = rssMB <= AIM_MEMORY_MB;
  console.log(
    `aim: all processes ≤ ${AIM_MEMORY_MB} MB (${Math.floor((AIM_MEMORY_MB * 1e6) / 1024 / 1024)} MiB): ` +
      `${rssMB.toFixed(0)} MB RSS ${memoryOk ? 'OK' : 'OVER'}` +
      (memoryOk ? '' : ` (PSS ${pssMB.toFixed(0)} MB ${pssMB <= AIM_MEMORY_MB ? 'would be OK' : 'OVER too'})`),
  );
}

async function main(): Promise<number> {
  const root = projectRoot();
  const embedded = loadLauncherConfig(process.env).embedded;
  let tempDir: string | undefined;
  const cleanUp = async () => {
    if (current) {
      await stopStack(current);
      current = undefined;
    }
    if (tempDir) {
      await rm(tempDir, { recursive: true, force: true });
      tempDir = undefined;
    }
  };
  let interrupted = false;
  process.on('SIGINT', () => {
    if (interrupted) return;
    interrupted = true;
    console.error('\ninterrupted: stopping the stack and removing the temporary data folder');
    void cleanUp().finally(() => process.exit(130));
  });

  console.log(`bench:start: time from launch to the first answer of the gateway, and memory of every process`);
  console.log(`  query: ${QUERY}`);
  if (embedded) {
    tempDir = await mkdtemp(path.join(os.tmpdir(), 'tne-bench-start-'));
    // The embedded server runs as the 'postgres' user, which must be able to enter the folder.
    await chmod(tempDir, 0o755);
    console.log(`  database: embedded PostgreSQL on a free port, in a throwaway data folder (${tempDir}), removed at the end`);
  } else {
    console.log(
      '  database: DATABASE_URL from the environment, passed through (no embedded server); "cold" and "warm" are the ' +
        'first and second start against that server, whose databases may already be migrated and seeded',
    );
  }

  const results: RunResult[] = [];
  try {
    for (const launch of ['npm', 'node'] as const) {
      const dataDir = tempDir ? path.join(tempDir, launch, 'postgres') : undefined;
      for (const phase of ['cold', 'warm'] as const) {
        results.push(await runScenario({ root, launch, phase, dataDir }));
      }
    }
  } catch (error) {
    if (interrupted) return 130;
    console.error(`\nbench:start FAILED: ${error instanceof Error ? error.message : String(error)}`);
    await cleanUp();
    return 1;
  }
  await cleanUp();
  printSummary(results, embedded);
  return 0;
}

process.exitCode = await main();
