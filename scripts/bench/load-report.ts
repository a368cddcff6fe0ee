/** Prints the load benchmark's figures: the machine, each scenario × gateway, the ratios and the SQL floor. */
import os from 'node:os';
import { SUBGRAPH_NAMES } from '../../platform/config.js';
import type { BenchFlags } from './flags.js';
import type { LoadResult } from './load.js';
import { GATEWAY_LABEL, type GatewayName } from './load-stack.js';
import type { SqlFloor } from './sql-floor.js';

export interface ScenarioFigures {
  name: string;
  load: Record<GatewayName, LoadResult>;
  floor: SqlFloor;
}

/** Aims of the national comparison through our gateway. */
const AIM_P95_MS = 50;
const AIM_P95_OVER_FLOOR = 3;
const AIM_RPS_OVER_HIVE = 1.5;

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : 'n/a');

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
  // Both gateways can share one execution among identical requests in flight; say which do.
  const ours = process.env.DEDUPLICATE_QUERIES === 'false' || process.env.DEDUPLICATE_QUERIES === '0' ? 'off' : 'on';
  const hive = process.env.HIVE_INBOUND_DEDUPLICATION === 'true' ? 'on' : 'off, as shipped; HIVE_INBOUND_DEDUPLICATION=true turns it on';
  console.log(`  in-flight deduplication of identical requests: ours ${ours} (DEDUPLICATE_QUERIES), Hive ${hive}`);
}

function printLoadTable(figures: ScenarioFigures[]): void {
  const row = (...cells: string[]) => {
    const [scenario = '', gateway = '', ...rest] = cells;
    console.log(`  ${scenario.padEnd(38)} ${gateway.padEnd(14)} ${rest.map((c) => c.padStart(9)).join(' ')}`);
  };
  console.log('\nload (latency in ms)');
  row('scenario', 'gateway', 'p50', 'p95', 'p99', 'req/s', 'requests', 'errors', 'non-2xx');
  for (const { name, load } of figures) {
    for (const gateway of ['ours', 'hive'] as const) {
      const r = load[gateway];
      row(name, GATEWAY_LABEL[gateway], ms(r.p50), ms(r.p95), ms(r.p99), r.requestsPerS.toFixed(1), String(r.requests), String(r.errors), String(r.non2xx));
    }
    const { ours, hive } = load;
    console.log(`  ${''.padEnd(38)} ours/Hive: req/s ×${(ours.requestsPerS / hive.requestsPerS).toFixed(2)}, p95 ×${(ours.p95 / hive.p95).toFixed(2)}`);
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
  const national = figures.find((f) => f.name.startsWith('national'));
  if (!national) return;
  const { ours, hive } = national.load;
  const verdict = (ok: boolean) => (ok ? 'OK' : 'MISSED');
  const overFloor = ours.p95 / national.floor.totalMs;
  const overHive = ours.requestsPerS / hive.requestsPerS;
  console.log('\naims (national comparison, our gateway)');
  console.log(`  p95 ≤ ${AIM_P95_MS} ms: ${ms(ours.p95)} ms ${verdict(ours.p95 <= AIM_P95_MS)}`);
  console.log(
    `  p95 ≤ ${AIM_P95_OVER_FLOOR}× SQL floor (${ms(national.floor.totalMs)} ms): ×${overFloor.toFixed(2)} ${verdict(overFloor <= AIM_P95_OVER_FLOOR)}`,
  );
  console.log(`  req/s ≥ ${AIM_RPS_OVER_HIVE}× Hive Gateway's: ×${overHive.toFixed(2)} ${verdict(overHive >= AIM_RPS_OVER_HIVE)}`);
}

export function printFigures(figures: ScenarioFigures[]): void {
  printLoadTable(figures);
  printFloor(figures);
  printAims(figures);
}
