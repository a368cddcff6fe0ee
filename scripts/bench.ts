/**
 * `npm run bench`: the comparison dashboard's operation under load, through our gateway and its
 * peers (scripts/bench/contenders.ts: Hive Gateway in its best configuration and with deduplication
 * only, stock Apollo Gateway; ours and Hive's best with their response caches, apart), on the same
 * supergraph, subgraph processes and data.
 *
 * Provides the databases as `npm start` does but under its own names (`tne_bench_*`; the embedded
 * server on its own data folder), loads the national data set when `npm run seed:national` exists,
 * starts the three subgraphs and both gateways on free loopback ports, checks that both gateways
 * give the same correct answer, then runs a bounded closed-loop load per scenario and gateway and
 * prints latency percentiles, throughput, errors, the ours/Hive ratios and the SQL floor. Every
 * process it started stops at the end, on failure and on Ctrl-C. The pieces live in `scripts/bench/`.
 */
import { projectRoot } from '../platform/paths.js';
import { Children } from './bench/children.js';
import { BenchFailure, sleep } from './bench/common.js';
import { checkAnswers, comparisonScenarios, type Scenario } from './bench/comparison.js';
import { postgresVersion, provideBenchDatabases, type BenchDatabases } from './bench/databases.js';
import { parseFlags, type BenchFlags } from './bench/flags.js';
import { usageError } from './cli.js';
import { runLoad, stopLoad, type LoadResult } from './bench/load.js';
import { printFigures, printMachine, type ScenarioFigures } from './bench/load-report.js';
import { CONTENDERS, GATEWAY_NAMES, type GatewayName } from './bench/contenders.js';
import { startLoadStack, type LoadStack } from './bench/load-stack.js';
import { seedNational } from './bench/national.js';
import { profileNational } from './bench/profile.js';
import { printScaling, scalingRun } from './bench/scaling.js';
import { measureSqlFloor } from './bench/sql-floor.js';

const root = projectRoot();
const children = new Children(root);
/** The profile run's processes, started after the first ones stop. */
const later: Children[] = [];
let databases: BenchDatabases | undefined;

let cleaning: Promise<void> | undefined;
/** Stops the load, every process started, then the embedded server: once, whatever ended the run. */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    stopLoad();
    await Promise.all([children, ...later].map((group) => group.stopAll()));
    await databases?.handle.embedded?.stop();
  })();
  return cleaning;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping every process the benchmark started`);
    void cleanUp().finally(() => process.exit(130));
  });
}

async function measure(stack: LoadStack, gateway: GatewayName, scenario: Scenario, flags: BenchFlags): Promise<LoadResult> {
  const { body } = scenario;
  const url = stack.gateways[gateway]!;
  if (flags.warmupS > 0) await runLoad(url, body, { connections: flags.connections, durationS: flags.warmupS });
  children.check();
  const result = await runLoad(url, body, { connections: flags.connections, durationS: flags.durationS });
  children.check();
  // Requests cut off at the end are still running in the subgraphs: let them drain before the
  // next gateway is measured (a sequential request answers once the queues have gone).
  await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then((res) => res.arrayBuffer());
  await sleep(500);
  console.log(`    ${scenario.name.padEnd(38)} ${result.requestsPerS.toFixed(1)} req/s, p95 ${result.p95.toFixed(1)} ms`);
  return result;
}

async function main(): Promise<void> {
  const flags = parseFlags(`usage: npm run bench [-- --duration S --connections N --warmup S --samples N --only G,G --profile]
The comparison operation under load through our gateway, Hive Gateway (best configuration, deduplication
only), stock Apollo Gateway, and ours and Hive's with their response caches, for 2 and 101 departments;
then ours in front of 1 and 2 processes per subgraph.
--only: the gateways to measure (ours is always started: it checks the answers and gives the SQL floor).
--profile: instead, CPU profiles of our gateway and the subgraphs on the national comparison.`);
  console.log('bench: the comparison operation under load, our gateway vs its peers');
  const unknown = flags.only?.filter((name) => !(GATEWAY_NAMES as string[]).includes(name)) ?? [];
  if (unknown.length) usageError(`--only takes gateways among ${GATEWAY_NAMES.join(', ')} (got ${unknown.join(', ')})`);
  const measured = flags.only ? GATEWAY_NAMES.filter((name) => flags.only!.includes(name)) : GATEWAY_NAMES;
  databases = await provideBenchDatabases(root);
  console.log(`  database: ${databases.description}`);
  const stack = await startLoadStack(root, children, databases.handle.env);
  const data = await seedNational(root, { ...databases.handle.env, PEDAGOGY_URL: stack.subgraphUrls.pedagogy });
  if (flags.profile) {
    await children.stopAll();
    return profileNational(root, databases.handle.env, flags, (group) => later.push(group));
  }
  const scenarios = await comparisonScenarios(root);
  const figures: ScenarioFigures[] = [];
  for (const scenario of scenarios) {
    await checkAnswers(scenario, stack.gateways);
    figures.push({ name: scenario.name, load: {}, floor: await measureSqlFloor(stack.gateways.ours!, scenario.body, flags.samples) });
  }
  // Each peer is measured alone beside ours (which checks the answers): an idle gateway still costs
  // the two cores something (timers, collections), and all would pay for all.
  for (const gateway of measured) {
    console.log(`\n▶ ${CONTENDERS[gateway].label}`);
    if (gateway !== 'ours') await stack.startGateway(gateway);
    for (const [i, scenario] of scenarios.entries()) {
      await checkAnswers(scenario, stack.gateways);
      figures[i]!.load[gateway] = await measure(stack, gateway, scenario, flags);
      // The answers after the load must still be right (no error that only shows under load).
      await checkAnswers(scenario, stack.gateways);
    }
    if (gateway !== 'ours') await stack.stopGateway(gateway);
  }
  // The comparison's processes stop first: the scaling run has the machine to itself.
  await children.stopAll();
  console.log('\n▶ scaling: 1 vs 2 processes per subgraph behind our gateway');
  const scaling = await scalingRun(root, databases.handle.env, scenarios, flags, (group) => later.push(group));
  console.log('');
  printMachine(await postgresVersion(databases.handle.env.DATABASE_URL), data, databases.description, flags);
  printFigures(figures);
  printScaling(scaling);
}

try {
  await main();
  await cleanUp();
} catch (error) {
  const message =
    error instanceof BenchFailure || !(error instanceof Error) ? String(error instanceof Error ? error.message : error) : (error.stack ?? error.message);
  console.error(`\nbench FAILED: ${message}`);
  await cleanUp();
  process.exitCode = 1;
}
