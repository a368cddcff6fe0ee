/**
 * The SQL floor of a request: what the subgraphs' statements cost, read from our gateway's
 * Server-Timing header (`pedagogy-sql;dur=…;desc="… statements"`, gathered from the subgraphs'
 * own headers), over sequential requests so that nothing queues.
 */
import { performance } from 'node:perf_hooks';
import { parseServerTiming } from '../../gateway/server-timing.js';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../platform/config.js';
import { BenchFailure } from './common.js';
import { median } from './load.js';

export interface SqlFloor {
  /** Median over the samples, per subgraph. */
  bySubgraph: Record<SubgraphName, { statements: number; ms: number }>;
  /** Median of the per-request sum over the subgraphs (they partly run in parallel: an upper bound of the critical path). */
  totalMs: number;
  /** Median latency of the same sequential requests, end to end through the gateway. */
  latencyMs: number;
  samples: number;
}

export async function measureSqlFloor(url: string, body: string, samples: number): Promise<SqlFloor> {
  const per = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, { statements: [] as number[], ms: [] as number[] }]));
  const totals: number[] = [];
  const latencies: number[] = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    await res.arrayBuffer();
    latencies.push(performance.now() - started);
    const metrics = parseServerTiming(res.headers.get('server-timing'));
    let total = 0;
    for (const name of SUBGRAPH_NAMES) {
      const metric = metrics.find((m) => m.name === `${name}-sql`);
      if (!metric) throw new BenchFailure(`our gateway's answer has no ${name}-sql Server-Timing metric (header: ${res.headers.get('server-timing')})`);
      per[name]!.statements.push(metric.statements);
      per[name]!.ms.push(metric.ms);
      total += metric.ms;
    }
    totals.push(total);
  }
  const bySubgraph = Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [name, { statements: median(per[name]!.statements), ms: median(per[name]!.ms) }]),
  ) as SqlFloor['bySubgraph'];
  return { bySubgraph, totalMs: median(totals), latencyMs: median(latencies), samples };
}
