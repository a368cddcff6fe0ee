/**
 * Requests that do not say which operation to run get BAD_USER_INPUT and HTTP 400, and documents that
 * do not parse (a syntax error, too many tokens) GRAPHQL_PARSE_FAILED and HTTP 400 — never 500 — from a
 * gateway without subgraphs (nothing is planned or fetched for them).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadGatewayConfig } from './config.js';
import { createGateway, type GatewayServer } from './gateway.js';

let gateway: GatewayServer;
let url: string;
beforeAll(async () => {
  gateway = await createGateway(loadGatewayConfig({ LOG_LEVEL: 'silent' }));
  url = await gateway.listen(0);
});
afterAll(() => gateway.stop());

const post = async (body: object) => {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: Array<{ message: string; extensions: Record<string, unknown> }> } };
};

describe('the operation to run', () => {
  it.each([
    ['an operationName the document lacks', { query: 'query A { __typename }', operationName: 'B' }, 'Unknown operation named "B".'],
    [
      'several operations and no name',
      { query: 'query A { __typename } query B { __typename }' },
      'Must provide operation name if query contains multiple operations.',
    ],
  ])('refuses %s with BAD_USER_INPUT and HTTP 400', async (_what, body, message) => {
    const { status, body: answer } = await post(body);
    expect(status).toBe(400);
    expect(answer.errors).toEqual([{ message, extensions: { code: 'BAD_USER_INPUT', field: 'operationName' } }]);
    expect(answer.data).toBeUndefined();
  });

  it('runs the operation named among several', async () => {
    const { status, body } = await post({ query: 'query A { __typename } query B { b: __typename }', operationName: 'B' });
    expect(status).toBe(200);
    expect(body).toEqual({ data: { b: 'Query' } });
  });
});

describe('a document that does not parse', () => {
  it.each([
    ['a syntax error', '{', 'Syntax Error: Expected Name, found <EOF>.'],
    [
      'more tokens than QUERY_MAX_TOKENS (5,000)',
      `{ ${'__typename '.repeat(5_000)}}`,
      'Syntax Error: Document contains more that 5000 tokens. Parsing aborted.',
    ],
  ])('answers %s with GRAPHQL_PARSE_FAILED and HTTP 400', async (_what, query, message) => {
    const { status, body } = await post({ query });
    expect(status).toBe(400);
    expect(body.errors?.map((e) => [e.extensions.code, e.message])).toEqual([['GRAPHQL_PARSE_FAILED', message]]);
  });
});
