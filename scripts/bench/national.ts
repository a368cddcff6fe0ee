/** The national data set (`npm run seed:national`), loaded into the benchmark's databases when it exists. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { BenchFailure, seconds } from './common.js';
import { OutputTail } from './output-tail.js';

/**
 * Runs `dist/scripts/seed-national.js` once on the benchmark's databases (it is idempotent: a run
 * on an already national data set adds nothing). Returns what the figures measure.
 */
export async function seedNational(root: string, env: Record<string, string>): Promise<string> {
  const script = path.join(root, 'dist', 'scripts', 'seed-national.js');
  if (!existsSync(script)) {
    console.log('  national data set not available, measuring the demonstration data');
    return 'demonstration data (national data set not available)';
  }
  console.log('  loading the national data set (npm run seed:national, idempotent) …');
  const started = performance.now();
  const output = new OutputTail();
  const child = spawn(process.execPath, [script], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
  const code = await new Promise<number | string>((resolve) => {
    child.once('error', (error) => resolve(error.message));
    child.once('exit', (exitCode, signal) => resolve(signal ?? exitCode ?? 0));
  });
  if (code !== 0) throw new BenchFailure(`seed:national failed (${code}):\n${output.tail()}`);
  console.log(`  national data set ready (${seconds(performance.now() - started)})`);
  return 'national data set';
}
