/**
 * The Kubernetes manifests of deploy/, checked offline (no cluster, no kustomize): the base and the
 * production overlay are built by test/deploy/kustomize.ts, every manifest is validated against its
 * kind's schema, and what the manifests say is checked against the code — the Deployments, ports,
 * probes, commands and image; the autoscalers, disruption budgets and network policies; and each
 * container's environment, fed to the configuration loaders as the process would read it.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGatewayConfig } from '../gateway/config.js';
import { DEFAULT_PORTS, databaseName, loadSubgraphConfig, SUBGRAPH_NAMES } from '../platform/config.js';
import { healthRoutes } from '../platform/http.js';
import { type EnvVar, expandEnv, readBy, referencedNames } from './deploy/env.js';
import { byIdentity, hasKubectl, kubectlKustomize } from './deploy/kubectl.js';
import { kustomize, type Manifest, splitImage } from './deploy/kustomize.js';
import { validateManifest } from './deploy/models.js';
import { allowedSources, OUTSIDE, selects } from './deploy/network.js';
import { bytes, containerOf, containerPort, ofKind, podOf, reachedBy } from './deploy/objects.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const readText = (file: string) => readFileSync(path.join(root, file), 'utf8');
const pkg = JSON.parse(readText('package.json')) as { name: string; version: string };

const PROCESSES = ['gateway', ...SUBGRAPH_NAMES] as const;
type ProcessName = (typeof PROCESSES)[number];
const entryPoint = (name: ProcessName) => (name === 'gateway' ? 'gateway/main' : `subgraphs/${name}/main`);

/**
 * Variables the manifests may set ahead of the code, which no loader reads yet (issue 17 added the
 * database's direct and replica URLs, REDIS_URL and RESPONSE_CACHE this way). Whoever makes a loader
 * read one removes it here — a test below fails until then — so that the list ends empty, as it is now.
 */
const NOT_READ_YET: readonly string[] = [];

/** Variables whose value must come from a Secret (a literal value would commit a secret). */
const SECRET_NAMES = /SECRET|PASSWORD|TOKEN|KEY|^JWT_|^REDIS_URL$|^DB_USER$/;

const productionFiles = new Set<string>();
const builds: Array<[string, string, Manifest[]]> = [
  ['base', 'deploy/base', kustomize(path.join(root, 'deploy/base'))],
  ['production', 'deploy/overlays/production', kustomize(path.join(root, 'deploy/overlays/production'), productionFiles)],
];

