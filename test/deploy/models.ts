/**
 * Validation of a manifest against its kind's OpenAPI schema, offline: the models of
 * `kubernetes-models` (Kubernetes' own kinds) and `@kubernetes-models/cloudnative-pg` (Cluster,
 * Pooler). Their schemas do not forbid fields they do not declare, which the API server's strict
 * field validation refuses (and a typo such as `readinesProbe` would otherwise pass), so the
 * validation also reports every field that the schema's validator never looked at.
 */
import * as cnpg from '@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1';
import * as apps from 'kubernetes-models/apps/v1';
import * as autoscaling from 'kubernetes-models/autoscaling/v2';
import * as networking from 'kubernetes-models/networking.k8s.io/v1';
import * as policy from 'kubernetes-models/policy/v1';
import * as core from 'kubernetes-models/v1';

interface ModelClass {
  apiVersion: string;
  kind: string;
  prototype: { validate(): void };
}

/** Every top-level kind of the API groups the manifests may use, by `apiVersion kind`. */
const MODELS = new Map<string, ModelClass>();
for (const group of [core, apps, autoscaling, networking, policy, cnpg]) {
  for (const value of Object.values(group) as unknown[]) {
    const model = value as Partial<ModelClass>;
    if (typeof value === 'function' && typeof model.apiVersion === 'string' && typeof model.kind === 'string') {
      MODELS.set(`${model.apiVersion} ${model.kind}`, value as unknown as ModelClass);
    }
  }
}

/**
 * Throws unless the manifest is of a known kind, valid against its schema, and without a field the
 * schema does not declare (named by their JSON pointers).
 */
export function validateManifest(manifest: { apiVersion?: unknown; kind?: unknown }): void {
  const model = MODELS.get(`${manifest.apiVersion} ${manifest.kind}`);
  if (!model) throw new Error(`unknown kind: ${manifest.apiVersion} ${manifest.kind}`);
  const visits: Visit[] = [];
  model.prototype.validate.call(watched(manifest, '', visits));
  const unknown = visits.flatMap(({ path, value, read }) =>
    (Array.isArray(value) ? [] : Object.keys(value).filter((key) => !read.has(key))).map((key) => `${path}/${key}`),
  );
  if (unknown.length) throw new Error(`fields the ${manifest.kind} schema does not declare: ${unknown.join(', ')}`);
}

interface Visit {
  path: string;
  value: object;
  read: Set<string>;
}

/**
 * The value behind a proxy that records which keys of each object the validator reads: a generated
 * validator reads each property its schema declares, and each key of a map it checks.
 */
function watched(value: unknown, path: string, visits: Visit[]): unknown {
  if (value === null || typeof value !== 'object') return value;
  const visit: Visit = { path, value, read: new Set() };
  visits.push(visit);
  const children = new Map<string, unknown>();
  return new Proxy(value, {
    get(target, key, receiver) {
      const child = Reflect.get(target, key, receiver);
      if (typeof key !== 'string') return child;
      visit.read.add(key);
      if (!children.has(key)) children.set(key, watched(child, `${path}/${key}`, visits));
      return children.get(key);
    },
  });
}
