/**
 * Requests that do not say which operation to run get BAD_USER_INPUT and HTTP 400, from a gateway
 * without subgraphs (nothing is planned or fetched for them).
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
