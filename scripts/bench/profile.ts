/**
 * `npm run bench -- --profile`: where our gateway and the subgraphs spend the national comparison.
 * Starts them again under `--cpu-prof` (the data is loaded already), runs the load on our gateway
 * with its cache off, stops them (Node writes each profile at exit) and prints each one's summary.
 * Start-up is in the profiles too: a few hundred milliseconds against the measured seconds.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SUBGRAPH_NAMES } from '../../platform/config.js';
import { Children } from './children.js';
import { checkAnswers, comparisonScenarios } from './comparison.js';
import { printProfile, summariseProfile } from './cpu-profile.js';
import type { BenchFlags } from './flags.js';
import { runLoad } from './load.js';
import { startLoadStack } from './load-stack.js';

export async function profileNational(root: string, env: Record<string, string>, flags: BenchFlags, track: (children: Children) => void): Promise<void> {
  const children = new Children(root);
  track(children);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tne-cpu-profile-'));
  try {
    const stack = await startLoadStack(root, children, env, {
      gateways: ['ours'],
      nodeFlags: (name) => ['--cpu-prof', `--cpu-prof-dir=${path.join(dir, name)}`],
    });
    const national = (await comparisonScenarios(root)).find((scenario) => scenario.departments > 2)!;
    await checkAnswers(national, stack.gateways);
    const url = stack.gateways.ours!;
    if (flags.warmupS > 0) await runLoad(url, national.body, { connections: flags.connections, durationS: flags.warmupS });
    const result = await runLoad(url, national.body, { connections: flags.connections, durationS: flags.durationS });
    children.check();
    await children.stopAll();
    console.log(
      `\nCPU profiles, ${national.name}, ${flags.connections} connections for ${flags.durationS} s: ${result.requests} answers, p95 ${result.p95.toFixed(1)} ms`,
    );
    for (const name of ['ours', ...SUBGRAPH_NAMES]) {
      const [file] = await readdir(path.join(dir, name));
      if (file) printProfile(name === 'ours' ? 'gateway' : name, await summariseProfile(path.join(dir, name, file)));
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
