/** Prints the load benchmark's figures: the machine, each scenario × gateway, the ratios, the aims and the SQL floor. */
import os from 'node:os';
import { SUBGRAPH_NAMES } from '../../platform/config.js';
import { CONTENDERS, GATEWAY_NAMES, type GatewayName } from './contenders.js';
import type { BenchFlags } from './flags.js';
import type { LoadResult } from './load.js';
import type { SqlFloor } from './sql-floor.js';

export interface ScenarioFigures {
  name: string;
  load: Partial<Record<GatewayName, LoadResult>>;
  floor: SqlFloor;
}

/** What ours is compared with: uncached with uncached, cached with cached (the peer first). */
const COMPARISONS: ReadonlyArray<[GatewayName, GatewayName]> = [
  ['ours', 'hiveBest'],
  ['ours', 'hiveDedup'],
  ['ours', 'apollo'],
  ['oursCached', 'hiveCached'],
];

/** Aims of issue 17: cache off, ahead of Hive's best and ≥ 1.5× Hive with deduplication only; national p95. */
const AIMS = { overHiveBest: 1, overHiveDedup: 1.5, nationalP95Ms: 100, nationalCachedP95Ms: 20 };

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : 'n/a');
/** A ratio, or n/a when a side answered nothing in the time measured. */
const times = (a: number, b: number) => (a > 0 && b > 0 && Number.isFinite(a / b) ? `×${(a / b).toFixed(2)}` : 'n/a');
const verdict = (ok: boolean) => (ok ? 'OK' : 'MISSED');

export function printMachine(postgres: string, data: string, database: string, flags: BenchFlags): void {
  const cpus = os.cpus();
  console.log('machine');
  console.log(`  CPU: ${cpus[0]?.model ?? 'unknown'}, ${os.availableParallelism()} cores`);
  console.log(`  memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB; Node ${process.version}; PostgreSQL ${postgres}`);
  console.log(`  database: ${database}; data: ${data}`);
  console.log(
    `  load: autocannon on loopback, ${flags.connections} connections (closed loop), ${flags.warmupS} s warm-up then ` +
      `${flags.durationS} s measured per scenario and gateway; load generator, gateways, subgraphs and PostgreSQL share the machine`,
  );
  console.log('  gateways:');
  for (const name of GATEWAY_NAMES) {
    const { label, env } = CONTENDERS[name];
    console.log(
      `    ${label.padEnd(20)} ${
        Object.entries(env)
          .map(([k, v]) => `${k}=${v}`)
          .join(' ') || 'as shipped'
      }`,
    );
  }
}

function printLoadTable(figures: ScenarioFigures[]): void {
  const row = (...cells: string[]) => {
    const [scenario = '', gateway = '', ...rest] = cells;
    console.log(`  ${scenario.padEnd(34)} ${gateway.padEnd(20)} ${rest.map((c) => c.padStart(8)).join(' ')}`);
  };
  console.log('\nload (latency in ms)');
  row('scenario', 'gateway', 'p50', 'p95', 'p99', 'req/s', 'requests', 'errors', 'non-2xx');
  for (const { name, load } of figures) {
    for (const gateway of GATEWAY_NAMES) {
      const r = load[gateway];
      if (r)
        row(
          name,
          CONTENDERS[gateway].label,
          ms(r.p50),
          ms(r.p95),
          ms(r.p99),
          r.requestsPerS.toFixed(1),
          String(r.requests),
          String(r.errors),
          String(r.non2xx),
        );
    }
    for (const [a, b] of COMPARISONS) {
      const [x, y] = [load[a], load[b]];
      if (!x || !y) continue;
      const ratio = `${CONTENDERS[a].label} / ${CONTENDERS[b].label}`;
      console.log(`  ${''.padEnd(34)} ${ratio.padEnd(40)} req/s ${times(x.requestsPerS, y.requestsPerS)}, p95 ${times(x.p95, y.p95)}`);
    }
  }
}

function printFloor(figures: ScenarioFigures[]): void {
  const samples = figures[0]?.floor.samples ?? 0;
  console.log(`\nSQL floor per comparison request (our gateway's Server-Timing, median of ${samples} sequential requests)`);
  for (const { name, floor } of figures) {
    const parts = SUBGRAPH_NAMES.map((sub) => `${sub} ${floor.bySubgraph[sub].statements} statements ${ms(floor.bySubgraph[sub].ms)} ms`);
    console.log(`  ${name}: ${parts.join(', ')}; sum ${ms(floor.totalMs)} ms; sequential latency ${ms(floor.latencyMs)} ms`);
  }
}

function printAims(figures: ScenarioFigures[]): void {
  console.log('\naims (cache off unless said)');
  for (const { name, load } of figures) {
    const { ours, hiveBest, hiveDedup } = load;
    if (ours && hiveBest) {
      const ratio = ours.requestsPerS / hiveBest.requestsPerS;
      console.log(`  ${name}: req/s ≥ Hive's best: ×${ratio.toFixed(2)} ${verdict(ratio >= AIMS.overHiveBest)}`);
    }
    if (ours && hiveDedup) {
      const ratio = ours.requestsPerS / hiveDedup.requestsPerS;
      console.log(`  ${name}: req/s ≥ ${AIMS.overHiveDedup}× Hive with deduplication only: ×${ratio.toFixed(2)} ${verdict(ratio >= AIMS.overHiveDedup)}`);
    }
  }
  const national = figures.find((f) => f.name.startsWith('national'))?.load;
  if (national?.ours) console.log(`  national p95 ≤ ${AIMS.nationalP95Ms} ms: ${ms(national.ours.p95)} ms ${verdict(national.ours.p95 <= AIMS.nationalP95Ms)}`);
  if (national?.oursCached) {
    const p95 = national.oursCached.p95;
    console.log(`  national p95 with the cache ≤ ${AIMS.nationalCachedP95Ms} ms: ${ms(p95)} ms ${verdict(p95 <= AIMS.nationalCachedP95Ms)}`);
  }
}

export function printFigures(figures: ScenarioFigures[]): void {
  printLoadTable(figures);
  printFloor(figures);
  printAims(figures);
}
