import { describe, expect, it } from '@jest/globals';
import { isFileUpload } from './uploads.js';

describe('which requests may carry a file-sized body', () => {
  it.each([
    ['the Pix import', 'mutation($input: ImportPixResultsInput!) { importPixResults(input: $input) { pupils } }', true],
    [
      'the published Pix form, with its name',
      'mutation ImportPixResults($input: ImportPixResultsInput!) { importPixResults(input: $input) { replaced } }',
      true,
    ],
    ['a query', '{ departments { code } }', false],
    ['another mutation', 'mutation($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }', false],
    [
      'the import beside another mutation',
      'mutation($i: ImportPixResultsInput!, $p: CreateProjectInput!) { importPixResults(input: $i) { pupils } createProject(input: $p) { project { id } } }',
      false,
    ],
    [
      'the import beside a query in one document',
      'mutation M($i: ImportPixResultsInput!) { importPixResults(input: $i) { pupils } } query Q { departments { code } }',
      false,
    ],
    ['a syntax error', 'mutation { importPixResults(', false],
  ])('%s: %s', (_case, query, upload) => {
    expect(isFileUpload({ query })).toBe(upload);
  });

  it('says no to a body without a query', () => {
    expect([isFileUpload(null), isFileUpload({}), isFileUpload([{ query: 'mutation { importPixResults }' }])]).toEqual([false, false, false]);
  });
});
