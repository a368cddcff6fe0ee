// Why: the gateway is public. Each of its limits must refuse an abusive request before any subgraph
// is asked (the subgraphs' request counters do not move), with HTTP 400 and a code saying why —
// while the largest legitimate operations (the national comparison, every shipped analysis) run.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { print } from 'graphql';
import { parseAnalysis } from '../../web/shared/analysis.js';
import { CompareDepartmentsDocument, DepartmentTrendsDocument } from '../../schema/generated/graphql.js';
import { postGraphQL, Stack, tokenFor } from '../stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await Stack.start();
});
afterAll(() => stack?.stop());

const post = async (body: string, headers: Record<string, string> = {}) => {
  const response = await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await response.text();
  return { status: response.status, body: text.startsWith('{') ? JSON.parse(text) : text };
};

const nested = (depth: number) => `{ departments(codes: ["18"]) { ${'communes { epci { communes { '.repeat(depth)} name ${'} } } '.repeat(depth)} } }`;
const LIMITS: Array<[string, () => string, number, string]> = [
  ['depth (QUERY_MAX_DEPTH 12)', () => JSON.stringify({ query: nested(5) }), 400, 'GRAPHQL_VALIDATION_FAILED'],
  [
    'aliases (QUERY_MAX_ALIASES 30)',
    () => JSON.stringify({ query: `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: department(code: "18") { name }`).join(' ')} }` }),
    400,
    'GRAPHQL_VALIDATION_FAILED',
  ],
  [
    'tokens (QUERY_MAX_TOKENS 5000)',
    () => JSON.stringify({ query: `{ departments(codes: [${'"18", '.repeat(5_100)}]) { name } }` }),
    400,
    'GRAPHQL_PARSE_FAILED',
  ],
  [
    'cost: nested lists without first (QUERY_MAX_COST 500000; this one ~9 million)',
    () => JSON.stringify({ query: '{ departments { communes { schools { uai name pupils kind } } } }' }),
    400,
    'GRAPHQL_VALIDATION_FAILED',
  ],
  [
    'cost: a page size sent as a variable',
    () =>
      JSON.stringify({
        query: 'query($n: Int!) { departments { schools(first: $n) { nodes { uai name pupils kind commune { code name } department { code name } } } } }',
        variables: { n: 500 },
      }),
    400,
    'GRAPHQL_VALIDATION_FAILED',
  ],
  ['batched requests', () => JSON.stringify([{ query: '{ department(code: "18") { name } }' }, { query: '{ department(code: "29") { name } }' }]), 400, ''],
  [
    'an ordinary body above MAX_BODY_BYTES (128 KiB)',
    () => JSON.stringify({ query: 'query($filter: String) { department(code: "18") { name } }', variables: { filter: 'x'.repeat(200 * 1024) } }),
    413,
    '',
  ],
  [
    'a body above MAX_UPLOAD_BYTES (16 MiB)',
    () => JSON.stringify({ query: '{ department(code: "18") { name } }', variables: { pad: 'x'.repeat(17 * 1024 * 1024) } }),
    413,
    '',
  ],
];

describe('every limit refuses before a subgraph is asked', () => {
  it.each(LIMITS)('%s', async (_limit, body, status, code) => {
    const { answer, reached: requests } = await stack.traced((headers) => post(body(), headers));
    const { status: got, body: refusal } = answer as Awaited<ReturnType<typeof post>>;
    expect(got).toBe(status);
    if (code) expect(refusal.errors?.[0]?.extensions?.code).toBe(code);
    expect(requests).toBe(0);
  });

  it('says what a costly operation costs and what the limit is', async () => {
    const { body } = await post(JSON.stringify({ query: '{ departments { communes { schools { uai name } } } }' }));
    expect(body.errors[0].extensions).toEqual(expect.objectContaining({ limit: 'QUERY_MAX_COST', maxCost: 500_000 }));
    expect(body.errors[0].extensions.cost).toBeGreaterThan(500_000);
    expect(body.errors[0].message).toMatch(/^This operation would cost \d+, above the limit of 500000/);
  });
});

describe('the weight of an answer', () => {
  it('is bounded: a heavier answer is replaced by ANSWER_TOO_LARGE with its weight and the limit', async () => {
    const url = await stack.startGateway({ MAX_ANSWER_BYTES: '2048' });
    const heavy = await postGraphQL(url, '{ departments { code name academy } }');
    expect(heavy.data).toBeUndefined();
    expect(heavy.errors?.map((e) => [e.extensions?.code, e.extensions?.maxBytes])).toEqual([['ANSWER_TOO_LARGE', 2048]]);
    expect(heavy.errors?.[0]?.extensions?.bytes).toBeGreaterThan(2048);
    expect((await postGraphQL(url, '{ department(code: "18") { name } }')).data).toEqual({ department: { name: 'Cher' } });
  });
});

describe("an operation's time budget", () => {
  it('stops waiting for subgraphs once spent: their fields are null, with OPERATION_TIMEOUT naming each', async () => {
    const url = await stack.startGateway({ OPERATION_TIMEOUT_MS: '1' });
    const answer = await postGraphQL(url, '{ departments(codes: ["18"]) { name finance { grants { value } } } }');
    expect(answer.errors?.length).toBeGreaterThan(0);
    expect(answer.errors?.every((e) => e.extensions?.code === 'OPERATION_TIMEOUT' && typeof e.extensions?.serviceName === 'string')).toBe(true);
  });

  it('is not sent to the subgraphs, which see an ordinary request', async () => {
    const seen: Array<Record<string, unknown>> = [];
    const listener = (req: { headers: Record<string, unknown> }) => void seen.push(req.headers);
    stack.subgraphs.finance.httpServer.on('request', listener);
    try {
      expect((await stack.query('{ departments(codes: ["18"]) { finance { grants { value } } } }')).errors).toBeUndefined();
    } finally {
      stack.subgraphs.finance.httpServer.off('request', listener);
    }
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((headers) => 'x-tne-deadline' in headers)).toEqual([]);
  });
});

describe('the largest legitimate operations stay allowed', () => {
  it.each([
    ['national comparison', CompareDepartmentsDocument],
    ['trends', DepartmentTrendsDocument],
  ])(
    'runs the %s of all 101 departments',
    async (_name, document) => {
      const started = Date.now();
      const answer = await stack.query(print(document), { token: await tokenFor('ANALYST'), variables: { codes: null } });
      console.log(`${_name}: ${Date.now() - started} ms, ${JSON.stringify(answer).length} bytes`);
      expect(answer.errors).toBeUndefined();
      expect(answer.data.departments).toHaveLength(101);
    },
    120_000,
  );

  const dir = new URL('../../web/analyses/', import.meta.url);
  const analyses = readdirSync(dir)
    .filter((file) => file.endsWith('.graphql') && !readFileSync(new URL(file, dir), 'utf8').includes('# published:'))
    .map((file) => parseAnalysis(file.replace(/\.graphql$/, ''), readFileSync(new URL(file, dir), 'utf8')));

  it.each(analyses.map((a) => [a.id, a] as const))('runs the shipped analysis %s', async (_id, analysis) => {
    const answer = await stack.query(analysis.query, { token: await tokenFor('ANALYST'), variables: JSON.parse(analysis.variables) });
    expect(answer.errors).toBeUndefined();
  });
});
