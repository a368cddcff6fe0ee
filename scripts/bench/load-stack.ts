/**
 * The platform under load: three subgraph processes, our gateway and Hive Gateway, all on free
 * loopback ports, both gateways on the same committed supergraph and the same subgraphs.
 */
import path from 'node:path';
import { START_WAVES, SUBGRAPH_NAMES, type SubgraphName } from '../../platform/config.js';
import { waitForReady } from '../ready.js';
import type { Children } from './children.js';
import { BenchFailure } from './common.js';
import { freePorts } from './ports.js';

export type GatewayName = 'ours' | 'hive';
export const GATEWAY_LABEL: Record<GatewayName, string> = { ours: 'ours (Apollo)', hive: 'Hive Gateway' };

export interface LoadStack {
  subgraphUrls: Record<SubgraphName, string>;
  /** Each gateway's GraphQL URL (ours only, without Hive). */
  gateways: Record<GatewayName, string>;
}

export interface LoadStackOptions {
  /** Start Hive Gateway beside ours (default: true). */
  hive?: boolean;
  /** More settings of our gateway (TRUSTED_DOCUMENTS=enforce…). */
  gatewayEnv?: Record<string, string>;
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
 * schools while seeding), then both gateways. `databaseEnv` points the subgraphs at their databases.
 * Node runs without `npm start`'s small young generation: these are throughput figures, as in production.
 */
export async function startLoadStack(
  root: string,
  children: Children,
  databaseEnv: Record<string, string>,
  options: LoadStackOptions = {},
): Promise<LoadStack> {
  const [ours, hive, ...subgraphPorts] = (await freePorts(2 + SUBGRAPH_NAMES.length)) as number[];
  const ports = Object.fromEntries(SUBGRAPH_NAMES.map((name, i) => [name, subgraphPorts[i]!])) as Record<SubgraphName, number>;
  const subgraphUrls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, url(ports[name], '/graphql')])) as Record<SubgraphName, string>;
  const common = { HOST, LOG_LEVEL: 'warn', PEDAGOGY_URL: subgraphUrls.pedagogy };
  const startSubgraphs = (names: readonly SubgraphName[]) =>
    Promise.all(
      names.map((name) => {
        children.start(name, `subgraphs/${name}/main.js`, { ...common, ...databaseEnv, [`${name.toUpperCase()}_PORT`]: String(ports[name]) });
        return ready(children, name, url(ports[name], '/health/ready'));
      }),
    );
  for (const wave of START_WAVES) await startSubgraphs(wave);

  const gatewayEnv = {
    ...common,
    FINANCE_URL: subgraphUrls.finance,
    PARENTALITY_URL: subgraphUrls.parentality,
    SUPERGRAPH_PATH: path.join(root, 'schema', 'supergraph.graphql'),
  };
  children.start('ours', 'gateway/main.js', { ...gatewayEnv, ...options.gatewayEnv, GATEWAY_PORT: String(ours) });
  const withHive = options.hive ?? true;
  if (withHive) children.start('hive', 'scripts/bench/hive-gateway.js', { ...gatewayEnv, HIVE_GATEWAY_PORT: String(hive) });
  await Promise.all([ready(children, 'ours', url(ours, '/health/ready')), withHive ? ready(children, 'hive', url(hive, '/readiness')) : undefined]);
  return { subgraphUrls, gateways: { ours: url(ours, '/graphql'), hive: url(hive, '/graphql') } };
}
