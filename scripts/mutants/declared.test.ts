import { describe, expect, it } from '@jest/globals';
import { projectRoot } from '../../platform/paths.js';
import { DECLARED_MUTANTS } from './declared.js';
import { checkEdit } from './sandbox.js';

// A declared mutant whose text no longer matches the code would make `npm run test:mutation:e2e`
// refuse to run: caught here, in `npm test`, the moment the code moves.
describe('the declared mutants', () => {
  it.each(DECLARED_MUTANTS.map((m) => [m.id, m] as const))('%s: each edit finds its text exactly once', async (_id, mutant) => {
    const problems = await Promise.all(mutant.edits.map((edit) => checkEdit(projectRoot(), edit)));
    expect(problems.filter((p) => p !== null)).toEqual([]);
    for (const edit of mutant.edits) expect(edit.replace).not.toEqual(edit.find);
  });
});
