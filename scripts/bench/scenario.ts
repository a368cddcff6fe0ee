/** One run of the benchmark: start the stack, time its first answer, measure its memory, stop it. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { BenchFailure, seconds } from './common.js';
import { waitForAnswer } from './first-answer.js';
import { measureMemory, printMemory, type MemoryReport } from './memory-report.js';
import { OutputTail } from './output-tail.js';
import { freePorts } from './ports.js';
import { LAUNCH_LABEL, startStack, stopStack, STOP_TIMEOUT_MS, type Launch, type StopOutcome } from './stack-control.js';
import { SUBGRAPH_NAMES } from '../../platform/config.js';

const SCENARIO_TIMEOUT_MS = 120_000;
/** A stop slower than this is worth a line on who held it up. */
const SLOW_STOP_MS = 2_000;

export type Phase = 'cold' | 'warm';

export interface RunResult {
  launch: Launch;
  phase: Phase;
  readyMs: number;
  /** The launcher's own "ready in" figure (from its start, not counting npm and the build). */
  launcherReadyS: number | undefined;
  memory: MemoryReport;
  stopMs: number;
}

export interface ScenarioOptions {
  root: string;
  launch: Launch;
  phase: Phase;
  /** Embedded data folder, or undefined when an external server is configured. */
  dataDir: string | undefined;
}

/** Free ports for the whole stack, so that a developer's running `npm start` is left alone. */
async function stackEnv(dataDir: string | undefined): Promise<{ env: NodeJS.ProcessEnv; gateway: number }> {
  const [gateway, postgres, ...subgraphs] = (await freePorts(2 + SUBGRAPH_NAMES.length)) as number[];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: '127.0.0.1',
    GATEWAY_PORT: String(gateway),
    ...Object.fromEntries(SUBGRAPH_NAMES.map((name, i) => [`${name.toUpperCase()}_PORT`, String(subgraphs[i])])),
  };
  if (dataDir) {
    env.EMBEDDED_PG_DIR = dataDir;
    env.EMBEDDED_PG_PORT = String(postgres);
  }
  return { env, gateway: gateway! };
}

function folderState(dataDir: string | undefined): string {
  if (!dataDir) return 'external database server';
  return existsSync(path.join(dataDir, 'PG_VERSION')) ? 'data folder already initialised' : 'empty data folder';
}

function reportSlowStop(stop: StopOutcome, output: OutputTail): void {
  if (stop.ms <= SLOW_STOP_MS) return;
  const slow = stop.exits.filter((exit) => exit.ms > SLOW_STOP_MS / 2).map((exit) => `${exit.name} ${seconds(exit.ms)}`);
  console.log(`  slow stop; last to exit after SIGINT: ${slow.join(', ')}`);
  const said = output.sinceMark();
  if (said) console.log(`  its output after SIGINT:\n${said}`);
}

export async function runScenario({ root, launch, phase, dataDir }: ScenarioOptions): Promise<RunResult> {
  const { env, gateway } = await stackEnv(dataDir);
  const title = `${LAUNCH_LABEL[launch]}, ${phase}`;
  console.log(`\n▶ ${title} (${folderState(dataDir)}; gateway on port ${gateway})`);

  const output = new OutputTail();
  const started = performance.now();
  const stack = await startStack(launch, root, env, (chunk) => output.push(chunk)).catch((error: Error) => {
    throw new BenchFailure(`${title}: could not start: ${error.message}`);
  });
  const outcome = await waitForAnswer(`http://127.0.0.1:${gateway}/graphql`, stack.child, Date.now() + SCENARIO_TIMEOUT_MS);
  const readyMs = performance.now() - started;
  if (outcome.kind !== 'answered') {
    await stopStack(stack);
    const why =
      outcome.kind === 'exited'
        ? `the launcher exited (${outcome.how}) before the gateway answered`
        : `no correct answer from the gateway within ${SCENARIO_TIMEOUT_MS / 1000} s (last attempt: ${outcome.lastError})`;
    throw new BenchFailure(`${title}: ${why}. Last lines of its output:\n${output.tail()}`);
  }
  const memory = measureMemory(stack.pid);
  console.log(
    `  first answer after ${seconds(readyMs)}` +
      (output.launcherReadyS === undefined ? '' : ` (the launcher itself reports ready in ${output.launcherReadyS.toFixed(1)} s)`),
  );
  printMemory(memory);

  output.mark();
  const stop = await stopStack(stack);
  if (!stop.clean) {
    throw new BenchFailure(
      `${title}: the stack did not stop within ${STOP_TIMEOUT_MS / 1000} s of SIGINT; killed ${stop.leftover.join(', ')}. ` +
        `Last lines of its output:\n${output.tail()}`,
    );
  }
  console.log(`  stopped cleanly in ${seconds(stop.ms)}`);
  reportSlowStop(stop, output);
  return { launch, phase, readyMs, launcherReadyS: output.launcherReadyS, memory, stopMs: stop.ms };
}
