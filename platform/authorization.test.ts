import { describe, expect, it } from '@jest/globals';
import type { GraphQLError } from 'graphql';
import { requireRoleFor } from './authorization.js';
import type { Role } from './viewer.js';

const attempt = (role: Role, departments: string[], department = '18') => {
  try {
    requireRoleFor({ role, departments }, ['DEPARTMENT_STAFF'], department, 'create a project');
    return undefined;
  } catch (error) {
    return error as GraphQLError;
  }
};

describe('requireRoleFor: the write check of every mutation', () => {
  it('asks PUBLIC to sign in (UNAUTHENTICATED), naming the action', () => {
    const error = attempt('PUBLIC', []);
    expect(error?.extensions.code).toBe('UNAUTHENTICATED');
    expect(error?.message).toBe('Sign in to create a project.');
  });

  it('refuses a role not allowed, and staff of another department, with FORBIDDEN naming role and department', () => {
    expect(attempt('ANALYST', [])?.extensions.code).toBe('FORBIDDEN');
    const other = attempt('DEPARTMENT_STAFF', ['29'], '18');
    expect(other?.extensions.code).toBe('FORBIDDEN');
    expect(other?.message).toBe('You act for department 29, not for department 18: you may not create a project there.');
    expect(attempt('DEPARTMENT_STAFF', [], '18')?.message).toBe('You act for no department, not for department 18: you may not create a project there.');
    expect(attempt('DEPARTMENT_STAFF', ['29', '36'], '18')?.message).toBe(
      'You act for department 29, 36, not for department 18: you may not create a project there.',
    );
    expect(attempt('COMMISSION_MEMBER', ['18'], '18')?.message).toBe('Your role (COMMISSION_MEMBER) does not allow you to create a project in department 18.');
  });

  it('lets staff of the department and ADMIN through', () => {
    expect(attempt('DEPARTMENT_STAFF', ['18'], '18')).toBeUndefined();
    expect(attempt('ADMIN', [], '18')).toBeUndefined();
  });
});
