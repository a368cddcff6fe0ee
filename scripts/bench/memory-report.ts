/** Memory of every process of a running stack: one row per process (PostgreSQL's folded into one), and totals. */
import { mib } from './common.js';
import { SUBGRAPH_NAMES } from '../../platform/config.js';
import { processTree, readMemory, type ProcessEntry, type ProcessMemory } from './process-memory.js';

export interface MemoryRow {
  pid: number;
  name: string;
  processes: number;
  rssKiB: number;
  /** Undefined when no process of the row had a readable `smaps_rollup`. */
  pssKiB: number | undefined;
}

export interface MemoryReport {
  rows: MemoryRow[];
  processes: number;
  rssKiB: number;
  pssKiB: number;
  /** Processes whose PSS could not be read (left out of the PSS sum). */
  pssMissing: number;
}

const ROLE_ORDER = ['npm', 'npm (script shell)', 'launcher', 'postgres', ...SUBGRAPH_NAMES, 'gateway'];

/** Names a process of the stack from its command line. */
export function roleOf(entry: ProcessEntry): string {
  const cmd = entry.cmdline;
  if (entry.comm === 'sh' || entry.comm === 'bash' || entry.comm === 'dash') return 'npm (script shell)';
  if (/dist[/\\]gateway[/\\]main\.js/.test(cmd)) return 'gateway';
  const subgraph = /dist[/\\]subgraphs[/\\](\w+)[/\\]main\.js/.exec(cmd);
  if (subgraph) return subgraph[1]!;
  if (/dist[/\\]scripts[/\\]start\.js/.test(cmd)) return 'launcher';
  if (entry.comm === 'postgres' || /^\S*postgres[: ]/.test(cmd)) return 'postgres';
  if (entry.comm === 'npm' || /npm-cli\.js|(^|[/\s])npm(\s|$)/.test(cmd)) return 'npm';
  return entry.comm;
}

function addTo(row: MemoryRow, memory: ProcessMemory): void {
  row.processes += 1;
  row.rssKiB += memory.rssKiB;
  if (memory.pssKiB !== undefined) row.pssKiB = (row.pssKiB ?? 0) + memory.pssKiB;
}

function sortByRole(rows: MemoryRow[]): void {
  const rank = (name: string) => (ROLE_ORDER.includes(name) ? ROLE_ORDER.indexOf(name) : ROLE_ORDER.length);
  rows.sort((a, b) => rank(a.name) - rank(b.name) || a.pid - b.pid);
}

/** Reads the resident memory of every process under `rootPid` (itself included). */
export function measureMemory(rootPid: number): MemoryReport {
  const report: MemoryReport = { rows: [], processes: 0, rssKiB: 0, pssKiB: 0, pssMissing: 0 };
  // PostgreSQL forks a backend per connection: one row for all of them reads better than a dozen.
  let postgres: MemoryRow | undefined;
  for (const entry of processTree(rootPid)) {
    const memory = readMemory(entry.pid);
    if (!memory) continue; // exited meanwhile, or a zombie
    report.processes += 1;
    report.rssKiB += memory.rssKiB;
    if (memory.pssKiB === undefined) report.pssMissing += 1;
    else report.pssKiB += memory.pssKiB;
    const role = roleOf(entry);
    if (role === 'postgres' && postgres) {
      addTo(postgres, memory);
      continue;
    }
    const row: MemoryRow = { pid: entry.pid, name: role, processes: 1, rssKiB: memory.rssKiB, pssKiB: memory.pssKiB };
    if (role === 'postgres') postgres = row;
    report.rows.push(row);
  }
  sortByRole(report.rows);
  if (postgres) postgres.name = `postgres (${postgres.processes} processes)`;
  return report;
}

/** Prints the memory table of one run: a row per process, then the totals. */
export function printMemory(memory: MemoryReport): void {
  const line = (pid: string, name: string, rss: string, pss: string) =>
    console.log(`    ${pid.padStart(7)}  ${name.padEnd(26)} ${rss.padStart(8)} ${pss.padStart(8)}`);
  line('pid', 'process', 'RSS MiB', 'PSS MiB');
  for (const row of memory.rows) {
    line(String(row.pid), row.name, mib(row.rssKiB), row.pssKiB === undefined ? 'n/a' : mib(row.pssKiB));
  }
  line('', `total (${memory.processes} processes)`, mib(memory.rssKiB), mib(memory.pssKiB));
  if (memory.pssMissing > 0) console.log(`    PSS unreadable for ${memory.pssMissing} process(es), left out of its sum.`);
}
