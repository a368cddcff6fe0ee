/**
 * Hive Gateway (The Guild's federation gateway), as the benchmark's point of comparison: its own
 * process, on the same committed supergraph and the same subgraph processes as our gateway.
 * Benchmark only: this is the one place that configures it.
 *
 * Environment: HIVE_GATEWAY_PORT, SUPERGRAPH_PATH, PEDAGOGY_URL, FINANCE_URL, PARENTALITY_URL,
 * VIEWER_SIGNING_SECRET (optional, the development secret by default), and its options (each off
 * unless `true`): HIVE_INBOUND_DEDUPLICATION, HIVE_ROUTER_RUNTIME, HIVE_RESPONSE_CACHE.
 */
import http from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import InMemoryLRUCache from '@graphql-mesh/cache-inmemory-lru';
import { SUBGRAPH_NAMES } from '../../platform/config.js';
import { DEV_SIGNING_SECRET } from '../../platform/env.js';
import { signViewer, VIEWER_HEADER } from '../../platform/signature.js';
import { PUBLIC_VIEWER } from '../../platform/viewer.js';
import { exitWithParent, requiredEnv } from './process-env.js';

const secret = process.env.VIEWER_SIGNING_SECRET ?? DEV_SIGNING_SECRET;
const ttlSeconds = 60;
const on = (name: string) => process.env[name] === 'true';

const gateway = createGatewayRuntime({
  supergraph: requiredEnv('SUPERGRAPH_PATH'),
  // The supergraph carries the default ports; the benchmark's subgraphs listen on free ones.
  transportEntries: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, { location: requiredEnv(`${name.toUpperCase()}_URL`) }])),
  // Subgraphs answer only requests signed by a gateway: sign the (anonymous, PUBLIC) viewer for
  // each subgraph fetch, as our gateway does, so that both do the same work.
  propagateHeaders: {
    fromClientToSubgraphs: async ({ subgraphName }) => ({ [VIEWER_HEADER]: await signViewer(PUBLIC_VIEWER, secret, ttlSeconds, subgraphName) }),
  },
  // Hive's in-flight deduplication of identical client requests is off as shipped.
  inboundInflightRequestDeduplication: on('HIVE_INBOUND_DEDUPLICATION'),
  // The Rust query planner (@graphql-hive/router-runtime), Hive's documented fastest runtime.
  ...(on('HIVE_ROUTER_RUNTIME') ? { unifiedGraphHandler } : {}),
  // Its response cache in memory (its fastest store, as ours), one answer for every (anonymous)
  // client, kept a minute like ours.
  ...(on('HIVE_RESPONSE_CACHE') ? { cache: new InMemoryLRUCache(), responseCaching: { session: () => null, ttl: 60_000 } } : {}),
  logging: 'warn',
  landingPage: false,
  graphiql: false,
});

const server = http.createServer({ keepAliveTimeout: 65_000 }, gateway);
server.listen(Number(requiredEnv('HIVE_GATEWAY_PORT')), '127.0.0.1', () => {
  console.log(`hive gateway ready on port ${(server.address() as { port: number }).port}`);
});
exitWithParent(async () => {
  server.close();
  await gateway.dispose();
});
