/**
 * The gateways the benchmark compares, declared once: how each one starts and what the report calls
 * it. All run on the same committed supergraph, subgraph processes and data; each signs the
 * anonymous viewer for the subgraphs as ours does, so that all do the same work.
 */
export interface Contender {
  label: string;
  /** Compiled entry point (under dist/). */
  script: string;
  /** The variable its port is given in. */
  portVariable: string;
  /** The route that answers 200 once the gateway serves. */
  health: string;
  /** Its settings beyond the subgraphs' URLs. */
  env: Record<string, string>;
  /** It keeps answers (a response cache): measured apart, never against an uncached one. */
  cached: boolean;
}

const OURS = { script: 'gateway/main.js', portVariable: 'GATEWAY_PORT', health: '/health/ready' };
const HIVE = { script: 'scripts/bench/hive-gateway.js', portVariable: 'HIVE_GATEWAY_PORT', health: '/readiness' };
const APOLLO = { script: 'scripts/bench/apollo-gateway.js', portVariable: 'APOLLO_GATEWAY_PORT', health: '/health' };
/** Hive Gateway's best documented configuration: the Rust query planner and in-flight deduplication. */
const HIVE_BEST = { HIVE_ROUTER_RUNTIME: 'true', HIVE_INBOUND_DEDUPLICATION: 'true' };

export const CONTENDERS = {
  ours: { label: 'ours', ...OURS, env: { RESPONSE_CACHE: 'off' }, cached: false },
  hiveBest: { label: 'Hive, router+dedup', ...HIVE, env: HIVE_BEST, cached: false },
  hiveDedup: { label: 'Hive, dedup only', ...HIVE, env: { HIVE_INBOUND_DEDUPLICATION: 'true' }, cached: false },
  apollo: { label: 'Apollo Gateway', ...APOLLO, env: {}, cached: false },
  oursCached: { label: 'ours, cache on', ...OURS, env: { RESPONSE_CACHE: 'memory' }, cached: true },
  hiveCached: { label: 'Hive best, cache', ...HIVE, env: { ...HIVE_BEST, HIVE_RESPONSE_CACHE: 'true' }, cached: true },
} as const satisfies Record<string, Contender>;

export type GatewayName = keyof typeof CONTENDERS;
export const GATEWAY_NAMES = Object.keys(CONTENDERS) as GatewayName[];