describe.each(builds)('deploy/ %s', (_build, dir, manifests) => {
  const deployments = ofKind(manifests, 'Deployment');
  const deployment = (name: string) => deployments.find((candidate) => candidate.metadata.name === name)!;
  const envOf = (name: string): EnvVar[] => containerOf(deployment(name)).env ?? [];

  it.each(manifests.map((manifest) => [`${manifest.kind} ${manifest.metadata.name}`, manifest] as const))(
    '%s is valid against its schema',
    (_name, manifest) => {
      expect(() => validateManifest(manifest)).not.toThrow();
    },
  );

  // Skipped where kubectl is not installed: the checks below hold on this helper's build either way.
  (hasKubectl ? it : it.skip)('is built as `kubectl kustomize` builds it', () => {
    expect(byIdentity(manifests)).toEqual(kubectlKustomize(path.join(root, dir)));
  });

  it('holds one Deployment per process, each with its own Service, autoscaler and disruption budget', () => {
    expect(deployments.map((d) => d.metadata.name).sort()).toEqual([...PROCESSES].sort());
    for (const name of PROCESSES) {
      expect(reachedBy(manifests, `http://${name}:${DEFAULT_PORTS[name]}/`)).toEqual({ deployment: name, port: DEFAULT_PORTS[name] });
      // The autoscaler owns the replica count.
      expect(deployment(name).spec.replicas).toBeUndefined();
    }
    for (const other of deployments) {
      const pods = deployments.filter((d) => selects(other.spec.selector, d.spec.template.metadata.labels)).map((d) => d.metadata.name);
      expect({ [other.metadata.name]: pods }).toEqual({ [other.metadata.name]: [other.metadata.name] });
    }
    const autoscalers = ofKind(manifests, 'HorizontalPodAutoscaler');
    expect(autoscalers.map((hpa) => hpa.spec.scaleTargetRef).sort((a, b) => a.name.localeCompare(b.name))).toEqual(
      [...PROCESSES].sort().map((name) => ({ apiVersion: 'apps/v1', kind: 'Deployment', name })),
    );
    const budgets = ofKind(manifests, 'PodDisruptionBudget');
    const budgeted = budgets.map((pdb) => deployments.filter((d) => selects(pdb.spec.selector, d.spec.template.metadata.labels)).map((d) => d.metadata.name));
    expect(budgeted.sort()).toEqual([...PROCESSES].sort().map((name) => [name]));
    for (const pdb of budgets) {
      // A voluntary disruption (a node drained) always leaves a replica running.
      const [name] = deployments.filter((d) => selects(pdb.spec.selector, d.spec.template.metadata.labels)).map((d) => d.metadata.name);
      const least = autoscalers.find((hpa) => hpa.spec.scaleTargetRef.name === name)!.spec.minReplicas;
      const kept = pdb.spec.minAvailable ?? least - pdb.spec.maxUnavailable;
      expect(typeof kept === 'number' && kept >= 1 && kept < least).toBe(true);
    }
  });

  it.each(PROCESSES)('%s runs its compiled entry point from the image, on its port, probed on its health routes', (name) => {
    const container = containerOf(deployment(name));
    const pod = podOf(deployment(name));
    expect(deployment(name).spec.template.spec.containers).toHaveLength(1);
    expect(container.command).toEqual(['node', `dist/${entryPoint(name)}.js`]);
    expect(existsSync(path.join(root, `${entryPoint(name)}.ts`))).toBe(true);
    expect(existsSync(path.join(root, 'dist', `${entryPoint(name)}.js`))).toBe(true);
    expect(splitImage(container.image)[0]).toBe(pkg.name);
    expect(pod.ports.map((port) => port.containerPort)).toEqual([DEFAULT_PORTS[name]]);
    const routes = Object.keys(healthRoutes(async () => true));
    const probed = (probe: { httpGet: { path: string; port: number | string } }) => {
      expect(routes).toContain(`GET ${probe.httpGet.path}`);
      return [probe.httpGet.path, containerPort(pod, probe.httpGet.port)];
    };
    expect(probed(container.livenessProbe)).toEqual(['/health/live', DEFAULT_PORTS[name]]);
    expect(probed(container.readinessProbe)).toEqual(['/health/ready', DEFAULT_PORTS[name]]);
    // Until it listens (migrations and seeds on a first start), liveness does not apply.
    expect(probed(container.startupProbe)).toEqual(['/health/live', DEFAULT_PORTS[name]]);
  });

  it.each(PROCESSES)('%s requests resources and runs as the unprivileged user of the image', (name) => {
    const { resources } = containerOf(deployment(name));
    expect(resources.requests).toEqual({ cpu: expect.any(String), memory: expect.any(String) });
    expect(bytes(resources.limits.memory)).toBeGreaterThanOrEqual(bytes(resources.requests.memory));
    const pod = deployment(name).spec.template.spec;
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: expect.any(Number) });
    expect(pod.securityContext.runAsUser).toBeGreaterThan(0);
    // Service links would add GATEWAY_PORT=tcp://…, PEDAGOGY_PORT=tcp://…: our settings' names, values they refuse.
    expect(pod.enableServiceLinks).toBe(false);
  });

  it('lets only the gateway reach a subgraph, and pedagogy also the subgraphs that call it', () => {
    const policies = ofKind(manifests, 'NetworkPolicy');
    const pods = deployments.map(podOf);
    // Who calls whom, from the URLs in each container's environment.
    const callers = (name: string) =>
      deployments
        .filter((d) => Object.values(expandEnv(envOf(d.metadata.name))).some((value) => /^https?:\/\//.test(value) && isReaching(value, name)))
        .map((d) => d.metadata.name)
        .sort();
    const isReaching = (url: string, name: string) => {
      const host = new URL(url).hostname;
      return ofKind(manifests, 'Service').some((service) => service.metadata.name === host) && reachedBy(manifests, url).deployment === name;
    };
    for (const name of SUBGRAPH_NAMES) {
      const pod = pods.find((candidate) => candidate.name === name)!;
      expect({ [name]: allowedSources(policies, pods, pod, DEFAULT_PORTS[name]).sort() }).toEqual({ [name]: callers(name) });
      expect(callers(name)).toContain('gateway');
    }
    expect(callers('pedagogy')).toEqual(['finance', 'gateway', 'parentality']);
    const gateway = pods.find((candidate) => candidate.name === 'gateway')!;
    expect(allowedSources(policies, pods, gateway, DEFAULT_PORTS.gateway)).toContain(OUTSIDE);
  });

  it('takes every secret from a Secret by reference, and commits no Secret', () => {
    expect(ofKind(manifests, 'Secret')).toEqual([]);
    for (const name of PROCESSES) {
      const vars = envOf(name);
      const fromSecrets = new Set(vars.filter((v) => v.valueFrom?.secretKeyRef).map((v) => v.name));
      for (const variable of vars) {
        if (SECRET_NAMES.test(variable.name)) expect({ [variable.name]: fromSecrets.has(variable.name) }).toEqual({ [variable.name]: true });
        // Credentials inside a URL are references to variables that come from Secrets.
        const userinfo = /:\/\/([^@/]*)@/.exec(variable.value ?? '')?.[1];
        for (const part of userinfo?.split(':') ?? []) expect(fromSecrets.has(/^\$\((\w+)\)$/.exec(part)?.[1] ?? '')).toBe(true);
      }
    }
  });

  it.each(SUBGRAPH_NAMES)('%s: the loader accepts its environment and reads its database through the pooler of its own cluster', (name) => {
    const vars = envOf(name);
    const env = expandEnv(vars);
    const { result: config, read } = readBy((e) => loadSubgraphConfig(name, e), env);
    expect(env.NODE_ENV).toBe('production');
    expect(config.port).toBe(podOf(deployment(name)).ports[0]!.containerPort);
    expect(config.host).toBe('0.0.0.0');
    expect(config.demoData).toBe(false);
    const cluster = ofKind(manifests, 'Cluster').find((c) => c.spec.bootstrap.initdb.database === databaseName(name))!;
    expect(cluster).toBeDefined();
    // A primary and at least one streaming replica behind the -ro Service.
    expect(cluster.spec.instances).toBeGreaterThanOrEqual(2);
    const pooler = ofKind(manifests, 'Pooler').find((p) => p.spec.cluster.name === cluster.metadata.name)!;
    expect(pooler.spec).toMatchObject({ type: 'rw', pgbouncer: { poolMode: 'transaction' } });
    const upper = name.toUpperCase();
    const hosts = (variable: string) => env[variable]!.split(',').map((url) => [new URL(url).host, new URL(url).pathname]);
    const database = `/${databaseName(name)}`;
    expect(new URL(config.databaseUrl).host).toBe(`${pooler.metadata.name}:5432`);
    expect(new URL(config.databaseUrl).pathname).toBe(database);
    expect(hosts(`${upper}_DATABASE_DIRECT_URL`)).toEqual([[`${cluster.metadata.name}-rw:5432`, database]]);
    expect(hosts(`${upper}_DATABASE_READ_URLS`)).toEqual([[`${cluster.metadata.name}-ro:5432`, database]]);
    // The credentials are those the operator generates for this cluster's database owner (none is given).
    expect(cluster.spec.bootstrap.initdb.secret).toBeUndefined();
    const secrets = vars.filter((v) => v.valueFrom?.secretKeyRef?.key === 'username' || v.valueFrom?.secretKeyRef?.key === 'password');
    expect(secrets.map((v) => v.valueFrom!.secretKeyRef!.name)).toEqual([`${cluster.metadata.name}-app`, `${cluster.metadata.name}-app`]);
    if (name !== 'pedagogy') expect(reachedBy(manifests, config.pedagogyUrl)).toEqual({ deployment: 'pedagogy', port: DEFAULT_PORTS.pedagogy });
    expectEveryVariableRead(vars, env, read);
  });

  it('gateway: the loader accepts its environment and reaches each subgraph through its Service', () => {
    const vars = envOf('gateway');
    const env = expandEnv(vars);
    const { result: config, read } = readBy(loadGatewayConfig, env);
    expect(env.NODE_ENV).toBe('production');
    expect(config.GATEWAY_PORT).toBe(podOf(deployment('gateway')).ports[0]!.containerPort);
    expect(config.HOST).toBe('0.0.0.0');
    expect(config.developmentTokens).toBe(false);
    for (const name of SUBGRAPH_NAMES) expect(reachedBy(manifests, config.subgraphUrls[name]!)).toEqual({ deployment: name, port: DEFAULT_PORTS[name] });
    expectEveryVariableRead(vars, env, read);
  });

  it('gives every process the same Redis or none, and Redis to the gateway whose cache lives there', () => {
    const refs = PROCESSES.map((name) => envOf(name).find((v) => v.name === 'REDIS_URL')?.valueFrom?.secretKeyRef);
    expect(new Set(refs.map((ref) => JSON.stringify(ref))).size).toBe(1);
    if (envOf('gateway').find((v) => v.name === 'RESPONSE_CACHE')?.value === 'redis') expect(refs[0]).toBeDefined();
  });
});

