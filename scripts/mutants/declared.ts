/**
 * Mutants that StrykerJS's operators cannot make, declared by hand: the department argument of
 * each write's check, the edges of the SQL that cuts periods and months, and a row dropped from
 * a statement's answer. Each names the end-to-end tests that must fail when it is applied
 * (`npm run test:mutation:e2e`). `find` must occur exactly once in `file`, so a declaration
 * goes stale loudly when the code moves.
 */
import { departmentMutants } from './department-checks.js';
import { periodMutants } from './period-mutants.js';

export interface Edit {
  file: string;
  find: string;
  replace: string;
}

export interface DeclaredMutant {
  /** What the change breaks, in words. */
  id: string;
  edits: Edit[];
  /** Test files to run against the mutant, and the name pattern of their tests (jest -t). */
  tests: string[];
  name?: string;
}

export const DECLARED_MUTANTS: readonly DeclaredMutant[] = [...departmentMutants, ...periodMutants];
