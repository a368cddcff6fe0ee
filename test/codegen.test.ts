import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { renderTypedDocuments } from '../scripts/typed-documents.js';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('schema/generated/', () => {
  it('holds what `npm run codegen` makes from schema/operations and the API schema', async () => {
    const files = await renderTypedDocuments(root);
    expect(Object.keys(files).sort()).toEqual(['gql.ts', 'graphql.ts', 'index.ts', 'persisted-documents.json']);
    for (const [file, content] of Object.entries(files)) {
      const committed = await readFile(new URL(`../schema/generated/${file}`, import.meta.url), 'utf8').catch(() => '(missing)');
      expect({ file, same: committed === content }).toEqual({ file, same: true });
    }
  }, 60_000);
});
