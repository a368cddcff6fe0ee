/**
 * A small kustomize, enough for deploy/ and no more (kustomize itself is not a dependency). It applies,
 * in kustomize's order: `resources` (files, or folders with their own kustomization.yaml), `patches`
 * (JSON 6902 operations, or strategic-merge patches of Kubernetes' own kinds), `namespace`, `images`.
 * Anything else — another field, a strategic merge of a custom resource or of a list whose merge key
 * it does not know, a patch that matches nothing — is refused rather than approximated.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { type JsonOperation, applyJsonPatch, strategicMerge } from './patch.js';

export interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  [field: string]: any;
}

interface Target {
  kind?: string;
  name?: string;
  labelSelector?: string;
}

interface Kustomization {
  apiVersion?: string;
  kind?: string;
  resources?: string[];
  namespace?: string;
  images?: Array<{ name: string; newName?: string; newTag?: string; digest?: string }>;
  patches?: Array<{ path?: string; patch?: string; target?: Target }>;
}

const FIELDS = ['apiVersion', 'kind', 'resources', 'namespace', 'images', 'patches'];
/** Kinds of the API groups used here that live outside namespaces: `namespace` must not apply to them. */
const CLUSTER_SCOPED = new Set(['Namespace', 'Node', 'PersistentVolume', 'ComponentStatus', 'IngressClass']);

/** Every YAML document of a file, read as Kubernetes reads YAML: version 1.1, so `off` is false. */
export function readYaml(file: string): unknown[] {
  const documents = parseAllDocuments(readFileSync(file, 'utf8'), { version: '1.1' });
  for (const document of documents) {
    if (document.errors.length) throw new Error(`${file}: ${document.errors[0]!.message}`);
  }
  return documents.map((document) => document.toJS()).filter((value) => value !== null);
}

/** Builds the kustomization in `dir`; `files` collects every file read. */
export function kustomize(dir: string, files = new Set<string>()): Manifest[] {
  const file = path.join(dir, 'kustomization.yaml');
  files.add(file);
  const kustomization = readYaml(file)[0] as Kustomization;
  const unknown = Object.keys(kustomization).filter((field) => !FIELDS.includes(field));
  if (unknown.length) throw new Error(`${file}: fields this helper does not apply: ${unknown.join(', ')}`);
  let resources = (kustomization.resources ?? []).flatMap((entry) => {
    const resource = path.resolve(dir, entry);
    if (statSync(resource).isDirectory()) return kustomize(resource, files);
    files.add(resource);
    return readYaml(resource) as Manifest[];
  });
  for (const patch of kustomization.patches ?? []) resources = applyPatch(resources, patch, dir, files);
  const namespace = kustomization.namespace;
  if (namespace) resources = resources.map((resource) => withNamespace(resource, namespace));
  for (const image of kustomization.images ?? []) resources = resources.map((resource) => withImage(resource, image));
  const ids = resources.map((resource) => `${resource.kind} ${resource.metadata.namespace ?? ''}/${resource.metadata.name}`);
  const twice = ids.filter((id, index) => ids.indexOf(id) !== index);
  if (twice.length) throw new Error(`${file}: resources declared twice: ${twice.join(', ')}`);
  return resources;
}

function applyPatch(resources: Manifest[], patch: NonNullable<Kustomization['patches']>[number], dir: string, files: Set<string>): Manifest[] {
  if (patch.path) files.add(path.resolve(dir, patch.path));
  const documents = patch.path ? readYaml(path.resolve(dir, patch.path)) : parseAllDocuments(patch.patch ?? '', { version: '1.1' }).map((d) => d.toJS());
  if (documents.length !== 1) throw new Error(`a patch must hold one document: ${patch.path ?? patch.patch}`);
  const content = documents[0] as JsonOperation[] | Manifest;
  const target: Target = patch.target ?? (Array.isArray(content) ? {} : { kind: content.kind, name: content.metadata?.name });
  if (!target.kind && !target.name && !target.labelSelector) throw new Error(`a patch needs a target: ${patch.path}`);
  let matched = 0;
  const patched = resources.map((resource) => {
    if (!selects(target, resource)) return resource;
    matched++;
    return Array.isArray(content) ? applyJsonPatch(resource, content) : strategicMerge(resource, content);
  });
  if (!matched) throw new Error(`the patch ${patch.path ?? ''} matches no resource`);
  return patched;
}

function selects(target: Target, resource: Manifest): boolean {
  if (target.kind && target.kind !== resource.kind) return false;
  if (target.name && target.name !== resource.metadata.name) return false;
  // Equality requirements only (`a=b,c=d`), which is all deploy/ uses.
  const requirements = target.labelSelector?.split(',').map((pair) => pair.split('=').map((part) => part.trim())) ?? [];
  return requirements.every(([key, value]) => resource.metadata.labels?.[key!] === value);
}

function withNamespace(resource: Manifest, namespace: string): Manifest {
  if (CLUSTER_SCOPED.has(resource.kind)) throw new Error(`${resource.kind} is cluster-scoped: this helper does not place it`);
  return { ...resource, metadata: { ...resource.metadata, namespace } };
}

/** kustomize's `images`: a container image named `name` (whatever its tag) gets the new name, tag or digest. */
function withImage(resource: Manifest, image: NonNullable<Kustomization['images']>[number]): Manifest {
  const unknown = Object.keys(image).filter((field) => !['name', 'newName', 'newTag', 'digest'].includes(field));
  if (unknown.length) throw new Error(`image fields this helper does not apply: ${unknown.join(', ')}`);
  const pod = resource.spec?.template?.spec;
  if (!pod) return resource;
  const retag = (container: { image?: string }) => {
    const [name, tag] = splitImage(container.image ?? '');
    if (name !== image.name) return container;
    const suffix = image.digest ? `@${image.digest}` : image.newTag ? `:${image.newTag}` : tag;
    return { ...container, image: `${image.newName ?? name}${suffix}` };
  };
  const spec = { ...pod, containers: pod.containers?.map(retag), ...(pod.initContainers && { initContainers: pod.initContainers.map(retag) }) };
  return { ...resource, spec: { ...resource.spec, template: { ...resource.spec.template, spec } } };
}

/** An image reference as its name and its `:tag` or `@digest` suffix (empty when it has neither). */
export function splitImage(reference: string): [string, string] {
  const at = reference.indexOf('@');
  if (at >= 0) return [reference.slice(0, at), reference.slice(at)];
  const colon = reference.lastIndexOf(':');
  return colon > reference.lastIndexOf('/') ? [reference.slice(0, colon), reference.slice(colon)] : [reference, ''];
}
