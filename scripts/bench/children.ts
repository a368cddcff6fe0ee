/** The processes the load benchmark starts, and their stop: on success, failure or Ctrl-C alike. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { BenchFailure } from './common.js';
import { OutputTail } from './output-tail.js';

interface Child {
  name: string;
  process: ChildProcess;
  output: OutputTail;
}

const STOP_TIMEOUT_MS = 10_000;

export class Children {
  private readonly children: Child[] = [];
  private stopping = false;
  /** Set when a child exits on its own: the run is then void. */
  failure: string | undefined;

  constructor(private readonly root: string) {}

  /**
   * Runs `node <script>` (a compiled file under dist/) with this Node. Its stdin is a pipe that
   * closes when the benchmark dies, even by kill -9, and our processes exit then
   * (TNE_EXIT_WITH_PARENT); its output is kept for the failure message.
   */
  start(name: string, script: string, env: NodeJS.ProcessEnv, nodeFlags: string[] = []): ChildProcess {
    const child = spawn(process.execPath, [...nodeFlags, path.join(this.root, 'dist', script)], {
      cwd: this.root,
      env: { ...process.env, ...env, TNE_EXIT_WITH_PARENT: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const output = new OutputTail();
    child.stdout!.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr!.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('exit', (code, signal) => {
      // Stopping, or stopped on purpose (taken off the list first).
      if (this.stopping || !this.children.some((kept) => kept.process === child)) return;
      this.failure ??= `${name} exited (${signal ?? `code ${code}`}) during the benchmark:\n${output.tail()}`;
    });
    this.children.push({ name, process: child, output });
    return child;
  }

  /** Throws when a child has died: figures measured without it would be meaningless. */
  check(): void {
    if (this.failure) throw new BenchFailure(this.failure);
  }

  /** What a child wrote last (for a failure message). */
  tail(name: string): string {
    return this.children.find((child) => child.name === name)?.output.tail() ?? '';
  }

  /** Stops one child (SIGTERM, then SIGKILL after 10 s); its exit is expected, not a failure. */
  async stop(name: string): Promise<void> {
    const index = this.children.findIndex((child) => child.name === name);
    if (index < 0) return;
    const [child] = this.children.splice(index, 1);
    await stopProcess(child!.process);
  }

  /** SIGTERM to every child still running (the gateways first), SIGKILL to those still there after 10 s. */
  async stopAll(): Promise<void> {
    this.stopping = true;
    const exits = [...this.children].reverse().map(({ process: child }) => stopProcess(child));
    await Promise.all(exits);
  }
}

/** SIGTERM, then SIGKILL if the process is still there after 10 s; resolves once it has exited. */
function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
