/** Reading a built set of manifests: the Deployments' pods and containers, and where a URL leads. */
import type { Manifest } from './kustomize.js';
import { type Pod, selects } from './network.js';

export const ofKind = (manifests: Manifest[], kind: string) => manifests.filter((manifest) => manifest.kind === kind);

export const containerOf = (deployment: Manifest) => deployment.spec.template.spec.containers[0];

export function podOf(deployment: Manifest): Pod {
  return { name: deployment.metadata.name, labels: deployment.spec.template.metadata?.labels ?? {}, ports: containerOf(deployment).ports ?? [] };
}

/** The container port a probe or a Service names, by number or by the container port's name. */
export function containerPort(pod: Pod, port: number | string): number | undefined {
  return typeof port === 'number'
    ? pod.ports.find((candidate) => candidate.containerPort === port)?.containerPort
    : pod.ports.find((candidate) => candidate.name === port)?.containerPort;
}

/**
 * The Deployment and container port an in-cluster URL reaches: its host names a Service of this set,
 * which selects that Deployment's pods alone and sends the URL's port to one of their ports.
 */
export function reachedBy(manifests: Manifest[], url: string): { deployment: string; port: number } {
  const { hostname, port } = new URL(url);
  const service = ofKind(manifests, 'Service').find((candidate) => candidate.metadata.name === hostname);
  if (!service) throw new Error(`${url}: no Service ${hostname}`);
  const servicePort = service.spec.ports.find((candidate: { port: number }) => candidate.port === Number(port));
  if (!servicePort) throw new Error(`${url}: the Service ${hostname} has no port ${port}`);
  const pods = ofKind(manifests, 'Deployment')
    .map(podOf)
    .filter((pod) => selects({ matchLabels: service.spec.selector }, pod.labels));
  if (pods.length !== 1) throw new Error(`${url}: the Service ${hostname} selects ${pods.length} Deployments' pods`);
  const target = containerPort(pods[0]!, servicePort.targetPort ?? servicePort.port);
  if (target === undefined) throw new Error(`${url}: the Service's target port is not a port of ${pods[0]!.name}`);
  return { deployment: pods[0]!.name, port: target };
}

/** Bytes of a Kubernetes memory quantity such as 256Mi or 1Gi. */
export function bytes(quantity: string): number {
  const units: Record<string, number> = { '': 1, Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, k: 1e3, M: 1e6, G: 1e9 };
  const match = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|k|M|G)?$/.exec(quantity);
  if (!match) throw new Error(`not a memory quantity handled here: ${quantity}`);
  return Number(match[1]) * units[match[2] ?? '']!;
}
