import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { buildSchema } from 'graphql';
import { ACCESS, MUTATION_ACTIONS, whoMay } from '../platform/access.js';
import { CASES } from './e2e/department-scope.cases.js';

/**
 * The role × action table (platform/access.ts) against the schema and against behaviour:
 * every mutation has an action, its description says who may call it as the table does, and the
 * role that department-scope.test.ts sees accepted is one the table allows.
 */
const mutations = buildSchema(readFileSync(new URL('../schema/api.graphql', import.meta.url), 'utf8'))
  .getMutationType()!
  .getFields();

describe('who may call each mutation', () => {
  it('gives every mutation of the API an action, and no other', () => {
    expect(Object.keys(MUTATION_ACTIONS).sort()).toEqual(Object.keys(mutations).sort());
  });

  it.each(Object.entries(MUTATION_ACTIONS))('%s: its description says who may call it (%s)', (name, action) => {
    expect(mutations[name]!.description?.endsWith(whoMay(action))).toBe(true);
    // No other role named in the description's own words: the table is the one place that says it.
    const what = mutations[name]!.description!.slice(0, -whoMay(action).length);
    expect(what.match(/\b(DEPARTMENT_STAFF|COMMISSION_MEMBER|PARENTALITY_COORDINATOR|ANALYST)\b/g)).toBeNull();
  });

  it.each(Object.entries(CASES))('%s: the role accepted end to end is the one the table allows', (name, scope) => {
    const allowed: readonly string[] = ACCESS[MUTATION_ACTIONS[name as keyof typeof MUTATION_ACTIONS]];
    expect(scope.acceptedAs === 'ADMIN' ? allowed.length === 0 : allowed.includes(scope.role)).toBe(true);
  });
});
