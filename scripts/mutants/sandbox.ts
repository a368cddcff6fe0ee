import { execFileSync, spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Edit } from './declared.js';

/**
 * A copy of the checkout's sources (tracked and new files, not ignored ones) in a temporary folder,
 * sharing node_modules and dist by links: mutants are applied there, so the developer's files are
 * never touched, even when the run is interrupted.
 */
export class Sandbox {
  private constructor(
    readonly root: string,
    private readonly source: string,
  ) {}

  static async create(source: string): Promise<Sandbox> {
    const root = await mkdtemp(path.join(os.tmpdir(), 'tne-mutants-'));
    const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: source, encoding: 'utf8', maxBuffer: 64 << 20 })
      .split('\0')
      .filter(Boolean);
    for (const file of files) {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await copyFile(path.join(source, file), path.join(root, file)).catch(() => undefined); // deleted but not staged
    }
    for (const shared of ['node_modules', 'dist']) await symlink(path.join(source, shared), path.join(root, shared));
    return new Sandbox(root, source);
  }

  /** Applies the edits, runs `action`, then puts the files back as they were. */
  async with<T>(edits: readonly Edit[], action: () => Promise<T>): Promise<T> {
    const originals = new Map<string, string>();
    try {
      for (const { file, find, replace } of edits) {
        const text = originals.get(file) ?? (await readFile(path.join(this.source, file), 'utf8'));
        originals.set(file, text);
        const current = await readFile(path.join(this.root, file), 'utf8');
        await writeFile(
          path.join(this.root, file),
          current.replace(find, () => replace),
        );
      }
      return await action();
    } finally {
      for (const [file, text] of originals) await writeFile(path.join(this.root, file), text);
    }
  }

  /** Runs jest on these files (and test names) in the sandbox; resolves to its exit code and its output. */
  jest(tests: readonly string[], name: string | undefined, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<{ code: number | 'timeout'; output: string }> {
    const args = ['--experimental-vm-modules', '--disable-warning=ExperimentalWarning', 'node_modules/jest/bin/jest.js', '--ci', '--silent', ...tests];
    if (name) args.push('-t', name);
    return new Promise((resolve) => {
      const child = spawn(process.execPath, args, { cwd: this.root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
      child.stdout.on('data', keep);
      child.stderr.on('data', keep);
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        resolve({ code: 'timeout', output });
      }, timeoutMs);
      child.on('exit', (code) => {
        clearTimeout(timer);
        resolve({ code: code ?? 1, output });
      });
    });
  }

  remove(): Promise<void> {
    return rm(this.root, { recursive: true, force: true });
  }
}

/** The declaration's text must be found exactly once, or the declaration is out of date. */
export async function checkEdit(source: string, { file, find }: Edit): Promise<string | null> {
  const text = await readFile(path.join(source, file), 'utf8');
  const count = text.split(find).length - 1;
  return count === 1 ? null : `${file}: "${find}" found ${count} times (expected once)`;
}
