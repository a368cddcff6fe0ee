import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { GraphQLError } from 'graphql';
import type { Role } from '../platform/viewer.js';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isTrusted, loadManifest, trustedDocumentResolver, trustedDocumentsPlugin } from './trusted-documents.js';

const TEXT = 'query Published { departments { code } }';
const HASH = createHash('sha256').update(TEXT).digest('hex');
const manifest = new Map([[HASH, TEXT]]);
const request = () => ({}) as IncomingMessage;

describe('trustedDocumentResolver: a published document by id or by its exact text', () => {
  it.each([
    ['documentId with the sha256: prefix', { documentId: `sha256:${HASH}`, variables: { a: 1 } }],
    ['documentId without the prefix', { documentId: HASH, variables: { a: 1 } }],
    ['an Apollo persisted query hash', { extensions: { persistedQuery: { version: 1, sha256Hash: HASH }, other: true }, variables: { a: 1 } }],
  ])('resolves %s to its text and marks the request trusted', (_what, body) => {
    const req = request();
    const resolved = trustedDocumentResolver(manifest)(body, req) as Record<string, unknown>;
    expect(resolved.query).toBe(TEXT);
    expect(resolved.variables).toEqual({ a: 1 });
    expect(resolved.documentId).toBeUndefined();
    expect((resolved.extensions as Record<string, unknown>).persistedQuery).toBeUndefined();
    expect(isTrusted(req)).toBe(true);
  });

  it('keeps the other extensions of a persisted query', () => {
    const resolved = trustedDocumentResolver(manifest)({ extensions: { persistedQuery: { sha256Hash: HASH }, other: true } }, request()) as Record<
      string,
      unknown
    >;
    expect(resolved.extensions).toEqual({ other: true });
  });

  it('marks the exact published text as trusted, leaving the body as it is', () => {
    const req = request();
    const body = { query: TEXT };
    expect(trustedDocumentResolver(manifest)(body, req)).toBe(body);
    expect(isTrusted(req)).toBe(true);
  });

  it.each([
    ['free text', { query: `${TEXT} ` }],
    ['extensions without a persisted query', { extensions: { other: true } }],
    ['an unknown id', { documentId: `sha256:${'0'.repeat(64)}` }],
    ['no query at all', { variables: {} }],
  ])('leaves %s untrusted and unchanged', (_what, body) => {
    const req = request();
    expect(trustedDocumentResolver(manifest)(body, req)).toBe(body);
    expect(isTrusted(req)).toBe(false);
  });

  it.each([[undefined], ['text'], [[{ query: TEXT }]]])('passes a body that is not one operation (%p) through', (body) => {
    const req = request();
    expect(trustedDocumentResolver(manifest)(body, req)).toBe(body);
    expect(isTrusted(req)).toBe(false);
  });
});

describe('trustedDocumentsPlugin: who may run free text under enforcement', () => {
  const check = async (enforce: boolean, role: Role, trusted: boolean) => {
    const hooks = await trustedDocumentsPlugin<{ viewer: { role: Role; departments: string[] }; trusted: boolean }>(enforce).requestDidStart!({} as never);
    try {
      await (hooks as { didResolveOperation: (context: unknown) => Promise<void> }).didResolveOperation({
        contextValue: { viewer: { role, departments: [] }, trusted },
      });
      return 'ran';
    } catch (error) {
      const { message, extensions } = error as GraphQLError;
      expect(message).toBe(
        'This gateway runs trusted documents only: send the documentId of a published operation (free-text queries are for ANALYST and ADMIN).',
      );
      return `${extensions.code} ${JSON.stringify(extensions.http)}`;
    }
  };

  it.each<[boolean, Role, boolean, string]>([
    [false, 'PUBLIC', false, 'ran'],
    [true, 'PUBLIC', true, 'ran'],
    [true, 'PUBLIC', false, 'FORBIDDEN {"status":403}'],
    [true, 'DEPARTMENT_STAFF', false, 'FORBIDDEN {"status":403}'],
    [true, 'PARENTALITY_COORDINATOR', false, 'FORBIDDEN {"status":403}'],
    [true, 'ANALYST', false, 'ran'],
    [true, 'ADMIN', false, 'ran'],
  ])('enforce %s, %s, trusted %s: %s', async (enforce, role, trusted, outcome) => {
    expect(await check(enforce, role, trusted)).toBe(outcome);
  });
});

describe('loadManifest: the hashes npm run codegen publishes', () => {
  it('reads hash → text, with or without the sha256: prefix', async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'manifest-')), 'persisted-documents.json');
    await writeFile(file, JSON.stringify({ [`sha256:${HASH}`]: TEXT, abc: 'query B { __typename }' }));
    expect([...(await loadManifest(file))]).toEqual([
      [HASH, TEXT],
      ['abc', 'query B { __typename }'],
    ]);
  });

  it('is empty when the file is missing (nothing is trusted)', async () => {
    expect((await loadManifest(path.join(tmpdir(), 'no-such-manifest.json'))).size).toBe(0);
  });
});
