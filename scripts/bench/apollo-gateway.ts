/**
 * Stock `@apollo/gateway` (the package our gateway is built on), as a point of comparison: Apollo
 * Server with the gateway's default data sources and settings, nothing of ours but the signed
 * viewer the subgraphs require and a health route. Benchmark only.
 *
 * Environment: APOLLO_GATEWAY_PORT, SUPERGRAPH_PATH, PEDAGOGY_URL, FINANCE_URL, PARENTALITY_URL,
 * VIEWER_SIGNING_SECRET (optional, the development secret by default).
 */
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { DEV_SIGNING_SECRET } from '../../platform/env.js';
import { signViewer, VIEWER_HEADER } from '../../platform/signature.js';
import { PUBLIC_VIEWER } from '../../platform/viewer.js';
import { exitWithParent, requiredEnv } from './process-env.js';

const secret = process.env.VIEWER_SIGNING_SECRET ?? DEV_SIGNING_SECRET;

const gateway = new ApolloGateway({
  supergraphSdl: readFileSync(requiredEnv('SUPERGRAPH_PATH'), 'utf8'),
  buildService: ({ name }) =>
    new RemoteGraphQLDataSource({
      url: requiredEnv(`${name.toUpperCase()}_URL`),
      willSendRequest: async ({ request }) => {
        request.http?.headers.set(VIEWER_HEADER, await signViewer(PUBLIC_VIEWER, secret, 60, name));
      },
    }),
});
const apollo = new ApolloServer({ gateway });
await apollo.start();

/** Apollo Server's own request handling over Node's HTTP server (as its standalone server does). */
const server = http.createServer({ keepAliveTimeout: 65_000 }, async (req, res) => {
  if (req.url === '/health') return void res.end('ok');
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
  const text = Buffer.concat(chunks).toString('utf8');
  const result = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'POST', headers, search: '', body: text ? JSON.parse(text) : undefined },
    context: async () => ({}),
  });
  res.statusCode = result.status ?? 200;
  for (const [name, value] of result.headers) res.setHeader(name, value);
  if (result.body.kind === 'complete') return void res.end(result.body.string);
  for await (const chunk of result.body.asyncIterator) res.write(chunk);
  res.end();
});
server.listen(Number(requiredEnv('APOLLO_GATEWAY_PORT')), '127.0.0.1', () => console.log('apollo gateway ready'));
exitWithParent(async () => {
  server.close();
  await apollo.stop();
});
