// Why: with TRUSTED_DOCUMENTS=enforce (production), only published operations run for anyone but
// the explorers. Staff, commission members and coordinators must still do their jobs: every write a
// department role may make has a published form (schema/operations/forms), and each role's forms
// run by their documentId — the same valid inputs as department-scope.cases.ts, for department 29.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { Kind, parse } from 'graphql';
import { postGraphQL, Stack, tokenFor } from '../stack.js';
import { CASES } from './department-scope.cases.js';
import { documentOf, Fixtures } from './department-scope.fixtures.js';

let stack: Stack;
let fixtures: Fixtures;
let url: string;
/** The published mutations: the mutation each one calls → its documentId. */
let published: Map<string, string>;
beforeAll(async () => {
  stack = await Stack.start();
  fixtures = new Fixtures(stack);
  url = await stack.startGateway({ TRUSTED_DOCUMENTS: 'enforce' });
  const manifest = JSON.parse(await readFile(new URL('../../schema/generated/persisted-documents.json', import.meta.url), 'utf8')) as Record<string, string>;
  published = new Map(
    Object.entries(manifest).flatMap(([id, text]) => {
      const operation = parse(text).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
      if (operation?.kind !== Kind.OPERATION_DEFINITION || operation.operation !== 'mutation') return [];
      const field = operation.selectionSet.selections[0];
      return field?.kind === Kind.FIELD ? [[field.name.value, id] as const] : [];
    }),
  );
});
afterAll(() => stack?.stop());

/** The writes a department role may make (those only ADMIN makes need no form: ADMIN may send free text). */
const ROLE_WRITES = Object.entries(CASES).filter(([, scope]) => !scope.acceptedAs);

const send = async (body: object, token: string) => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, ...((await response.json()) as { data?: Record<string, unknown>; errors?: Array<{ extensions?: { code?: string } }> }) };
};

describe('published forms, trusted documents enforced', () => {
  it('publishes a form for every write a department role may make', () => {
    expect(ROLE_WRITES.map(([mutation]) => mutation).filter((mutation) => !published.has(mutation))).toEqual([]);
  });

  it.each(ROLE_WRITES)('%s: its form runs by documentId for the role of the department, free text does not', async (mutation, scope) => {
    const { input, probe, after } = await scope.aim(fixtures);
    const token = await tokenFor(scope.role, ['29']);
    const freeText = await send({ query: documentOf(mutation), variables: { input } }, token);
    expect([freeText.status, freeText.errors?.map((e) => e.extensions?.code)]).toEqual([403, ['FORBIDDEN']]);
    const answer = await send({ documentId: published.get(mutation), variables: { input } }, token);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.[mutation]).toBeTruthy();
    expect(await probe()).toEqual(after);
  });

  it('keeps free text for an analyst, who explores', async () => {
    const answer = await postGraphQL(url, '{ department(code: "29") { name } }', { token: await tokenFor('ANALYST') });
    expect(answer.data).toEqual({ department: { name: 'Finistère' } });
  });
});
