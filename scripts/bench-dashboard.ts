/**
 * `npm run bench:dashboard`: the public dashboard under load. Starts the platform as `npm run bench`
 * does (its own databases, the national data set when `npm run seed:national` exists) with our
 * gateway only, enforcing trusted documents, then 20 viewers (connections) each replay, for 60 s,
 * the requests the page sends when it opens and when a visitor changes the view — by persisted
 * hash, no token, as the page does. Prints errors, latency percentiles, throughput and the memory
 * of every process before and after. `-- --connections N --duration S --warmup S` change the load.
 */
import { projectRoot } from '../platform/paths.js';
import { Children } from './bench/children.js';
import { BenchFailure } from './bench/common.js';
import { provideBenchDatabases, type BenchDatabases } from './bench/databases.js';
import { parseFlags } from './bench/flags.js';
import { runLoad, stopLoad } from './bench/load.js';
import { startLoadStack } from './bench/load-stack.js';
import { measureMemory, printMemory } from './bench/memory-report.js';
import { seedNational } from './bench/national.js';
import { dashboardVisit } from './bench/dashboard-visit.js';

const root = projectRoot();
const children = new Children(root);
let databases: BenchDatabases | undefined;

async function cleanUp(): Promise<void> {
  stopLoad();
  await children.stopAll();
  await databases?.handle.embedded?.stop();
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void cleanUp().finally(() => process.exit(130)));

async function main(): Promise<void> {
  const flags = parseFlags(
    `usage: npm run bench:dashboard [-- --connections N --duration S --warmup S]
The public dashboard's requests replayed by N viewers (20) for S seconds (60): errors, percentiles, memory.`,
    { durationS: 60, connections: 20, warmupS: 5 },
  );
  console.log(`bench:dashboard: ${flags.connections} viewers replaying the dashboard's requests for ${flags.durationS} s`);
  databases = await provideBenchDatabases(root);
  console.log(`  database: ${databases.description}`);
  const stack = await startLoadStack(root, children, databases.handle.env, { gatewayEnv: { TRUSTED_DOCUMENTS: 'enforce' } });
  const data = await seedNational(root, { ...databases.handle.env, PEDAGOGY_URL: stack.subgraphUrls.pedagogy });
  const bodies = await dashboardVisit(root, stack.gateways.ours!);
  console.log(`  data: ${data}; ${bodies.length} requests per visit, each checked once (no error, data present)`);
  if (flags.warmupS > 0) await runLoad(stack.gateways.ours!, bodies, { connections: flags.connections, durationS: flags.warmupS });
  console.log('\n  memory before the load (after warm-up):');
  printMemory(measureMemory(process.pid));
  const result = await runLoad(stack.gateways.ours!, bodies, { connections: flags.connections, durationS: flags.durationS });
  children.check();
  console.log('\n  memory after the load:');
  printMemory(measureMemory(process.pid));
  console.log(`\n  requests ${result.requests}, ${result.requestsPerS.toFixed(1)} req/s (${(result.requestsPerS / bodies.length).toFixed(1)} visits/s)`);
  console.log(`  latency p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms`);
  console.log(`  errors ${result.errors} (connections, timeouts), non-2xx ${result.non2xx}`);
}

try {
  await main();
  await cleanUp();
} catch (error) {
  console.error(`\nbench:dashboard FAILED: ${error instanceof BenchFailure || !(error instanceof Error) ? String(error) : (error.stack ?? error.message)}`);
  await cleanUp();
  process.exitCode = 1;
}
