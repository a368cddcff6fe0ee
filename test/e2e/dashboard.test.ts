import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { CompareDepartmentsDocument, DepartmentProfileDocument, ProjectListDocument } from '../../schema/generated/graphql.js';
import { Stack, tokenFor } from '../stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await Stack.start();
});
afterAll(() => stack?.stop());

/** Runs a typed dashboard operation: its variables and result are checked by `tsc`. */
async function run<R, V extends Record<string, unknown>>(document: TypedDocumentNode<R, V>, variables: V, token?: string): Promise<R> {
  const { data, errors } = await stack.query<R>(print(document), { variables, token });
  expect(errors).toBeUndefined();
  return data!;
}

describe('the dashboard operations of schema/operations', () => {
  it('compares Cher and Finistère over a school year', async () => {
    const data = await run(CompareDepartmentsDocument, { codes: ['18', '29'], period: { schoolYear: '2023-2024' } }, await tokenFor('ANALYST'));
    expect(data.departments.map((d) => d.code)).toEqual(['18', '29']);
    for (const department of data.departments) {
      expect(department.pedagogy.tneSchools.value).toBeGreaterThan(0);
      expect(department.finance?.budget.envelopes.value.currency).toBe('EUR');
      // Workshops are not about persons: never withheld, and both departments held some that year.
      expect(department.parentality?.workshopsHeld.value).toBeGreaterThan(0);
    }
  });

  it('gives a department profile and a project list', async () => {
    const profile = await run(DepartmentProfileDocument, { code: '29' });
    expect(profile.department?.priorityTerritories).toHaveLength(7);
    const list = await run(ProjectListDocument, { filter: { departmentCodes: ['29'] }, first: 5 });
    expect(list.projects.nodes).toHaveLength(5);
    expect(list.projects.totalCount).toBeGreaterThan(5);
  });
});
