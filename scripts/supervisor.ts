import type { ChildProcess } from 'node:child_process';

/** A process the supervisor keeps: how to start it (again). */
type Spawn = () => ChildProcess;

interface Kept {
  spawn: Spawn;
  child: ChildProcess;
  startedAt: number;
  /** Restarts in a row without staying up long: the backoff grows with them. */
  failures: number;
}

const FIRST_DELAY_MS = 500;
const MAX_DELAY_MS = 10_000;
/** A process up this long is healthy again: its next crash restarts it at once. */
const STABLE_MS = 30_000;
const STOP_GRACE_MS = 15_000;

const alive = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

/**
 * Keeps the platform's processes running on one machine (the launcher's, `npm start`): a process
 * that exits on its own is started again after a delay that doubles with each quick failure (0.5 s
 * to 10 s), while the others keep serving. Until `keepRunning()` (the platform is up), an exit is
 * a failed start instead: `onFailedStart` decides. Stopping goes in groups, each drained before
 * the next gets its signal (the gateway finishes its requests while the subgraphs still answer).
 *
 * Why not a supervisor package (pm2…): those run a daemon with its own state and logs, which a
 * developer's `npm start` does not need; this is the few lines the launcher needs, tested with it.
 */
export class Supervisor {
  private readonly kept = new Map<string, Kept>();
  private running = false;
  private stopping = false;

  constructor(
    private readonly log: (name: string, line: string) => void,
    private readonly onFailedStart: (name: string) => void,
  ) {}

  /** Starts a process and watches it. */
  add(name: string, spawn: Spawn): ChildProcess {
    const kept: Kept = { spawn, child: spawn(), startedAt: Date.now(), failures: 0 };
    this.kept.set(name, kept);
    this.watch(name, kept);
    return kept.child;
  }

  /** From now on, a process that exits is restarted. */
  keepRunning(): void {
    this.running = true;
  }

  /** The current process id of each kept process. */
  pids(): Record<string, number | undefined> {
    return Object.fromEntries([...this.kept].map(([name, kept]) => [name, kept.child.pid]));
  }

  private watch(name: string, kept: Kept): void {
    kept.child.once('exit', (code, signal) => {
      if (this.stopping) return;
      if (!this.running) {
        this.log(name, `exited (${signal ?? code}) before the platform was up`);
        this.onFailedStart(name);
        return;
      }
      kept.failures = Date.now() - kept.startedAt >= STABLE_MS ? 0 : kept.failures + 1;
      const delay = kept.failures === 0 ? 0 : Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (kept.failures - 1));
      this.log(name, `exited (${signal ?? code}); starting it again${delay ? ` in ${delay} ms` : ''}`);
      setTimeout(() => {
        if (this.stopping) return;
        kept.child = kept.spawn();
        kept.startedAt = Date.now();
        this.watch(name, kept);
      }, delay);
    });
  }

  /** Stops the processes group by group: each group gets SIGTERM and is awaited (SIGKILL after a grace) before the next. */
  async stop(groups: ReadonlyArray<readonly string[]>): Promise<void> {
    this.stopping = true;
    const named = new Set(groups.flat());
    const rest = [...this.kept.keys()].filter((name) => !named.has(name));
    for (const group of [...groups, rest]) {
      await Promise.all(group.map((name) => this.kept.get(name)).flatMap((kept) => (kept && alive(kept.child) ? [terminate(kept.child)] : [])));
    }
  }
}

function terminate(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