/** No variable that nothing reads (a typo would be one): each is read by the loader, named by another, or awaited. */
function expectEveryVariableRead(vars: EnvVar[], env: Record<string, string>, read: Set<string>): void {
  expect(Object.values(env).filter((value) => value.includes('$('))).toEqual([]);
  const named = referencedNames(vars);
  const unread = vars.map((v) => v.name).filter((variable) => !read.has(variable) && !named.has(variable) && !NOT_READ_YET.includes(variable));
  expect({ readByNoLoader: unread }).toEqual({ readByNoLoader: [] });
  const nowRead = NOT_READ_YET.filter((variable) => read.has(variable));
  expect({ readNowSoRemoveFromNotReadYet: nowRead }).toEqual({ readNowSoRemoveFromNotReadYet: [] });
}

describe('deploy/overlays/production', () => {
  const manifests = builds[1]![2];
  const containers = ofKind(manifests, 'Deployment').map(containerOf);

  it('places everything in one namespace', () => {
    const namespaces = new Set(manifests.map((manifest) => manifest.metadata.namespace));
    expect([...namespaces]).toEqual(['tne-graph']);
  });

  it('runs the image that deploy/README.md builds from the Dockerfile, tagged with the release', () => {
    const stages = [...readText('Dockerfile').matchAll(/^FROM \S+ AS (\S+)$/gm)].map((match) => match[1]);
    const build = /docker build --target (\S+) -t (\S+) \./.exec(readText('deploy/README.md'));
    expect(build?.[1]).toBe(stages.at(-1));
    expect(build?.[2]).toBe(`${pkg.name}:${pkg.version}`);
    expect(new Set(containers.map((container) => container.image))).toEqual(new Set([build?.[2]]));
    // The image's own command is the gateway's.
    const command = /^CMD (\[.*\])$/m.exec(readText('Dockerfile'))?.[1];
    expect(JSON.parse(command ?? 'null')).toEqual(containerOf(ofKind(manifests, 'Deployment').find((d) => d.metadata.name === 'gateway')!).command);
  });

  it('shares the response cache through Redis', () => {
    const gateway = containers.find((container) => container.name === 'gateway')!;
    expect(gateway.env.find((v: EnvVar) => v.name === 'RESPONSE_CACHE')).toEqual({ name: 'RESPONSE_CACHE', value: 'redis' });
  });

  it('leaves no file under deploy/ unused (a manifest not listed would never be applied)', () => {
    const yaml = readdirSync(path.join(root, 'deploy'), { recursive: true, encoding: 'utf8' }).filter((file) => /\.ya?ml$/.test(file));
    expect(yaml.map((file) => path.join(root, 'deploy', file)).filter((file) => !productionFiles.has(file))).toEqual([]);
  });
});
