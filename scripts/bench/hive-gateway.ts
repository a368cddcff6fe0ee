/**
 * Hive Gateway (The Guild's federation gateway), as the benchmark's point of comparison: its own
 * process, on the same committed supergraph and the same subgraph processes as our gateway.
 * Benchmark only: this is the one place that configures it.
 *
 * Environment: HIVE_GATEWAY_PORT, SUPERGRAPH_PATH, PEDAGOGY_URL, FINANCE_URL, PARENTALITY_URL,
 * VIEWER_SIGNING_SECRET (optional, the development secret by default), HIVE_INBOUND_DEDUPLICATION.
 */
import http from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway';
import { SUBGRAPH_NAMES } from '../../platform/config.js';
import { DEV_SIGNING_SECRET } from '../../platform/env.js';
import { signViewer, VIEWER_HEADER } from '../../platform/signature.js';
import { PUBLIC_VIEWER } from '../../platform/viewer.js';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set`);
  return value;
};

const secret = process.env.VIEWER_SIGNING_SECRET ?? DEV_SIGNING_SECRET;
const ttlSeconds = 60;

const gateway = createGatewayRuntime({
  supergraph: env('SUPERGRAPH_PATH'),
  // The supergraph carries the default ports; the benchmark's subgraphs listen on free ones.
  transportEntries: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, { location: env(`${name.toUpperCase()}_URL`) }])),
  // Subgraphs answer only requests signed by a gateway: sign the (anonymous, PUBLIC) viewer for
  // each subgraph fetch, as our gateway does, so that both do the same work.
  propagateHeaders: {
    fromClientToSubgraphs: async ({ subgraphName }) => ({ [VIEWER_HEADER]: await signViewer(PUBLIC_VIEWER, secret, ttlSeconds, subgraphName) }),
  },
  // Hive's own in-flight deduplication of identical client requests is off by default; the
  // benchmark measures Hive as shipped unless HIVE_INBOUND_DEDUPLICATION=true (for comparison).
  inboundInflightRequestDeduplication: process.env.HIVE_INBOUND_DEDUPLICATION === 'true',
  logging: 'warn',
  landingPage: false,
  graphiql: false,
});

const server = http.createServer({ keepAliveTimeout: 65_000 }, gateway);
server.listen(Number(env('HIVE_GATEWAY_PORT')), '127.0.0.1', () => {
  console.log(`hive gateway ready on port ${(server.address() as { port: number }).port}`);
});

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  server.close();
  void Promise.resolve(gateway.dispose()).finally(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
// Started by the benchmark with a stdin pipe that closes when it dies, even by kill -9.
if (process.env.TNE_EXIT_WITH_PARENT) {
  process.stdin.on('end', stop);
  process.stdin.resume();
}
