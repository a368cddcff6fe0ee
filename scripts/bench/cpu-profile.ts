/**
 * Where a process spent its CPU, from the `.cpuprofile` Node writes at exit under `--cpu-prof`:
 * self time per package (node_modules/<package>) or per file of ours, and the heaviest functions.
 */
import { readFile } from 'node:fs/promises';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface CpuSummary {
  totalMs: number;
  /** Self time by where the code lives, heaviest first. */
  byPlace: Array<{ place: string; ms: number }>;
  byFunction: Array<{ name: string; ms: number }>;
}

/** `node_modules/graphql/…` → graphql; `node_modules/@apollo/gateway/…` → @apollo/gateway; ours → its path. */
export function placeOf(url: string): string {
  if (!url) return '(native, GC, idle)';
  if (url.startsWith('node:')) return 'node internals';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const [first = '', second = ''] = url.slice(modules + 'node_modules/'.length).split('/');
    return first.startsWith('@') ? `${first}/${second}` : first;
  }
  const dist = url.indexOf('/dist/');
  return dist >= 0 ? url.slice(dist + '/dist/'.length) : url;
}

const top = (totals: Map<string, number>, count: number) =>
  [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, us]) => [key, us / 1000] as const);

export async function summariseProfile(file: string, count = 12): Promise<CpuSummary> {
  const profile = JSON.parse(await readFile(file, 'utf8')) as CpuProfile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const byPlace = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const frame = nodes.get(id)?.callFrame;
    const us = profile.timeDeltas[i] ?? 0;
    if (!frame || frame.functionName === '(idle)') return;
    total += us;
    const place = placeOf(frame.url);
    byPlace.set(place, (byPlace.get(place) ?? 0) + us);
    const name = `${frame.functionName || '(anonymous)'} ${place}:${frame.lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
  });
  return {
    totalMs: total / 1000,
    byPlace: top(byPlace, count).map(([place, ms]) => ({ place, ms })),
    byFunction: top(byFunction, count).map(([name, ms]) => ({ name, ms })),
  };
}

export function printProfile(name: string, summary: CpuSummary): void {
  const share = (ms: number) => `${((100 * ms) / summary.totalMs).toFixed(1).padStart(5)} %`;
  console.log(`\n  ${name}: ${summary.totalMs.toFixed(0)} ms of CPU (idle excluded)`);
  for (const { place, ms } of summary.byPlace) console.log(`    ${share(ms)}  ${place}`);
  console.log('    heaviest functions (self time):');
  for (const { name: fn, ms } of summary.byFunction.slice(0, 8)) console.log(`    ${share(ms)}  ${fn}`);
}
