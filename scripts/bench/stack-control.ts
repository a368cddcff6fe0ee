/** Starts the real launcher in a process group of its own, and stops that whole group as Ctrl-C would. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sleep } from './common.js';
import { roleOf } from './memory-report.js';
import { isRunning, processGroup, processTree, type ProcessEntry } from './process-memory.js';

export const STOP_TIMEOUT_MS = 30_000;
const POLL_INTERVAL_MS = 100;

/**
 * The flags `npm start` gives the launcher (see package.json), so that the variant without npm
 * measures the same launcher as the one users run.
 */
const LAUNCHER_NODE_FLAGS = ['--max-semi-space-size=2'];

export type Launch = 'npm' | 'node';

export const LAUNCH_LABEL: Record<Launch, string> = { npm: 'npm start', node: 'node dist/scripts/start.js' };

export interface RunningStack {
  child: ChildProcess;
  pid: number;
}

export interface StopOutcome {
  ms: number;
  clean: boolean;
  /** Processes still running when the time ran out (then killed). */
  leftover: string[];
  /** How long after SIGINT each process went, slowest first. */
  exits: { name: string; ms: number }[];
}

/** The stack being measured, if any: what an interrupted or failed benchmark must still stop. */
let current: RunningStack | undefined;

/**
 * Spawns the launcher, detached so that it leads a process group: the stack can then be stopped
 * as a whole. Its output (stdout and stderr) goes to `onOutput`. Rejects with the spawn error.
 */
export async function startStack(launch: Launch, cwd: string, env: NodeJS.ProcessEnv, onOutput: (chunk: Buffer) => void): Promise<RunningStack> {
  const [command, args] = launch === 'npm' ? ['npm', ['start']] : [process.execPath, [...LAUNCHER_NODE_FLAGS, path.join('dist', 'scripts', 'start.js')]];
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));
  child.stdout.on('data', onOutput);
  child.stderr.on('data', onOutput);
  if (child.pid === undefined) throw await spawnError;
  current = { child, pid: child.pid };
  return current;
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // the group has already gone
  }
}

function killEach(entries: ProcessEntry[]): void {
  for (const entry of entries) {
    try {
      process.kill(entry.pid, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
  }
}

/** Notes when each watched process went, measured from `started`. */
class ExitWatch {
  private readonly exitedAt = new Map<number, number>();

  constructor(
    private readonly watched: Map<number, ProcessEntry>,
    private readonly started: number,
  ) {}

  alive(): ProcessEntry[] {
    const running = [...this.watched.values()].filter(isRunning);
    for (const entry of this.watched.values()) {
      if (!this.exitedAt.has(entry.pid) && !running.includes(entry)) {
        this.exitedAt.set(entry.pid, performance.now() - this.started);
      }
    }
    return running;
  }

  exits(): StopOutcome['exits'] {
    return [...this.exitedAt.entries()].map(([pid, ms]) => ({ name: `${roleOf(this.watched.get(pid)!)} (${pid})`, ms })).sort((a, b) => b.ms - a.ms);
  }
}

/**
 * Stops a stack as Ctrl-C in a terminal would: SIGINT to the whole process group of the launcher
 * (npm, its shell, the launcher, the subgraphs, the gateway and the postmaster), then waits until
 * every process seen under it has gone (PostgreSQL backends lead process groups of their own).
 * After `STOP_TIMEOUT_MS`, kills what is left and reports it.
 */
export async function stopStack(stack: RunningStack): Promise<StopOutcome> {
  const started = performance.now();
  const watched = new Map<number, ProcessEntry>();
  for (const entry of [...processTree(stack.pid), ...processGroup(stack.pid)]) watched.set(entry.pid, entry);
  signalGroup(stack.pid, 'SIGINT');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  const watch = new ExitWatch(watched, started);
  const launcherRuns = () => stack.child.exitCode === null && stack.child.signalCode === null;
  try {
    while (watch.alive().length > 0 || launcherRuns()) {
      if (Date.now() > deadline) {
        const leftover = watch.alive().map((entry) => `${entry.pid} ${roleOf(entry)}`);
        signalGroup(stack.pid, 'SIGKILL');
        killEach(watch.alive());
        await sleep(500);
        return { ms: performance.now() - started, clean: false, leftover, exits: watch.exits() };
      }
      await sleep(POLL_INTERVAL_MS);
    }
    return { ms: performance.now() - started, clean: true, leftover: [], exits: watch.exits() };
  } finally {
    if (current === stack) current = undefined;
  }
}

/** Stops the stack being measured, if any (on failure or Ctrl-C). */
export async function stopCurrentStack(): Promise<void> {
  if (current) await stopStack(current);
}
