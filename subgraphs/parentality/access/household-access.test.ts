import { describe, expect, it, jest } from '@jest/globals';
import type { GraphQLError } from 'graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ROLES, type Role, type Viewer } from '../../../platform/viewer.js';
import { HouseholdAccess } from './household-access.entity.js';
import {
  HOUSEHOLD_ROLES,
  householdListDepartments,
  householdReadLogger,
  logHouseholdRead,
  mayAccessHouseholds,
  requireHouseholdAccess,
  requireHouseholdRole,
} from './household-access.js';
import { resultOf, type Refusal } from '../../../test/refusal.js';

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

const refused = (code: string, message: string): Refusal => ({ message, extensions: { code } });

const SCOPES = { own: ['18'], ownAmongOthers: ['29', '18'], other: ['29'], none: [] as string[] } as const;
type Scope = keyof typeof SCOPES;
const EVERY = Object.keys(SCOPES) as Scope[];
const everyViewer = ROLES.flatMap((role) => EVERY.map((scope) => [role, scope] as const));
const inScope = (scope: Scope) => scope === 'own' || scope === 'ownAmongOthers';

describe('household access rule: every role × own, other or no department', () => {
  it('names the coordinator as the only household role (ADMIN aside)', () => {
    expect(HOUSEHOLD_ROLES).toEqual(['PARENTALITY_COORDINATOR']);
  });

  it.each(everyViewer)('%s with %s departments, for a record of department 18', (role, scope) => {
    const who = viewer(role, [...SCOPES[scope]]);
    const allowed = role === 'ADMIN' || (role === 'PARENTALITY_COORDINATOR' && inScope(scope));
    expect(mayAccessHouseholds(who, '18')).toBe(allowed);
    const expected =
      role === 'PUBLIC'
        ? refused('UNAUTHENTICATED', 'Sign in to read a household.')
        : allowed
          ? 'OK'
          : role === 'PARENTALITY_COORDINATOR'
            ? refused(
                'FORBIDDEN',
                `You act for ${who.departments.length ? `department ${who.departments.join(', ')}` : 'no department'}, not for department 18: you may not read a household there.`,
              )
            : refused('FORBIDDEN', `Your role (${role}) does not allow you to read a household in department 18.`);
    expect(resultOf(() => requireHouseholdAccess(who, '18', 'read a household'))).toEqual(expected);
  });

  it.each(everyViewer)('%s with %s departments, before any record is looked up: the role alone decides', (role, scope) => {
    const who = viewer(role, [...SCOPES[scope]]);
    const expected =
      role === 'PUBLIC'
        ? refused('UNAUTHENTICATED', 'Sign in to update a household.')
        : role === 'ADMIN' || role === 'PARENTALITY_COORDINATOR'
          ? 'OK'
          : refused('FORBIDDEN', `Your role (${role}) does not allow you to update a household.`);
    expect(resultOf(() => requireHouseholdRole(who, 'update a household'))).toEqual(expected);
    // A list applies the same role check first, with the same messages; then ADMIN lists every
    // department (null) and a coordinator the departments it coordinates.
    const listed = role === 'ADMIN' ? null : role === 'PARENTALITY_COORDINATOR' ? [...SCOPES[scope]] : expected;
    expect(resultOf(() => householdListDepartments(who, null, 'update a household'))).toEqual(listed);
  });
});

describe('householdListDepartments: the departments a list is restricted to', () => {
  const coordinator = viewer('PARENTALITY_COORDINATOR', ['18', '2A']);
  const admin = viewer('ADMIN', ['18']);

  it.each([
    [undefined, ['18', '2A']],
    [null, ['18', '2A']],
    [[], []],
    [['18'], ['18']],
    [['29'], []],
    [
      ['29', '2A', '18'],
      ['2A', '18'],
    ],
  ] as const)('a coordinator of 18 and 2A asking for %p gets %p', (requested, expected) => {
    expect(householdListDepartments(coordinator, requested, 'list households')).toEqual(expected);
  });

  it.each([
    [undefined, null],
    [null, null],
    [[], []],
    [['29'], ['29']],
    [
      ['29', '971'],
      ['29', '971'],
    ],
  ] as const)('ADMIN asking for %p gets %p (null: every department)', (requested, expected) => {
    expect(householdListDepartments(admin, requested, 'list households')).toEqual(expected);
  });

  it("returns copies: changing the answer changes neither the request nor the viewer's departments", () => {
    const requested = ['29'];
    const forAdmin = householdListDepartments(admin, requested, 'list')!;
    forAdmin.push('18');
    expect(requested).toEqual(['29']);
    const forCoordinator = householdListDepartments(coordinator, undefined, 'list')!;
    forCoordinator.push('29');
    expect(coordinator.departments).toEqual(['18', '2A']);
  });

  it('gives a coordinator without departments nothing', () => {
    expect(householdListDepartments(viewer('PARENTALITY_COORDINATOR'), undefined, 'list')).toEqual([]);
    expect(householdListDepartments(viewer('PARENTALITY_COORDINATOR'), ['18'], 'list')).toEqual([]);
  });
});

