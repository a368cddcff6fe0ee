import { describe, expect, it } from '@jest/globals';
import { ROLES, type Role, type Viewer } from '../../../platform/viewer.js';
import { DECIDERS, financeReadScope, requireFinanceReader } from './commission.access.js';
import { outcome, valueOrRefusal as resultOf, type Outcome } from '../../../test/refusal.js';

const refused = (code: string, message: string): Outcome => ({ message, extensions: { code } });

const SIGN_IN = refused('UNAUTHENTICATED', 'Sign in to read commissions and decisions; the department indicators are public.');
const roleRefused = (role: Role) => refused('FORBIDDEN', `Your role (${role}) does not read commissions and decisions.`);
const departmentRefused = (code: string) => refused('FORBIDDEN', `You do not read the decisions of department ${code}.`);

const SCOPES = { own: ['18'], ownAmongOthers: ['29', '18'], other: ['29'], none: [] as string[] } as const;
type Scope = keyof typeof SCOPES;
const viewer = (role: Role, scope: Scope): Viewer => ({ role, departments: [...SCOPES[scope]], subject: 'u1' });
const EVERY = Object.keys(SCOPES) as Scope[];
const everyViewer = ROLES.flatMap((role) => EVERY.map((scope) => [role, scope] as const));

describe('who decides and pays', () => {
  it('is the commission member (ADMIN aside)', () => {
    expect(DECIDERS).toEqual(['COMMISSION_MEMBER']);
  });
});

describe('financeReadScope: the departments whose commissions and decisions a viewer lists', () => {
  const expected = (role: Role, scope: Scope): Outcome | string[] | null => {
    if (role === 'PUBLIC') return SIGN_IN;
    if (role === 'ANALYST' || role === 'ADMIN') return null;
    if (role === 'DEPARTMENT_STAFF' || role === 'COMMISSION_MEMBER') return [...SCOPES[scope]];
    return roleRefused(role);
  };

  it.each(everyViewer)('%s with %s departments', (role, scope) => {
    expect(resultOf(() => financeReadScope(viewer(role, scope)))).toEqual(expected(role, scope));
  });
});

describe("requireFinanceReader: one department's commissions and decisions", () => {
  const expected = (role: Role, scope: Scope): Outcome => {
    if (role === 'PUBLIC') return SIGN_IN;
    if (role === 'ANALYST' || role === 'ADMIN') return 'OK';
    if (role === 'PARENTALITY_COORDINATOR') return roleRefused(role);
    return scope === 'own' || scope === 'ownAmongOthers' ? 'OK' : departmentRefused('18');
  };

  it.each(everyViewer)('%s with %s departments, reading department 18', (role, scope) => {
    expect(outcome(() => requireFinanceReader(viewer(role, scope), '18'))).toEqual(expected(role, scope));
  });

  it('names the department refused', () => {
    expect(outcome(() => requireFinanceReader(viewer('COMMISSION_MEMBER', 'own'), '971'))).toEqual(departmentRefused('971'));
    expect(outcome(() => requireFinanceReader(viewer('DEPARTMENT_STAFF', 'other'), '29'))).toBe('OK');
  });
});
