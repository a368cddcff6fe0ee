/**
 * kustomize's own build of a folder, through `kubectl kustomize` where kubectl is installed (it
 * builds offline): a check that test/deploy/kustomize.ts builds what kubectl would apply.
 */
import { spawnSync } from 'node:child_process';
import { parseAllDocuments } from 'yaml';
import type { Manifest } from './kustomize.js';

export const hasKubectl = spawnSync('kubectl', ['version', '--client'], { timeout: 10_000 }).status === 0;

/** kubectl's build, in a stable order (kustomize sorts by kind; this helper keeps the files' order). */
export function kubectlKustomize(dir: string): Manifest[] {
  const run = spawnSync('kubectl', ['kustomize', dir], { encoding: 'utf8', timeout: 30_000 });
  if (run.status !== 0) throw new Error(`kubectl kustomize ${dir}: ${run.stderr}`);
  return byIdentity(parseAllDocuments(run.stdout, { version: '1.1' }).map((document) => document.toJS() as Manifest));
}

export const byIdentity = (manifests: Manifest[]) =>
  [...manifests].sort((a, b) => `${a.kind}/${a.metadata.name}`.localeCompare(`${b.kind}/${b.metadata.name}`));
