/**
 * The platform under load: three subgraph processes and the gateways compared (contenders.ts), all
 * on free loopback ports, every gateway on the same committed supergraph and the same subgraphs.
 */
import path from 'node:path';
import { START_WAVES, SUBGRAPH_NAMES, type SubgraphName } from '../../platform/config.js';
import { waitForReady } from '../ready.js';
import type { Children } from './children.js';
import { BenchFailure } from './common.js';
import { CONTENDERS, type GatewayName } from './contenders.js';
import { type Balancer, startBalancer } from './balancer.js';
import { freePorts } from './ports.js';

export interface LoadStack {
  subgraphUrls: Record<SubgraphName, string>;
  /** Each started gateway's GraphQL URL. */
  gateways: Partial<Record<GatewayName, string>>;
  /** Starts one more gateway on the stack's subgraphs; its GraphQL URL. */
  startGateway(name: GatewayName): Promise<string>;
  /** Stops a gateway started on the stack (measured alone: an idle peer costs memory and timers). */
  stopGateway(name: GatewayName): Promise<void>;
  /** Closes the balancers (the processes are the children's to stop). */
  close(): Promise<void>;
}

export interface LoadStackOptions {
  /** The gateways to start (default: ours only). */
  gateways?: readonly GatewayName[];
  /** More settings of our gateway (TRUSTED_DOCUMENTS=enforce…). */
  gatewayEnv?: Record<string, string>;
  /** Node flags per process (e.g. --cpu-prof for the profile run). */
  nodeFlags?: (name: string) => string[];
  /**
   * Processes per subgraph behind a connection balancer (balancer.ts) on the subgraph's URL, as
   * behind a Kubernetes Service; without it, each subgraph is one process on its URL.
   */
  replicas?: number;
}

const HOST = '127.0.0.1';
const url = (port: number, route: string) => `http://${HOST}:${port}${route}`;

async function ready(children: Children, name: string, healthUrl: string): Promise<void> {
  try {
    await waitForReady(healthUrl, 120_000);
  } catch (error) {
    children.check(); // a process that died says why better than a timeout
    throw new BenchFailure(`${name} did not get ready: ${(error as Error).message}\n${children.tail(name)}`);
  }
  children.check();
}

/**
 * Starts the subgraphs as `npm start` does (pedagogy first: the others ask it about projects and
 * schools while seeding), then the gateways. `databaseEnv` points the subgraphs at their databases.
 * Node runs without `npm start`'s small young generation: these are throughput figures, as in production.
 */
export async function startLoadStack(
  root: string,
  children: Children,
  databaseEnv: Record<string, string>,
  options: LoadStackOptions = {},
): Promise<LoadStack> {
  const names = options.gateways ?? ['ours'];
  const ports = (await freePorts(SUBGRAPH_NAMES.length)) as number[];
  const subgraphPorts = Object.fromEntries(SUBGRAPH_NAMES.map((name, i) => [name, ports[i]!])) as Record<SubgraphName, number>;
  const subgraphUrls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, url(subgraphPorts[name], '/graphql')])) as Record<SubgraphName, string>;
  const common = { HOST, LOG_LEVEL: 'warn', PEDAGOGY_URL: subgraphUrls.pedagogy };
  const balancers: Balancer[] = [];
  const startSubgraph = async (name: SubgraphName) => {
    const replicas = options.replicas ?? 0;
    const replicaPorts = replicas ? ((await freePorts(replicas)) as number[]) : [subgraphPorts[name]];
    if (replicas) balancers.push(await startBalancer(subgraphPorts[name], replicaPorts, HOST));
    // Replicas start together: one migrates and seeds, the others wait for it (platform/database/start-lock.ts).
    await Promise.all(
      replicaPorts.map((port, i) => {
        const label = replicas ? `${name}-${i + 1}` : name;
        const env = { ...common, ...databaseEnv, [`${name.toUpperCase()}_PORT`]: String(port) };
        children.start(label, `subgraphs/${name}/main.js`, env, options.nodeFlags?.(label));
        return ready(children, label, url(port, '/health/ready'));
      }),
    );
  };
  const startSubgraphs = (wave: readonly SubgraphName[]) => Promise.all(wave.map(startSubgraph));
  for (const wave of START_WAVES) await startSubgraphs(wave);

  const gatewayEnv = {
    ...common,
    FINANCE_URL: subgraphUrls.finance,
    PARENTALITY_URL: subgraphUrls.parentality,
    SUPERGRAPH_PATH: path.join(root, 'schema', 'supergraph.graphql'),
  };
  const gateways: LoadStack['gateways'] = {};
  const startGateway = async (name: GatewayName) => {
    const contender = CONTENDERS[name];
    const [port] = (await freePorts(1)) as [number];
    const own = contender.script === CONTENDERS.ours.script ? options.gatewayEnv : {};
    const env = { ...gatewayEnv, ...contender.env, ...own, [contender.portVariable]: String(port) };
    children.start(name, contender.script, env, options.nodeFlags?.(name));
    await ready(children, name, url(port, contender.health));
    gateways[name] = url(port, '/graphql');
    return gateways[name];
  };
  await Promise.all(names.map(startGateway));
  return {
    subgraphUrls,
    gateways,
    startGateway,
    stopGateway: async (name) => {
      await children.stop(name);
      delete gateways[name];
    },
    close: () => Promise.all(balancers.map((balancer) => balancer.close())).then(() => undefined),
  };
}
