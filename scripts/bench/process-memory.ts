import { readdirSync, readFileSync } from 'node:fs';

/** One line of the process table, read from `/proc/<pid>/stat` and `/proc/<pid>/cmdline`. */
export interface ProcessEntry {
  pid: number;
  ppid: number;
  /** Process group id. */
  pgrp: number;
  /** State letter (`R`, `S`, `Z` for a zombie, …). */
  state: string;
  /** Start time in clock ticks since boot: with the pid, identifies the process even if the pid is reused. */
  startTime: number;
  /** Short name of the executable (`/proc/<pid>/comm`, at most 15 characters). */
  comm: string;
  /** Command line, as rewritten by the process (PostgreSQL backends describe themselves there). */
  cmdline: string;
}

/** Resident memory of one process, in KiB. */
export interface ProcessMemory {
  /** `VmRSS` of `/proc/<pid>/status`: counts shared pages in full in every process mapping them. */
  rssKiB: number;
  /** `Pss` of `/proc/<pid>/smaps_rollup`: shared pages divided among their users; undefined when unreadable. */
  pssKiB: number | undefined;
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined; // the process has gone, or the file is not readable
  }
}

/** Reads one process's entry, or undefined when it has exited meanwhile. */
export function readProcess(pid: number): ProcessEntry | undefined {
  const stat = readText(`/proc/${pid}/stat`);
  if (!stat) return undefined;
  // "pid (comm) state ppid pgrp …": comm may itself hold spaces and parentheses.
  const open = stat.indexOf('(');
  const close = stat.lastIndexOf(')');
  if (open < 0 || close < open) return undefined;
  const fields = stat.slice(close + 2).split(' ');
  const cmdline = (readText(`/proc/${pid}/cmdline`) ?? '').split('\0').filter(Boolean).join(' ').trim();
  return {
    pid,
    ppid: Number(fields[1]),
    pgrp: Number(fields[2]),
    state: fields[0] ?? '?',
    startTime: Number(fields[19]),
    comm: stat.slice(open + 1, close),
    cmdline,
  };
}

/** Every process currently visible in `/proc`. */
export function listProcesses(): ProcessEntry[] {
  const entries: ProcessEntry[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const entry = readProcess(Number(name));
    if (entry) entries.push(entry);
  }
  return entries;
}

/** The process `rootPid` and all its descendants (children, grandchildren, …), parents first. */
export function processTree(rootPid: number, processes: ProcessEntry[] = listProcesses()): ProcessEntry[] {
  const byParent = new Map<number, ProcessEntry[]>();
  for (const entry of processes) {
    const siblings = byParent.get(entry.ppid) ?? [];
    siblings.push(entry);
    byParent.set(entry.ppid, siblings);
  }
  const root = processes.find((entry) => entry.pid === rootPid);
  if (!root) return [];
  const tree: ProcessEntry[] = [];
  const queue: ProcessEntry[] = [root];
  while (queue.length > 0) {
    const entry = queue.shift()!;
    tree.push(entry);
    queue.push(...(byParent.get(entry.pid) ?? []).sort((a, b) => a.pid - b.pid));
  }
  return tree;
}

/** Processes still alive in the process group `pgid` (after `spawn(…, { detached: true })`, the child's pid). */
export function processGroup(pgid: number): ProcessEntry[] {
  return listProcesses().filter((entry) => entry.pgrp === pgid);
}

/** True while the process of this entry runs (neither exited nor a zombie, and its pid not reused). */
export function isRunning(entry: ProcessEntry): boolean {
  const now = readProcess(entry.pid);
  return now !== undefined && now.startTime === entry.startTime && now.state !== 'Z' && now.state !== 'X';
}

function kibField(text: string | undefined, field: string): number | undefined {
  const match = text?.match(new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm'));
  return match ? Number(match[1]) : undefined;
}

/** Reads a process's resident memory, or undefined when it has exited meanwhile. */
export function readMemory(pid: number): ProcessMemory | undefined {
  const rssKiB = kibField(readText(`/proc/${pid}/status`), 'VmRSS');
  if (rssKiB === undefined) return undefined;
  return { rssKiB, pssKiB: kibField(readText(`/proc/${pid}/smaps_rollup`), 'Pss') };
}
