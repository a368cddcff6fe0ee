/**
 * The gateway's response cache (gateway/response-cache.ts), through real gateways and subgraphs:
 * one gateway keeping answers in its memory, two sharing them through the machine's Redis (under a
 * key prefix of this run's own), and one whose Redis is down. A write is visible in the very next
 * read; viewers share an answer only with the same rights; personal data is never kept.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { Stack, tokenFor } from '../stack.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `test-${randomBytes(6).toString('hex')}:`;
let stack: Stack;
let memory: string;
let shared: [string, string];
let redisDown: string;

beforeAll(async () => {
  stack = await Stack.start({ subgraphEnv: { REDIS_URL, REDIS_KEY_PREFIX: prefix } });
  memory = await stack.startGateway({ RESPONSE_CACHE: 'memory' });
  const redis = { RESPONSE_CACHE: 'redis', REDIS_URL, REDIS_KEY_PREFIX: prefix };
  shared = [await stack.startGateway(redis), await stack.startGateway(redis)];
  // Nothing listens on port 1: the cache is out of reach from the start.
  redisDown = await stack.startGateway({ ...redis, REDIS_URL: 'redis://127.0.0.1:1' });
  // Each gateway's first answers teach it the subgraphs' versions (a one-off miss): done here.
  for (const url of [memory, ...shared]) await ask(url, COMPARISON, { variables: { codes: ['29'] } });
}, 180_000);

afterAll(async () => {
  await stack?.stop();
  const redis = new Redis(REDIS_URL);
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
});

interface Answer {
  cache: string | null;
  data?: any;
  errors?: Array<{ extensions?: { code?: string } }>;
  /** Requests the subgraphs received for this one. */
  reached: number;
}

async function ask(url: string, query: string, options: { token?: string; variables?: Record<string, unknown> } = {}): Promise<Answer> {
  const { answer, reached } = await stack.traced(async (headers) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers, ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
      body: JSON.stringify({ query, variables: options.variables }),
    });
    const body = (await res.json()) as Omit<Answer, 'cache' | 'reached'>;
    return { cache: res.headers.get('x-cache'), cacheControl: res.headers.get('cache-control'), ...body };
  });
  expect(answer.cacheControl).toBe('no-store');
  return { ...answer, reached };
}

const COMPARISON = `query Comparison($codes: [ID!]!) {
  departments(codes: $codes) { code pupils pedagogy { projects { projects { value } } } finance { budget { envelopes { value { cents } } } } }
}`;
const PROJECT = `query Project($id: ID!) { project(id: $id) { id title version } }`;
const UPDATE = `mutation Rename($input: UpdateProjectInput!) { updateProject(input: $input) { project { title version } } }`;
const PLANS = `query Plans { fundingPlans(first: 20) { totalCount nodes { id department { code } } } }`;

/** A new draft project of Finistère (only drafts may be renamed), written through the gateway at `url`. */
async function draftOf(url: string, token: string): Promise<{ id: string; title: string; version: number }> {
  const { data: calls } = await stack.query(`{ calls { id code } }`);
  const call = calls.calls.find((c: { code: string }) => c.code === '29-AMI');
  const [school] = await stack.sql<{ uai: string }>(
    'pedagogy',
    `select s.uai from school s join commune c on c.code = s.commune_code
      where s.department_code = '29' and c.priority_territory_code is not null order by s.uai limit 1`,
  );
  const input = { callId: call.id, leadSchoolUai: school!.uai, title: 'Webradio', themes: [] };
  const { data, errors } = await ask(url, `mutation($input: CreateProjectInput!) { createProject(input: $input) { project { id title version } } }`, {
    token,
    variables: { input },
  });
  expect(errors).toBeUndefined();
  return data.createProject.project;
}

