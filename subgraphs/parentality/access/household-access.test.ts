import { describe, expect, it } from '@jest/globals';
import type { GraphQLError } from 'graphql';
import type { Role, Viewer } from '../../common/viewer.js';
import { householdListDepartments, mayAccessHouseholds, requireHouseholdAccess } from './household-access.js';

const viewer = (role: Role, departments: string[] = []): Viewer => ({ role, departments, subject: 'u1' });
const codeOf = (action: () => unknown) => {
  try {
    action();
    return 'OK';
  } catch (error) {
    return (error as GraphQLError).extensions.code;
  }
};

describe('household access rule', () => {
  it.each([
    [viewer('PUBLIC'), 'UNAUTHENTICATED'],
    [viewer('ANALYST'), 'FORBIDDEN'],
    [viewer('DEPARTMENT_STAFF', ['18']), 'FORBIDDEN'],
    [viewer('COMMISSION_MEMBER', ['18']), 'FORBIDDEN'],
    [viewer('PARENTALITY_COORDINATOR', ['29']), 'FORBIDDEN'],
    [viewer('PARENTALITY_COORDINATOR', ['18']), 'OK'],
    [viewer('ADMIN'), 'OK'],
  ])('a record of 18 for %o: %s', (who, expected) => {
    expect(codeOf(() => requireHouseholdAccess(who, '18', 'read'))).toBe(expected);
    expect(mayAccessHouseholds(who, '18')).toBe(expected === 'OK');
  });

  it('restricts lists to the coordinated departments and refuses other roles', () => {
    expect(householdListDepartments(viewer('PARENTALITY_COORDINATOR', ['18']), undefined, 'read')).toEqual(['18']);
    expect(householdListDepartments(viewer('PARENTALITY_COORDINATOR', ['18']), ['18', '29'], 'read')).toEqual(['18']);
    expect(householdListDepartments(viewer('ADMIN'), undefined, 'read')).toBeNull();
    expect(householdListDepartments(viewer('ADMIN'), ['29'], 'read')).toEqual(['29']);
    expect(codeOf(() => householdListDepartments(viewer('PUBLIC'), undefined, 'read'))).toBe('UNAUTHENTICATED');
    for (const role of ['ANALYST', 'DEPARTMENT_STAFF', 'COMMISSION_MEMBER'] as const) {
      expect(codeOf(() => householdListDepartments(viewer(role, ['18']), undefined, 'read'))).toBe('FORBIDDEN');
    }
  });
});
