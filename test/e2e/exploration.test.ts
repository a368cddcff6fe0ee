import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Role } from '../../platform/viewer.js';
import { postGraphQL, Stack, tokenFor } from '../stack.js';

/**
 * Exploring the schema as production runs it (INTROSPECTION=explorers, the production default):
 * ANALYST and ADMIN introspect and get "did you mean" hints; everyone else gets neither.
 */
let stack: Stack;
let url: string;
beforeAll(async () => {
  stack = await Stack.start();
  url = await stack.startGateway({ INTROSPECTION: 'explorers' });
});
afterAll(() => stack?.stop());

const INTROSPECTION = '{ __schema { queryType { name } } }';
const TYPE = '{ __type(name: "Department") { fields { name } } }';
const TYPO = '{ departments(codes: ["18"]) { pupil } }';
const as = async (role: Role) => (role === 'PUBLIC' ? undefined : await tokenFor(role, role === 'ANALYST' || role === 'ADMIN' ? [] : ['18']));

describe('introspection in production', () => {
  it.each(['ANALYST', 'ADMIN'] as const)('is open to %s', async (role) => {
    const answer = await postGraphQL(url, INTROSPECTION, { token: await as(role) });
    expect(answer.errors).toBeUndefined();
    expect(answer.data.__schema.queryType.name).toBe('Query');
  });

  it.each([
    ['PUBLIC', 401, 'UNAUTHENTICATED'],
    ['DEPARTMENT_STAFF', 403, 'FORBIDDEN'],
    ['PARENTALITY_COORDINATOR', 403, 'FORBIDDEN'],
  ] as const)('is refused to %s (%s %s), by __schema and by __type', async (role, status, code) => {
    for (const query of [INTROSPECTION, TYPE]) {
      const answer = await postGraphQL(url, query, { token: await as(role) });
      expect([answer.status, answer.errors?.map((e) => e.extensions?.code), answer.data ?? null]).toEqual([status, [code], null]);
    }
  });

  it('leaves __typename to everyone: it is data, not the schema', async () => {
    const answer = await postGraphQL(url, '{ department(code: "18") { __typename name } }');
    expect(answer.data).toEqual({ department: { __typename: 'Department', name: 'Cher' } });
  });

  it('is open to everyone in development (the default outside production)', async () => {
    expect((await stack.query(INTROSPECTION)).data.__schema.queryType.name).toBe('Query');
  });
});

describe('"did you mean" hints in production', () => {
  it('are given to an analyst, who explores', async () => {
    const answer = await postGraphQL(url, TYPO, { token: await as('ANALYST') });
    expect(answer.errors?.[0]?.message).toMatch(/Cannot query field "pupil" on type "Department"\. Did you mean "pupils"/);
  });

  it.each(['PUBLIC', 'DEPARTMENT_STAFF'] as const)('are left out for %s, whose error still names the field', async (role) => {
    const answer = await postGraphQL(url, TYPO, { token: await as(role) });
    expect(answer.status).toBe(400);
    expect(answer.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['GRAPHQL_VALIDATION_FAILED', 'Cannot query field "pupil" on type "Department".'],
    ]);
  });
});
