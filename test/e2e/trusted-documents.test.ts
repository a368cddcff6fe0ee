import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { print } from 'graphql';
import { DepartmentProfileDocument } from '../../schema/generated/graphql.js';
import { postGraphQL, Stack, tokenFor } from '../stack.js';

let stack: Stack;
let url: string;
let manifest: Record<string, string>;
beforeAll(async () => {
  stack = await Stack.start();
  // A second gateway over the same subgraphs, as production runs it (TRUSTED_DOCUMENTS=enforce).
  url = await stack.startGateway({ TRUSTED_DOCUMENTS: 'enforce' });
  manifest = JSON.parse(await readFile(new URL('../../schema/generated/persisted-documents.json', import.meta.url), 'utf8'));
});
afterAll(() => stack?.stop());

const post = async (body: object, token?: string) => {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, ...((await res.json()) as { data?: any; errors?: Array<{ extensions?: { code?: string } }> }) };
};

describe('trusted documents, enforced', () => {
  it('runs a published operation sent by its manifest hash, for PUBLIC', async () => {
    const documentId = Object.keys(manifest).find((key) => manifest[key]!.startsWith('query DepartmentProfile'))!;
    const response = await post({ documentId, variables: { code: '18' } });
    expect(response.errors).toBeUndefined();
    expect(response.data.department.name).toBe('Cher');
  });

  it('refuses free text for PUBLIC with FORBIDDEN, and accepts it for ANALYST', async () => {
    const refused = await post({ query: '{ departments { code } }' });
    expect(refused.status).toBe(403);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.data).toBeUndefined();
    const analyst = await postGraphQL(url, '{ departments { code } }', { token: await tokenFor('ANALYST') });
    expect(analyst.data.departments).toHaveLength(101);
  });

  it('treats the exact text of a published operation as trusted, and an unknown hash as free text', async () => {
    const text = manifest[Object.keys(manifest).find((key) => manifest[key]!.startsWith('query DepartmentProfile'))!]!;
    expect((await post({ query: text, variables: { code: '29' } })).data.department.name).toBe('Finistère');
    const unknown = await post({ documentId: 'sha256:0000', variables: { code: '29' } });
    expect(unknown.status).toBe(400);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    // The typed document's printed text differs in layout from the manifest's: it is free text.
    expect((await post({ query: print(DepartmentProfileDocument), variables: { code: '29' } })).status).toBe(403);
  });

  it('leaves the development gateway open (TRUSTED_DOCUMENTS=off by default)', async () => {
    expect((await stack.query('{ departments(codes: ["18"]) { code } }')).data.departments).toEqual([{ code: '18' }]);
  });
});
