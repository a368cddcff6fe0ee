import { describe, expect, it } from '@jest/globals';
import { DEPARTMENT_READERS, NATIONAL_READERS } from '../access.js';
import { ROLES, type Role, type Viewer } from '../../../platform/viewer.js';
import { PLAN_WRITERS, mayReadPlansOf, planReadScope, requirePlanReader, requireWriterRole } from './funding-plan.access.js';
import { outcome, type Outcome } from '../../../test/refusal.js';

const refused = (code: string, message: string): Outcome => ({ message, extensions: { code } });

/** The department every check below is about, and the three situations of a viewer towards it. */
const DEPARTMENT = '18';
const SCOPES = { own: ['18'], ownAmongOthers: ['29', '18'], other: ['29'], none: [] as string[] } as const;
type Scope = keyof typeof SCOPES;
const viewer = (role: Role, scope: Scope): Viewer => ({ role, departments: [...SCOPES[scope]], subject: 'u1' });
const EVERY = Object.keys(SCOPES) as Scope[];
const everyViewer = ROLES.flatMap((role) => EVERY.map((scope) => [role, scope] as const));

describe('who writes funding plans (first check, before any lookup)', () => {
  const ACTION = 'replace the lines of a funding plan';
  const expected = (role: Role): Outcome => {
    if (role === 'PUBLIC') return refused('UNAUTHENTICATED', `Sign in to ${ACTION}.`);
    if (role === 'COMMISSION_MEMBER' || role === 'ADMIN') return 'OK';
    return refused('FORBIDDEN', `Your role (${role}) does not allow you to ${ACTION}.`);
  };

  it('names commission members as the only writer role (ADMIN aside)', () => {
    expect(PLAN_WRITERS).toEqual(['COMMISSION_MEMBER']);
  });

  it.each(everyViewer)('%s with %s departments: the role alone decides', (role, scope) => {
    expect(outcome(() => requireWriterRole(viewer(role, scope), ACTION))).toEqual(expected(role));
  });

  it('puts the action in the message as given', () => {
    expect(outcome(() => requireWriterRole(viewer('PUBLIC', 'none'), 'x'))).toEqual(refused('UNAUTHENTICATED', 'Sign in to x.'));
    expect(outcome(() => requireWriterRole(viewer('ANALYST', 'none'), 'y'))).toEqual(refused('FORBIDDEN', 'Your role (ANALYST) does not allow you to y.'));
  });
});

describe('who reads the funding plans of a department', () => {
  /** docs/DOMAIN.md: ANALYST and ADMIN everywhere; staff and commission members in their departments; no one else. */
  const mayRead = (role: Role, scope: Scope): boolean => {
    if (role === 'ANALYST' || role === 'ADMIN') return true;
    if (role === 'DEPARTMENT_STAFF' || role === 'COMMISSION_MEMBER') return scope === 'own' || scope === 'ownAmongOthers';
    return false;
  };

  it('shares the finance readers: ANALYST and ADMIN nationally, staff and commission members by department', () => {
    expect([...NATIONAL_READERS].sort()).toEqual(['ADMIN', 'ANALYST']);
    expect([...DEPARTMENT_READERS].sort()).toEqual(['COMMISSION_MEMBER', 'DEPARTMENT_STAFF']);
  });

  it.each(everyViewer)('%s with %s departments', (role, scope) => {
    const who = viewer(role, scope);
    expect(mayReadPlansOf(who, DEPARTMENT)).toBe(mayRead(role, scope));
    const expected: Outcome =
      role === 'PUBLIC'
        ? refused('UNAUTHENTICATED', 'Sign in to read funding plans; the department indicators are public.')
        : mayRead(role, scope)
          ? 'OK'
          : refused('FORBIDDEN', `Your role (${role}) does not allow you to read the funding plans of department 18.`);
    expect(outcome(() => requirePlanReader(who, DEPARTMENT))).toEqual(expected);
  });

  it('names the department asked for in the refusal', () => {
    expect(outcome(() => requirePlanReader(viewer('DEPARTMENT_STAFF', 'own'), '2A'))).toEqual(
      refused('FORBIDDEN', 'Your role (DEPARTMENT_STAFF) does not allow you to read the funding plans of department 2A.'),
    );
    expect(mayReadPlansOf(viewer('COMMISSION_MEMBER', 'other'), '29')).toBe(true);
    expect(mayReadPlansOf(viewer('COMMISSION_MEMBER', 'other'), '18')).toBe(false);
  });
});

describe('which departments a list of funding plans covers', () => {
  it.each(EVERY)('every department (null) for ANALYST and ADMIN, whatever their departments (%s)', (scope) => {
    expect(planReadScope(viewer('ANALYST', scope))).toBeNull();
    expect(planReadScope(viewer('ADMIN', scope))).toBeNull();
  });

  it.each(EVERY)('their own departments, exactly, for staff and commission members (%s)', (scope) => {
    expect(planReadScope(viewer('DEPARTMENT_STAFF', scope))).toEqual([...SCOPES[scope]]);
    expect(planReadScope(viewer('COMMISSION_MEMBER', scope))).toEqual([...SCOPES[scope]]);
  });

  it.each(EVERY)('UNAUTHENTICATED for PUBLIC, FORBIDDEN for the parentality coordinator (%s)', (scope) => {
    expect(outcome(() => planReadScope(viewer('PUBLIC', scope)))).toEqual(
      refused('UNAUTHENTICATED', 'Sign in to read funding plans; the department indicators are public.'),
    );
    expect(outcome(() => planReadScope(viewer('PARENTALITY_COORDINATOR', scope)))).toEqual(
      refused('FORBIDDEN', 'Your role (PARENTALITY_COORDINATOR) does not allow you to read funding plans.'),
    );
  });
});
