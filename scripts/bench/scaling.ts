/**
 * The scaling run of `npm run bench`: our gateway (cache off) in front of one, then two processes of
 * each subgraph, each subgraph's processes behind a connection balancer as behind a Kubernetes
 * Service (balancer.ts; one process goes through it too, so both runs pay the same hop).
 */
import { Children } from './children.js';
import type { Scenario } from './comparison.js';
import type { BenchFlags } from './flags.js';
import { type LoadResult, runLoad } from './load.js';
import { startLoadStack } from './load-stack.js';

export const REPLICA_COUNTS = [1, 2] as const;

export interface ScalingFigures {
  scenario: string;
  byReplicas: Record<number, LoadResult>;
}

export async function scalingRun(
  root: string,
  env: Record<string, string>,
  scenarios: Scenario[],
  flags: BenchFlags,
  track: (children: Children) => void,
): Promise<ScalingFigures[]> {
  const figures: ScalingFigures[] = scenarios.map((scenario) => ({ scenario: scenario.name, byReplicas: {} }));
  for (const replicas of REPLICA_COUNTS) {
    const children = new Children(root);
    track(children);
    const stack = await startLoadStack(root, children, env, { gateways: ['ours'], replicas });
    try {
      for (const [i, scenario] of scenarios.entries()) {
        const options = { connections: flags.connections, durationS: flags.durationS };
        if (flags.warmupS > 0) await runLoad(stack.gateways.ours!, scenario.body, { ...options, durationS: flags.warmupS });
        const result = await runLoad(stack.gateways.ours!, scenario.body, options);
        children.check();
        figures[i]!.byReplicas[replicas] = result;
        console.log(`    ${scenario.name}, ${replicas} per subgraph: ${result.requestsPerS.toFixed(1)} req/s, p95 ${result.p95.toFixed(1)} ms`);
      }
    } finally {
      await children.stopAll();
      await stack.close();
    }
  }
  return figures;
}

export function printScaling(figures: ScalingFigures[]): void {
  console.log('\nscaling (ours, cache off; processes per subgraph behind a connection balancer)');
  for (const { scenario, byReplicas } of figures) {
    const [one, two] = REPLICA_COUNTS.map((n) => byReplicas[n]);
    if (!one || !two) continue;
    const cells = REPLICA_COUNTS.map((n) => `${n}: ${byReplicas[n]!.requestsPerS.toFixed(1)} req/s, p95 ${byReplicas[n]!.p95.toFixed(1)} ms`);
    console.log(`  ${scenario.padEnd(38)} ${cells.join('; ')}; 2/1 req/s ×${(two.requestsPerS / one.requestsPerS).toFixed(2)}`);
  }
}
