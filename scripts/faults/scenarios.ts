/** The faults `npm run test:faults` inflicts on a running platform, each under load, each measured. */
import pg from 'pg';
import { embeddedServerUrl } from '../postgres/embedded.js';
import { failures, runLoad, type LoadResult, percentile, recoveredAfter, tally } from './load.js';
import { memoryOf, pidsOf, type Platform, post, tokenFor } from './platform.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A read that needs all three subgraphs. */
const READ = { query: '{ departments(codes: ["18", "29"]) { name pupils finance { grants { value } } parentality { workshopsHeld { value } } } }' };

export type Report = Record<string, string | number | boolean | undefined>;

/** Reads at load; `fault` strikes after `at` ms; the load runs `seconds` in all. */
async function underLoad(platform: Platform, seconds: number, at: number, fault: () => Promise<void>): Promise<{ load: LoadResult; struck: number }> {
  let struck = 0;
  const stop = (async () => {
    await sleep(at);
    struck = Date.now();
    await fault();
    await sleep(seconds * 1000 - at);
  })();
  const load = await runLoad(8, () => post(platform.gateway, READ), stop);
  return { load, struck };
}

const summary = (load: LoadResult, struck: number): Report => {
  const counts = tally(load.samples);
  return {
    requests: load.samples.length,
    ...counts,
    'failed, why': failures(load.samples),
    'recovered after (ms)': recoveredAfter(load.samples, struck + 200),
    p95_ms: percentile(load.samples, 95),
  };
};

/** kill -9 of finance while reads run: partial answers meanwhile, finance back by the launcher, the gateway untouched. */
export async function killSubgraph(platform: Platform): Promise<Report> {
  const before = pidsOf(platform);
  const { load, struck } = await underLoad(platform, 15, 3_000, async () => void process.kill(before.finance!, 'SIGKILL'));
  const after = pidsOf(platform);
  return { ...summary(load, struck), 'gateway restarted': after.gateway !== before.gateway, 'finance restarted': after.finance !== before.finance };
}

/** Every database connection terminated while reads run: the pools reconnect. */
export async function terminateConnections(platform: Platform): Promise<Report> {
  let terminated = 0;
  const { load, struck } = await underLoad(platform, 10, 3_000, async () => {
    const client = new pg.Client({ connectionString: embeddedServerUrl(platform.databasePort) });
    await client.connect();
    const result = await client.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname like 'tne_%' and pid <> pg_backend_pid()`);
    terminated = result.rowCount ?? 0;
    await client.end();
  });
  return { 'connections terminated': terminated, ...summary(load, struck) };
}

/** SIGTERM while staff create projects: every request that got in is answered; the database then holds exactly those. */
export async function terminateUnderWrites(platform: Platform): Promise<{ report: Report; created: number; marker: string }> {
  const token = await tokenFor('ADMIN');
  const calls = (await (
    await post(
      platform.gateway,
      { query: '{ calls(filter: { departmentCodes: ["18"] }) { id } schools(filter: { departmentCodes: ["18"] }, first: 1) { nodes { uai } } }' },
      token,
    )
  ).json()) as {
    data: { calls: Array<{ id: string }>; schools: { nodes: Array<{ uai: string }> } };
  };
  const marker = `faults-${Date.now()}`;
  const input = (n: number) => ({ callId: calls.data.calls[0]!.id, leadSchoolUai: calls.data.schools.nodes[0]!.uai, title: `${marker}-${n}` });
  const mutation = 'mutation($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }';
  const stop = (async () => {
    await sleep(2_000);
    process.kill(platform.stack.pid, 'SIGTERM');
    await new Promise((resolve) => platform.stack.child.once('exit', resolve));
  })();
  const load = await runLoad(8, (n) => post(platform.gateway, { query: mutation, variables: { input: input(n) } }, token), stop);
  const counts = tally(load.samples);
  return { report: { requests: load.samples.length, ...counts, 'failed, why': failures(load.samples) }, created: counts.full, marker };
}

/** The dashboard's operations, by 50 clients for `seconds`: errors, latency, memory. */
export async function soak(platform: Platform, seconds: number, operations: object[]): Promise<Report> {
  const load = await runLoad(50, (n) => post(platform.gateway, operations[n % operations.length]!), sleep(seconds * 1000));
  const memory = memoryOf(platform);
  const counts = tally(load.samples);
  return {
    seconds,
    requests: load.samples.length,
    'req/s': Math.round(load.samples.length / seconds),
    errors: counts.partial + counts.failed + counts.refused,
    p50_ms: percentile(load.samples, 50),
    p95_ms: percentile(load.samples, 95),
    'memory, PSS MiB': Math.round(Object.values(memory).reduce((a, b) => a + b, 0)),
  };
}
