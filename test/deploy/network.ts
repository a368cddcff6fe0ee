/**
 * Label selectors and NetworkPolicy ingress, evaluated as Kubernetes does, over the pods the
 * Deployments make plus two stand-ins: any other pod of the namespace (the database's, say) and
 * anything outside it.
 */
import type { Manifest } from './kustomize.js';

export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: Array<{ key: string; operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist'; values?: string[] }>;
}

export function selects(selector: LabelSelector, labels: Record<string, string> = {}): boolean {
  const byLabel = Object.entries(selector.matchLabels ?? {}).every(([key, value]) => labels[key] === value);
  return (
    byLabel &&
    (selector.matchExpressions ?? []).every(({ key, operator, values = [] }) => {
      if (operator === 'Exists') return key in labels;
      if (operator === 'DoesNotExist') return !(key in labels);
      const inValues = key in labels && values.includes(labels[key]!);
      return operator === 'In' ? inValues : !inValues;
    })
  );
}

export interface Pod {
  name: string;
  labels: Record<string, string>;
  ports: Array<{ name?: string; containerPort: number }>;
}

export const ANOTHER_POD = 'another pod of the namespace';
export const OUTSIDE = 'outside the namespace';

/** Which of `pods` (by name), ANOTHER_POD and OUTSIDE may open a TCP connection to `target` on `port`. */
export function allowedSources(policies: Manifest[], pods: Pod[], target: Pod, port: number): string[] {
  const sources: Pod[] = [...pods, { name: ANOTHER_POD, labels: {}, ports: [] }];
  const isolating = policies.filter(
    (policy) => selects(policy.spec.podSelector, target.labels) && (policy.spec.policyTypes ?? ['Ingress']).includes('Ingress'),
  );
  if (!isolating.length) return [...sources.map((pod) => pod.name), OUTSIDE];
  const allowed = new Set<string>();
  for (const rule of isolating.flatMap((policy) => policy.spec.ingress ?? [])) {
    if (!coversPort(rule.ports, target, port)) continue;
    const peers: any[] = rule.from ?? [];
    if (!peers.length) for (const name of [...sources.map((pod) => pod.name), OUTSIDE]) allowed.add(name);
    for (const peer of peers) {
      // A namespace selector or an address block reaches beyond this namespace's pods.
      if (peer.namespaceSelector || peer.ipBlock) allowed.add(OUTSIDE);
      if (peer.podSelector && !peer.namespaceSelector) for (const pod of sources) if (selects(peer.podSelector, pod.labels)) allowed.add(pod.name);
    }
  }
  return [...allowed];
}

function coversPort(ports: Array<{ port?: number | string; protocol?: string; endPort?: number }> | undefined, target: Pod, port: number): boolean {
  if (!ports?.length) return true;
  const name = target.ports.find((candidate) => candidate.containerPort === port)?.name;
  return ports.some((entry) => {
    if ((entry.protocol ?? 'TCP') !== 'TCP') return false;
    if (entry.port === undefined) return true;
    if (typeof entry.port === 'string') return entry.port === name;
    return entry.endPort === undefined ? entry.port === port : entry.port <= port && port <= entry.endPort;
  });
}