describe('in one gateway’s memory', () => {
  it('answers a repeated read from the cache without asking any subgraph, equal to the first answer', async () => {
    const variables = { codes: ['18', '29'] };
    const first = await ask(memory, COMPARISON, { variables });
    expect(first.cache).toBe('MISS');
    expect(first.reached).toBeGreaterThan(0);
    const second = await ask(memory, COMPARISON, { variables });
    expect(second).toEqual({ ...first, cache: 'HIT', reached: 0 });
    // Other variables are another answer.
    expect((await ask(memory, COMPARISON, { variables: { codes: ['18'] } })).cache).toBe('MISS');
  });

  it('shows a write in the very next read', async () => {
    const staff29 = await tokenFor('DEPARTMENT_STAFF', ['29']);
    const project = await draftOf(memory, staff29);
    const variables = { id: project.id };
    await ask(memory, PROJECT, { token: staff29, variables });
    expect((await ask(memory, PROJECT, { token: staff29, variables })).cache).toBe('HIT');
    const title = `Renommé ${randomBytes(3).toString('hex')}`;
    const written = await ask(memory, UPDATE, { token: staff29, variables: { input: { id: project.id, version: project.version, title } } });
    expect(written.errors).toBeUndefined();
    expect(written.cache).toBe('BYPASS');
    const next = await ask(memory, PROJECT, { token: staff29, variables });
    expect(next.cache).toBe('MISS');
    expect(next.data.project.title).toBe(title);
  });

  it('never gives one department’s answer to another’s staff; the same rights share it', async () => {
    const staff18 = await tokenFor('DEPARTMENT_STAFF', ['18']);
    const first = await ask(memory, PLANS, { token: staff18 });
    const codes18 = new Set(first.data.fundingPlans.nodes.map((plan: { department: { code: string } }) => plan.department.code));
    expect([...codes18]).toEqual(['18']);
    expect((await ask(memory, PLANS, { token: staff18 })).cache).toBe('HIT');
    // Another person with the same role and department: the same rights, the same answer.
    const colleague = await ask(memory, PLANS, { token: await tokenFor('DEPARTMENT_STAFF', ['18'], '2h') });
    expect(colleague.cache).toBe('HIT');
    const other = await ask(memory, PLANS, { token: await tokenFor('DEPARTMENT_STAFF', ['29']) });
    expect(other.cache).toBe('MISS');
    expect(other.data.fundingPlans.nodes.every((plan: { department: { code: string } }) => plan.department.code === '29')).toBe(true);
    const anonymous = await ask(memory, PLANS);
    expect(anonymous.cache).not.toBe('HIT');
    expect(anonymous.data?.fundingPlans?.nodes ?? []).toEqual([]);
  });

  it('never keeps households: not for their coordinator, not in any document that selects them', async () => {
    const coordinator = await tokenFor('PARENTALITY_COORDINATOR', ['29']);
    const households = 'query Households { households(first: 5) { totalCount nodes { id } } }';
    for (let i = 0; i < 2; i++) {
      const answer = await ask(memory, households, { token: coordinator });
      expect(answer.errors).toBeUndefined();
      expect(answer.cache).toBe('BYPASS');
      expect(answer.reached).toBeGreaterThan(0);
    }
    // Even a public answer of the coordinator's (they read household records) is asked again.
    expect((await ask(memory, COMPARISON, { token: coordinator, variables: { codes: ['29'] } })).cache).toBe('BYPASS');
    expect((await ask(memory, households, { token: await tokenFor('ANALYST') })).cache).toBe('BYPASS');
  });
});

describe('shared through Redis', () => {
  it('lets a second gateway answer from the first one’s cache, and sees a write through the other gateway', async () => {
    const staff29 = await tokenFor('DEPARTMENT_STAFF', ['29']);
    const project = await draftOf(shared[0], staff29);
    const variables = { id: project.id };
    expect((await ask(shared[0], PROJECT, { token: staff29, variables })).cache).toBe('MISS');
    const fromOther = await ask(shared[1], PROJECT, { token: staff29, variables });
    expect(fromOther).toMatchObject({ cache: 'HIT', reached: 0 });
    const title = `Partagé ${randomBytes(3).toString('hex')}`;
    await ask(shared[1], UPDATE, { token: staff29, variables: { input: { id: project.id, version: project.version, title } } });
    const next = await ask(shared[0], PROJECT, { token: staff29, variables });
    expect(next.cache).toBe('MISS');
    expect(next.data.project.title).toBe(title);
  });

  it('answers without the cache when Redis is out of reach', async () => {
    for (let i = 0; i < 2; i++) {
      const answer = await ask(redisDown, COMPARISON, { variables: { codes: ['29'] } });
      expect(answer.errors).toBeUndefined();
      expect(answer.cache).toBe('BYPASS');
      expect(answer.data.departments[0].code).toBe('29');
    }
  });
});
