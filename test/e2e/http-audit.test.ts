// Why: clients speak GraphQL over HTTP; the gateway's own HTTP handler (platform/http.ts) and its
// limits must keep to the spec. graphql-http's audit of the gateway may report no error, and no more
// warnings than the same audit of a stock Apollo Server 5 (standalone, a one-field schema).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { auditServer } from 'graphql-http';
import { Stack } from '../stack.js';

let stack: Stack;
let stock: ApolloServer;
let stockUrl: string;
beforeAll(async () => {
  stack = await Stack.start();
  stock = new ApolloServer({ typeDefs: 'type Query { hello: String }', resolvers: { Query: { hello: () => 'world' } } });
  ({ url: stockUrl } = await startStandaloneServer(stock, { listen: { port: 0, host: '127.0.0.1' } }));
});
afterAll(async () => {
  await stock?.stop();
  await stack?.stop();
});

const summary = async (url: string) => {
  const results = await auditServer({ url });
  return {
    errors: results.filter((r) => r.status === 'error').map((r) => `${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`),
    warnings: results.filter((r) => r.status === 'warn').map((r) => r.id),
  };
};

describe('GraphQL over HTTP (graphql-http audit)', () => {
  it('reports no error for the gateway, and no more warnings than for stock Apollo Server', async () => {
    const [ours, theirs] = [await summary(stack.gatewayUrl), await summary(stockUrl)];
    console.log(`audit: gateway ${ours.warnings.length} warnings, stock Apollo Server ${theirs.warnings.length}`);
    expect(ours.errors).toEqual([]);
    expect(ours.warnings.filter((id) => !theirs.warnings.includes(id))).toEqual([]);
  });
});
