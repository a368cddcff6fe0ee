/** The closing table of `npm run bench:start`, and the verdict on the platform's aims. */
import { mib, seconds } from './common.js';
import type { RunResult, Phase } from './scenario.js';
import { LAUNCH_LABEL, type Launch } from './stack-control.js';

const AIM_READY_WARM_S = 10;
const AIM_MEMORY_MB = 600;
/** KiB to decimal megabytes, the unit of the memory aim. */
const megabytes = (kib: number) => (kib * 1024) / 1e6;

function printTable(results: RunResult[], embedded: boolean): void {
  console.log('\nSummary');
  const line = (run: string, ready: string, own: string, rss: string, pss: string, count: string) =>
    console.log(`  ${run.padEnd(34)} ${ready.padStart(8)} ${own.padStart(10)} ${rss.padStart(9)} ${pss.padStart(9)} ${count.padStart(10)}`);
  line('run', 'ready', 'launcher', 'RSS MiB', 'PSS MiB', 'processes');
  for (const r of results) {
    line(
      `${LAUNCH_LABEL[r.launch]}, ${r.phase}`,
      seconds(r.readyMs),
      r.launcherReadyS === undefined ? 'n/a' : `${r.launcherReadyS.toFixed(1)} s`,
      mib(r.memory.rssKiB),
      mib(r.memory.pssKiB),
      String(r.memory.processes),
    );
  }
  console.log('  (ready: from spawn to the first correct GraphQL answer; launcher: its own "ready in" figure, without npm and the build)');
  if (!embedded) console.log('  (external database server: its processes are not counted in the memory figures)');
}

function printReadyAim(results: RunResult[]): void {
  const find = (launch: Launch, phase: Phase) => results.find((r) => r.launch === launch && r.phase === phase);
  const readyLine = (launch: Launch) => {
    const cold = find(launch, 'cold');
    const warm = find(launch, 'warm');
    return `cold ${cold ? seconds(cold.readyMs) : 'n/a'}, warm ${warm ? seconds(warm.readyMs) : 'n/a'}`;
  };
  console.log('');
  for (const launch of ['npm', 'node'] as const) console.log(`ready (${LAUNCH_LABEL[launch]} → first answer): ${readyLine(launch)}`);
  const warmNpm = find('npm', 'warm');
  if (warmNpm) {
    const ok = warmNpm.readyMs <= AIM_READY_WARM_S * 1000;
    console.log(`aim: ready ≤ ${AIM_READY_WARM_S} s warm (npm start): ${seconds(warmNpm.readyMs)} ${ok ? 'OK' : 'OVER'}`);
  }
}

/**
 * The memory aim is judged on PSS. RSS counts a shared page in full in every process that maps it:
 * the Node binary's code, mapped by each Node process of the stack (npm, the launcher, three
 * subgraphs, the gateway), and PostgreSQL's shared memory, mapped by every backend. The machine
 * holds such a page once; PSS divides it among the processes sharing it, so its sum counts it once.
 */
function printMemoryAim(results: RunResult[]): void {
  const highest = results.reduce((a, b) => (b.memory.pssKiB > a.memory.pssKiB ? b : a));
  const { rssKiB, pssKiB, pssMissing } = highest.memory;
  console.log(
    `memory (all processes, PSS): ${Math.round(pssKiB / 1024)} MiB; RSS: ${Math.round(rssKiB / 1024)} MiB` +
      `  (highest PSS of the ${results.length} runs: ${LAUNCH_LABEL[highest.launch]}, ${highest.phase})`,
  );
  const ok = megabytes(pssKiB) <= AIM_MEMORY_MB;
  console.log(
    `aim: all processes ≤ ${AIM_MEMORY_MB} MB (${Math.floor((AIM_MEMORY_MB * 1e6) / 1024 / 1024)} MiB), on PSS: ` +
      `${megabytes(pssKiB).toFixed(0)} MB PSS ${ok ? 'OK' : 'OVER'} (RSS ${megabytes(rssKiB).toFixed(0)} MB, for information)` +
      (pssMissing > 0 ? ` (PSS unreadable for ${pssMissing} process(es), left out)` : ''),
  );
  console.log(
    '  (PSS is the fair figure: RSS counts pages shared by several processes, such as the Node binary and ' +
      "PostgreSQL's shared memory, once per process; PSS splits them among those processes, so the machine's total counts them once)",
  );
}

export function printSummary(results: RunResult[], embedded: boolean): void {
  printTable(results, embedded);
  printReadyAim(results);
  printMemoryAim(results);
}