describe('the access log (journal des accès)', () => {
  const fakeEm = () => {
    const insertMany = jest.fn(async (_entity: unknown, _rows: unknown[]) => []);
    return { em: { insertMany } as unknown as EntityManager, insertMany };
  };
  const coordinator = viewer('PARENTALITY_COORDINATOR', ['18', '29']);

  it('writes nothing when nothing was read', async () => {
    const { em, insertMany } = fakeEm();
    await logHouseholdRead(em, coordinator, 'households', []);
    expect(insertMany).not.toHaveBeenCalled();
  });

  it('writes one row per department in one insert, each household once, naming the actor, role and operation', async () => {
    const { em, insertMany } = fakeEm();
    await logHouseholdRead(em, coordinator, 'households', [
      { id: 'h1', departmentCode: '18' },
      { id: 'h2', departmentCode: '29' },
      { id: 'h3', departmentCode: '18' },
      { id: 'h1', departmentCode: '18' },
    ]);
    expect(insertMany).toHaveBeenCalledTimes(1);
    expect(insertMany).toHaveBeenCalledWith(HouseholdAccess, [
      { departmentCode: '18', actorSubject: 'u1', actorRole: 'PARENTALITY_COORDINATOR', operation: 'households', householdIds: ['h1', 'h3'] },
      { departmentCode: '29', actorSubject: 'u1', actorRole: 'PARENTALITY_COORDINATOR', operation: 'households', householdIds: ['h2'] },
    ]);
  });

  it('logs a viewer without a subject as "unknown"', async () => {
    const { em, insertMany } = fakeEm();
    await logHouseholdRead(em, { role: 'ADMIN', departments: [] }, 'household', [{ id: 'h9', departmentCode: '971' }]);
    expect(insertMany).toHaveBeenCalledWith(HouseholdAccess, [
      { departmentCode: '971', actorSubject: 'unknown', actorRole: 'ADMIN', operation: 'household', householdIds: ['h9'] },
    ]);
  });

  it('batches the nested reads of one tick into one insert per operation, and resolves each with true', async () => {
    const { em, insertMany } = fakeEm();
    const logger = householdReadLogger(em);
    const results = await Promise.all([
      logger.load({ id: 'h1', departmentCode: '18', operation: 'loans', viewer: coordinator }),
      logger.load({ id: 'h2', departmentCode: '29', operation: 'loans', viewer: coordinator }),
      logger.load({ id: 'h3', departmentCode: '18', operation: 'household', viewer: coordinator }),
      logger.load({ id: 'h4', departmentCode: '18', operation: 'loans', viewer: coordinator }),
    ]);
    expect(results).toEqual([true, true, true, true]);
    expect(insertMany.mock.calls).toEqual([
      [
        HouseholdAccess,
        [
          { departmentCode: '18', actorSubject: 'u1', actorRole: 'PARENTALITY_COORDINATOR', operation: 'loans', householdIds: ['h1', 'h4'] },
          { departmentCode: '29', actorSubject: 'u1', actorRole: 'PARENTALITY_COORDINATOR', operation: 'loans', householdIds: ['h2'] },
        ],
      ],
      [HouseholdAccess, [{ departmentCode: '18', actorSubject: 'u1', actorRole: 'PARENTALITY_COORDINATOR', operation: 'household', householdIds: ['h3'] }]],
    ]);
  });

  it('logs every read, even the same one again later (no cache)', async () => {
    const { em, insertMany } = fakeEm();
    const logger = householdReadLogger(em);
    const read = { id: 'h1', departmentCode: '18', operation: 'household', viewer: coordinator };
    await expect(logger.load(read)).resolves.toBe(true);
    await expect(logger.load(read)).resolves.toBe(true);
    expect(insertMany).toHaveBeenCalledTimes(2);
  });
});
