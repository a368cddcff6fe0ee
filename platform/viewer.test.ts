import { describe, expect, it } from '@jest/globals';
import { actsFor, hasRoleFor, isRole, PUBLIC_VIEWER, ROLES, type Role, type Viewer } from './viewer.js';

const viewer = (role: Role, departments: string[] = []): Viewer => ({ role, departments });

describe('isRole', () => {
  it.each(ROLES.map((role) => [role]))('accepts %s', (role) => expect(isRole(role)).toBe(true));
  it.each([['analyst'], ['ROOT'], [''], [undefined], [null], [42], [['ADMIN']]])('refuses %p', (value) => expect(isRole(value)).toBe(false));
});

describe('actsFor: whom a viewer acts for', () => {
  // role, departments held, department asked, expected
  it.each<[Role, string[], string, boolean]>([
    ['ADMIN', [], '18', true],
    ['ADMIN', ['29'], '18', true],
    ['PUBLIC', ['18'], '18', false],
    ['ANALYST', ['18'], '18', false],
    ['ANALYST', [], '18', false],
    ['DEPARTMENT_STAFF', ['18'], '18', true],
    ['DEPARTMENT_STAFF', ['18'], '29', false],
    ['DEPARTMENT_STAFF', ['29', '18'], '18', true],
    ['DEPARTMENT_STAFF', [], '18', false],
    ['COMMISSION_MEMBER', ['29'], '29', true],
    ['COMMISSION_MEMBER', ['29'], '18', false],
    ['PARENTALITY_COORDINATOR', ['18'], '18', true],
    ['PARENTALITY_COORDINATOR', ['18'], '2A', false],
  ])('%s holding %j acts for %s: %s', (role, departments, asked, expected) => {
    expect(actsFor(viewer(role, departments), asked)).toBe(expected);
  });
});

describe('hasRoleFor: a role among those allowed, for that department', () => {
  const STAFF: Role[] = ['DEPARTMENT_STAFF'];
  it.each<[Role, string[], Role[], string, boolean]>([
    ['ADMIN', [], STAFF, '18', true],
    ['ADMIN', [], [], '18', true],
    ['DEPARTMENT_STAFF', ['18'], STAFF, '18', true],
    ['DEPARTMENT_STAFF', ['18'], STAFF, '29', false],
    ['DEPARTMENT_STAFF', ['18'], ['COMMISSION_MEMBER'], '18', false],
    ['COMMISSION_MEMBER', ['18'], STAFF, '18', false],
    ['COMMISSION_MEMBER', ['18'], ['DEPARTMENT_STAFF', 'COMMISSION_MEMBER'], '18', true],
    ['ANALYST', ['18'], ['ANALYST'], '18', false],
    ['PUBLIC', [], ['PUBLIC'], '18', false],
  ])('%s holding %j with roles %j in %s: %s', (role, departments, roles, asked, expected) => {
    expect(hasRoleFor(viewer(role, departments), roles, asked)).toBe(expected);
  });

  it('the PUBLIC viewer holds no department and cannot be changed', () => {
    expect(PUBLIC_VIEWER).toEqual({ role: 'PUBLIC', departments: [] });
    expect(Object.isFrozen(PUBLIC_VIEWER)).toBe(true);
  });
});
