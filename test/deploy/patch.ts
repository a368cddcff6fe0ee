/**
 * The two kinds of kustomize patch, for the cases deploy/ needs (see kustomize.ts): JSON 6902
 * operations, and strategic merges of Kubernetes' own kinds.
 */
import type { Manifest } from './kustomize.js';

export interface JsonOperation {
  op: 'add' | 'replace' | 'remove';
  path: string;
  value?: unknown;
}

/** RFC 6902 add, replace and remove, on a copy of the resource. */
export function applyJsonPatch(resource: Manifest, operations: JsonOperation[]): Manifest {
  const result = structuredClone(resource);
  for (const operation of operations) {
    if (!['add', 'replace', 'remove'].includes(operation.op)) throw new Error(`JSON patch operation not applied here: ${operation.op}`);
    const keys = operation.path
      .split('/')
      .slice(1)
      .map((key) => key.replaceAll('~1', '/').replaceAll('~0', '~'));
    const last = keys.pop();
    let parent: any = result;
    for (const key of keys) {
      parent = parent?.[key];
      if (parent === undefined) throw new Error(`${operation.path}: ${key} does not exist in ${resource.kind} ${resource.metadata.name}`);
    }
    if (last === undefined || parent === null || typeof parent !== 'object') throw new Error(`${operation.path}: no such place`);
    const value = structuredClone(operation.value);
    if (Array.isArray(parent)) {
      const index = last === '-' ? parent.length : Number(last);
      const limit = operation.op === 'add' ? parent.length : parent.length - 1;
      if (!Number.isInteger(index) || index < 0 || index > limit) throw new Error(`${operation.path}: no such index`);
      if (operation.op === 'add') parent.splice(index, 0, value);
      else if (operation.op === 'replace') parent[index] = value;
      else parent.splice(index, 1);
    } else {
      if (operation.op !== 'add' && !(last in parent)) throw new Error(`${operation.path}: nothing to ${operation.op}`);
      if (operation.op === 'remove') delete parent[last];
      else parent[last] = value;
    }
  }
  return result;
}

/**
 * The merge keys of the lists a strategic merge may touch here (Kubernetes' `patchMergeKey`). Items of
 * the patch come first, merged with the resource's item of the same key, then the resource's other
 * items in their order — kustomize's result, which matters for env: `$(VAR)` sees only earlier variables.
 */
const MERGE_KEYS: Record<string, string> = { containers: 'name', initContainers: 'name', env: 'name', volumes: 'name', volumeMounts: 'mountPath' };
/** Lists of strings that a patch replaces whole. */
const REPLACED = new Set(['command', 'args']);

/** A strategic-merge patch of one of Kubernetes' own kinds (custom resources have no merge keys: use a JSON patch). */
export function strategicMerge(resource: Manifest, patch: Manifest): Manifest {
  const group = resource.apiVersion.includes('/') ? resource.apiVersion.split('/')[0]! : '';
  if (group.includes('.') && !group.endsWith('.k8s.io')) throw new Error(`${resource.kind} is a custom resource: patch it with JSON operations`);
  // The patch's identity is how it found its target, not a change (a target selector may pick others).
  const { apiVersion: _apiVersion, kind: _kind, metadata, ...rest } = patch;
  const { name: _name, ...metadataChanges } = metadata ?? {};
  return merge(resource, { ...rest, ...(Object.keys(metadataChanges).length && { metadata: metadataChanges }) }, '') as Manifest;
}

function merge(original: unknown, patch: unknown, field: string): unknown {
  if (Array.isArray(patch)) return mergeList(Array.isArray(original) ? original : [], patch, field);
  if (patch === null || typeof patch !== 'object') return patch;
  if ('$patch' in patch) throw new Error(`strategic-merge directives are not applied here (${field})`);
  const result: Record<string, unknown> = original !== null && typeof original === 'object' ? { ...original } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = merge(result[key], value, key);
  }
  return result;
}

function mergeList(original: any[], patch: any[], field: string): unknown[] {
  if (REPLACED.has(field)) return patch;
  const key = MERGE_KEYS[field];
  if (!key) throw new Error(`the list ${field} has no merge key known here: patch it with JSON operations`);
  const merged = patch.map((item) => {
    const same = original.find((candidate) => candidate[key] === item[key]);
    return same ? merge(same, item, field) : item;
  });
  return [...merged, ...original.filter((item) => !patch.some((candidate) => candidate[key] === item[key]))];
}
