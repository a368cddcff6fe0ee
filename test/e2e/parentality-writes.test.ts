// Pins returnDevice, updateHousehold, recordParticipation and recordWorkshopReach through the gateway: what a coordinator
// of the record's department writes (read back by the API and by SQL, with the figures it moves), and
// every refusal — its exact code, and the database unchanged afterwards, table by table and row by row.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { today } from '../../platform/today.js';
import { addDays } from '../../platform/working-days.js';
import { Stack, tokenFor } from '../stack.js';
import { newHousehold, newLoan, newWorkshop, rowsOf, sqlOf, tables, type Sql } from './parentality-writes.fixtures.js';

let stack: Stack;
let sql: Sql;
const tokens: Record<string, string | undefined> = {};
beforeAll(async () => {
  stack = await Stack.start();
  sql = sqlOf(stack);
  tokens.COORDINATOR_18 = await tokenFor('PARENTALITY_COORDINATOR', ['18']);
  tokens.COORDINATOR_29 = await tokenFor('PARENTALITY_COORDINATOR', ['29']);
  tokens.STAFF_18 = await tokenFor('DEPARTMENT_STAFF', ['18']);
});
afterAll(() => stack?.stop());

type Viewer = 'NO_TOKEN' | 'COORDINATOR_18' | 'COORDINATOR_29' | 'STAFF_18';
const as = (viewer: Viewer, query: string, variables?: Record<string, unknown>) => stack.query(query, { token: tokens[viewer], variables });

const RETURN = `mutation($input: ReturnDeviceInput!) { returnDevice(input: $input) { loan { id returnedOn overdue device { id currentLoan { id } } } } }`;
const HOUSEHOLD = `id reference departmentCode childrenCount noComputer noInternet mobileOnly needsSupportWithOnlineProcedures registeredOn
  commune { code } childrenSchools { uai } partner { id }`;
const UPDATE = `mutation($input: UpdateHouseholdInput!) { updateHousehold(input: $input) { household { ${HOUSEHOLD} } } }`;
const RECORD = `mutation($input: RecordParticipationInput!) { recordParticipation(input: $input) { household { id reference } } }`;
const LEND = `mutation($input: LendDeviceInput!) { lendDevice(input: $input) { loan { id device { id } } } }`;
const REACH = `mutation($input: RecordWorkshopReachInput!) { recordWorkshopReach(input: $input) {
  workshop { id attendance { value } girlsReached { value suppressed } specialNeedsReached { value suppressed } } } }`;
const MUTATIONS = { returnDevice: RETURN, updateHousehold: UPDATE, recordParticipation: RECORD, recordWorkshopReach: REACH } as const;

const UNKNOWN = '7b0c6f7e-1d2a-4c3b-9e8f-0a1b2c3d4e5f';
const tomorrow = () => new Date(Date.parse(today()) + 86_400_000).toISOString().slice(0, 10);

/** What a case works on: the records it made (to read back) and the mutation's input. */
type Made = { ids: { loanId?: string; householdId?: string; workshopId?: string }; input: Record<string, unknown> };
const openLoan =
  (extra: Record<string, unknown> = {}) =>
  async (): Promise<Made> => {
    const ids = await newLoan(sql, '18');
    return { ids, input: { loanId: ids.loanId, ...extra } };
  };
const household = (changes: Record<string, unknown>) => async (): Promise<Made> => {
  const householdId = await newHousehold(sql, '18');
  return { ids: { householdId }, input: { id: householdId, ...changes } };
};
const participation =
  (workshopDepartment = '18', override: Record<string, unknown> = {}) =>
  async (): Promise<Made> => {
    const householdId = await newHousehold(sql, '18');
    const { workshopId } = await newWorkshop(sql, workshopDepartment);
    return { ids: { householdId }, input: { householdId, workshopId, ...override } };
  };

/** A new workshop of 18 with an attendance of 4, and figures to record on it. */
const reach =
  (figures: Record<string, unknown>, override: Record<string, unknown> = {}) =>
  async (): Promise<Made> => {
    const { workshopId } = await newWorkshop(sql, '18');
    return { ids: { workshopId }, input: { workshopId, ...figures, ...override } };
  };

type Refusal = [mutation: keyof typeof MUTATIONS, label: string, viewer: Viewer, code: string, field: string | null, make: () => Promise<Made>];
const REFUSALS: Refusal[] = [
  ['returnDevice', 'no token', 'NO_TOKEN', 'UNAUTHENTICATED', null, openLoan()],
  ['returnDevice', 'coordinator of the other department', 'COORDINATOR_29', 'FORBIDDEN', null, openLoan()],
  ['returnDevice', 'department staff, not a coordinator', 'STAFF_18', 'FORBIDDEN', null, openLoan()],
  ['returnDevice', 'department staff, unknown loan (role checked before the lookup)', 'STAFF_18', 'FORBIDDEN', null, openLoan({ loanId: UNKNOWN })],
  ['returnDevice', 'unknown loan', 'COORDINATOR_18', 'NOT_FOUND', null, openLoan({ loanId: UNKNOWN })],
  [
    'returnDevice',
    'loan already returned',
    'COORDINATOR_18',
    'CONFLICT',
    null,
    async () => {
      const ids = await newLoan(sql, '18', '2025-12-01');
      return { ids, input: { loanId: ids.loanId, returnedOn: '2025-12-02' } };
    },
  ],
  ['returnDevice', 'returned the day before the loan started', 'COORDINATOR_18', 'BAD_USER_INPUT', 'returnedOn', openLoan({ returnedOn: '2025-08-31' })],
  ['returnDevice', 'returned tomorrow', 'COORDINATOR_18', 'BAD_USER_INPUT', 'returnedOn', async () => openLoan({ returnedOn: tomorrow() })()],
  ['updateHousehold', 'no token', 'NO_TOKEN', 'UNAUTHENTICATED', null, household({ childrenCount: 3 })],
  ['updateHousehold', 'coordinator of the other department', 'COORDINATOR_29', 'FORBIDDEN', null, household({ childrenCount: 3 })],
  ['updateHousehold', 'department staff, not a coordinator', 'STAFF_18', 'FORBIDDEN', null, household({ childrenCount: 3 })],
  ['updateHousehold', 'unknown household', 'COORDINATOR_18', 'NOT_FOUND', null, household({ id: UNKNOWN, childrenCount: 3 })],
  ['updateHousehold', '21 children', 'COORDINATOR_18', 'BAD_USER_INPUT', 'childrenCount', household({ childrenCount: 21 })],
  ['updateHousehold', '-1 children', 'COORDINATOR_18', 'BAD_USER_INPUT', 'childrenCount', household({ childrenCount: -1 })],
  ['updateHousehold', 'a commune of the other department', 'COORDINATOR_18', 'BAD_USER_INPUT', 'communeCode', household({ communeCode: '29019' })],
  // Malformed identifiers are refused by the gateway, which names the field by its whole path.
  ['updateHousehold', 'an empty commune code', 'COORDINATOR_18', 'BAD_USER_INPUT', 'input.communeCode', household({ communeCode: '' })],
  ['updateHousehold', 'a malformed UAI', 'COORDINATOR_18', 'BAD_USER_INPUT', 'input.childrenSchoolUais.0', household({ childrenSchoolUais: ['018000H'] })],
  [
    'updateHousehold',
    'a UAI with the wrong check letter',
    'COORDINATOR_18',
    'BAD_USER_INPUT',
    'input.childrenSchoolUais.0',
    household({ childrenSchoolUais: ['0180005A'] }),
  ],
  [
    'updateHousehold',
    'a valid commune with 21 children (nothing half-written)',
    'COORDINATOR_18',
    'BAD_USER_INPUT',
    'childrenCount',
    household({ communeCode: '18279', indicators: { noInternet: true }, childrenCount: 21 }),
  ],
  ['recordParticipation', 'no token', 'NO_TOKEN', 'UNAUTHENTICATED', null, participation()],
  ['recordParticipation', 'coordinator of the other department', 'COORDINATOR_29', 'FORBIDDEN', null, participation()],
  ['recordParticipation', 'department staff, not a coordinator', 'STAFF_18', 'FORBIDDEN', null, participation()],
  ['recordParticipation', 'unknown household', 'COORDINATOR_18', 'NOT_FOUND', null, participation('18', { householdId: UNKNOWN })],
  ['recordParticipation', 'unknown workshop', 'COORDINATOR_18', 'NOT_FOUND', null, participation('18', { workshopId: UNKNOWN })],
  ['recordParticipation', 'a workshop of another department', 'COORDINATOR_18', 'BAD_USER_INPUT', 'workshopId', participation('29')],
  ['recordWorkshopReach', 'no token', 'NO_TOKEN', 'UNAUTHENTICATED', null, reach({ girlsReached: 2 })],
  ['recordWorkshopReach', 'coordinator of the other department', 'COORDINATOR_29', 'FORBIDDEN', null, reach({ girlsReached: 2 })],
  ['recordWorkshopReach', 'department staff, not a coordinator', 'STAFF_18', 'FORBIDDEN', null, reach({ girlsReached: 2 })],
  ['recordWorkshopReach', 'unknown workshop', 'COORDINATOR_18', 'NOT_FOUND', null, reach({ girlsReached: 2 }, { workshopId: UNKNOWN })],
  ['recordWorkshopReach', '5 girls among an attendance of 4', 'COORDINATOR_18', 'BAD_USER_INPUT', 'girlsReached', reach({ girlsReached: 5 })],
  ['recordWorkshopReach', '-1 children with special needs', 'COORDINATOR_18', 'BAD_USER_INPUT', 'specialNeedsReached', reach({ specialNeedsReached: -1 })],
  [
    'recordWorkshopReach',
    '2 girls and 5 children with special needs among 4 (nothing half-written)',
    'COORDINATOR_18',
    'BAD_USER_INPUT',
    'specialNeedsReached',
    reach({ girlsReached: 2, specialNeedsReached: 5 }),
  ],
];

describe('refused writes', () => {
  it.each(REFUSALS)('%s, %s: %s gets %s and nothing changes', async (mutation, _label, viewer, code, field, make) => {
    const { ids, input } = await make();
    const [tablesBefore, rowsBefore] = [await tables(sql), await rowsOf(sql, ids)];
    const { data, errors } = await as(viewer, MUTATIONS[mutation], { input });
    expect(data?.[mutation] ?? null).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors![0]!.extensions).toMatchObject({ code, ...(field ? { field } : {}) });
    expect(await rowsOf(sql, ids)).toEqual(rowsBefore);
    expect(await tables(sql)).toEqual(tablesBefore);
  });
});

const KPIS = `query($period: PeriodInput) { departments(codes: ["18"]) { parentality(period: $period) {
  householdsReached { value } devicesOnLoan { value } byKind { kind householdsReached { value } } } } }`;
const kpis = async (period?: Record<string, string>) => {
  const { data, errors } = await as('COORDINATOR_18', KPIS, { period });
  expect(errors).toBeUndefined();
  const p = data.departments[0].parentality;
  return {
    households: p.householdsReached.value,
    devices: p.devicesOnLoan.value,
    cafe: p.byKind.find((k: { kind: string }) => k.kind === 'DIGITAL_CAFE').householdsReached.value,
  };
};

describe('returnDevice', () => {
  it('closes the loan on the day given (its start day at the earliest); the device is lendable again', async () => {
    const { loanId, deviceId } = await newLoan(sql, '18');
    const row = async () => (await sql<{ row: Record<string, unknown> }>(`select to_jsonb(l) as row from loan l where id = ?`, [loanId]))[0]!.row;
    const before = await row();
    const onLoan = (await kpis()).devices;
    const { data, errors } = await as('COORDINATOR_18', RETURN, { input: { loanId, returnedOn: '2025-09-01' } });
    expect(errors).toBeUndefined();
    expect(data.returnDevice.loan).toEqual({ id: loanId, returnedOn: '2025-09-01', overdue: false, device: { id: deviceId, currentLoan: null } });
    expect(await row()).toEqual({ ...before, returned_on: '2025-09-01' });
    const devices = await as('COORDINATOR_18', `{ devices(filter: { departmentCodes: ["18"] }) { id status currentLoan { id } } }`);
    expect(devices.data.devices.find((d: { id: string }) => d.id === deviceId)).toEqual({ id: deviceId, status: 'IN_SERVICE', currentLoan: null });
    expect((await kpis()).devices).toBe(onLoan - 1);

    const householdId = await newHousehold(sql, '18');
    const lent = await as('COORDINATOR_18', LEND, { input: { deviceId, householdId, dueOn: addDays(today(), 180) } });
    expect(lent.errors).toBeUndefined();
    expect(await sql(`select household_id from loan where device_id = ? and returned_on is null`, [deviceId])).toEqual([{ household_id: householdId }]);
    expect((await kpis()).devices).toBe(onLoan);
  });

  it('closes the loan today when no day is given', async () => {
    const { loanId } = await newLoan(sql, '18');
    const { data, errors } = await as('COORDINATOR_18', RETURN, { input: { loanId } });
    expect(errors).toBeUndefined();
    expect(data.returnDevice.loan.returnedOn).toBe(today());
    expect(await sql(`select returned_on::text as day from loan where id = ?`, [loanId])).toEqual([{ day: today() }]);
  });

  it('lends for a school year at most: a loan due later is BAD_USER_INPUT and writes nothing', async () => {
    const { deviceId } = await newLoan(sql, '18', '2025-10-01');
    const householdId = await newHousehold(sql, '18');
    const before = await sql(`select count(*)::int as n from loan where device_id = ?`, [deviceId]);
    for (const dueOn of ['2099-06-30', '2026-10-04']) {
      const refused = await as('COORDINATOR_18', LEND, { input: { deviceId, householdId, startsOn: '2025-10-02', dueOn } });
      expect(refused.errors?.[0]).toMatchObject({
        message: 'A loan lasts a school year at most: due by 2026-10-03.',
        extensions: { code: 'BAD_USER_INPUT', field: 'dueOn' },
      });
    }
    expect(await sql(`select count(*)::int as n from loan where device_id = ?`, [deviceId])).toEqual(before);
    const lent = await as('COORDINATOR_18', LEND, { input: { deviceId, householdId, startsOn: '2025-10-02', dueOn: '2026-07-03' } });
    expect(lent.errors).toBeUndefined();
  });

  it("two returns of one loan at once: one succeeds, the other is CONFLICT, and the first one's day stays", async () => {
    const { loanId } = await newLoan(sql, '18');
    const days = ['2025-10-01', '2025-10-02'];
    const results = await Promise.all(days.map((returnedOn) => as('COORDINATOR_18', RETURN, { input: { loanId, returnedOn } })));
    const won = results.filter((r) => r.data?.returnDevice);
    expect(won).toHaveLength(1);
    expect(results.flatMap((r) => r.errors ?? []).map((e) => e.extensions?.code)).toEqual(['CONFLICT']);
    expect(await sql(`select returned_on::text as day from loan where id = ?`, [loanId])).toEqual([{ day: won[0]!.data.returnDevice.loan.returnedOn }]);
  });
});

describe('updateHousehold', () => {
  it('changes the given figures, keeps the others, and logs the payload as a read', async () => {
    const householdId = await newHousehold(sql, '18');
    const [before] = await sql(`select * from household where id = ?`, [householdId]);
    const input = {
      id: householdId,
      communeCode: ' 18279',
      childrenCount: 5,
      childrenSchoolUais: ['0290001u', '0180005H', '0290001U'],
      indicators: { noInternet: true, mobileOnly: null },
    };
    const { data, errors } = await as('COORDINATOR_18', UPDATE, { input });
    expect(errors).toBeUndefined();
    const expected = {
      id: householdId,
      reference: before!.reference,
      departmentCode: '18',
      childrenCount: 5,
      noComputer: false,
      noInternet: true,
      mobileOnly: false,
      needsSupportWithOnlineProcedures: false,
      registeredOn: '2024-01-10',
      commune: { code: '18279' },
      childrenSchools: [{ uai: '0290001U' }, { uai: '0180005H' }],
      partner: { id: before!.partner_id },
    };
    expect(data.updateHousehold.household).toEqual(expected);
    const read = await as('COORDINATOR_18', `query($id: ID!) { household(id: $id) { ${HOUSEHOLD} } }`, { id: householdId });
    expect(read.data.household).toEqual(expected);
    expect(await sql(`select * from household where id = ?`, [householdId])).toEqual([
      { ...before, commune_code: '18279', children_count: 5, children_school_uais: ['0290001U', '0180005H'], no_internet: true },
    ]);
    expect(await sql(`select operation, household_ids from household_access_log where ? = any(household_ids) order by at`, [householdId])).toEqual([
      { operation: 'updateHousehold', household_ids: [householdId] },
      { operation: 'household', household_ids: [householdId] },
    ]);
  });
});

describe('recordParticipation', () => {
  it("adds the participation once; the workshop's and the department's households reached move by one, then stay", async () => {
    const householdId = await newHousehold(sql, '18');
    const { workshopId, partnerId } = await newWorkshop(sql, '18');
    const LIST = `query($p: [ID!]) { workshops(filter: { partnerIds: $p }) { aggregates { householdsReached { value } } } }`;
    const reached = async () => (await as('COORDINATOR_18', LIST, { p: [partnerId] })).data.workshops.aggregates.householdsReached.value;
    const year = { schoolYear: '2019-2020' };
    const [listBefore, yearBefore] = [await reached(), await kpis(year)];
    expect(listBefore).toBe(0);

    const first = await as('COORDINATOR_18', RECORD, { input: { householdId, workshopId } });
    expect(first.errors).toBeUndefined();
    expect(first.data.recordParticipation.household.id).toBe(householdId);
    const rows = () => sql(`select household_id, workshop_id from workshop_participation where household_id = ?`, [householdId]);
    expect(await rows()).toEqual([{ household_id: householdId, workshop_id: workshopId }]);
    expect(await reached()).toBe(1);
    const yearAfter = await kpis(year);
    expect(yearAfter).toEqual({ ...yearBefore, households: yearBefore.households + 1, cafe: yearBefore.cafe + 1 });

    // Recorded again: accepted as done (idempotent), nothing added.
    const participations = (await tables(sql)).workshop_participation;
    const again = await as('COORDINATOR_18', RECORD, { input: { householdId, workshopId } });
    expect(again.errors).toBeUndefined();
    expect((await tables(sql)).workshop_participation).toBe(participations);
    expect([await rows(), await reached(), await kpis(year)]).toEqual([[{ household_id: householdId, workshop_id: workshopId }], 1, yearAfter]);
  });
});

describe('recordWorkshopReach', () => {
  it("records the girls and the children with special needs among those who came; the department's figures move by as many", async () => {
    const { workshopId, partnerId } = await newWorkshop(sql, '18');
    const YEAR = `query { departments(codes: ["18"]) { parentality(period: { schoolYear: "2019-2020" }) {
      girlsReached { value } specialNeedsReached { value } } } }`;
    const year = async () => {
      const p = (await as('COORDINATOR_18', YEAR)).data.departments[0].parentality;
      return [p.girlsReached.value, p.specialNeedsReached.value];
    };
    const [girlsBefore, specialBefore] = await year();
    const row = () => sql(`select girls_reached, special_needs_reached from workshop where id = ?`, [workshopId]);
    expect(await row()).toEqual([{ girls_reached: null, special_needs_reached: null }]);

    const first = await as('COORDINATOR_18', REACH, { input: { workshopId, girlsReached: 3, specialNeedsReached: 1 } });
    expect(first.errors).toBeUndefined();
    const shown = (value: number) => ({ value, suppressed: false });
    expect(first.data.recordWorkshopReach.workshop).toEqual({
      id: workshopId,
      attendance: { value: 4 },
      girlsReached: shown(3),
      specialNeedsReached: shown(1),
    });
    expect(await row()).toEqual([{ girls_reached: 3, special_needs_reached: 1 }]);
    expect(await year()).toEqual([girlsBefore + 3, specialBefore + 1]);

    // A figure not given stays; the whole attendance may be counted.
    const second = await as('COORDINATOR_18', REACH, { input: { workshopId, specialNeedsReached: 4 } });
    expect(second.errors).toBeUndefined();
    expect(await row()).toEqual([{ girls_reached: 3, special_needs_reached: 4 }]);

    // One workshop is a cut: shown to its coordinator, hidden from department staff.
    const LIST = `query($p: [ID!]) { workshops(filter: { partnerIds: $p }) { nodes { girlsReached { value suppressed } specialNeedsReached { value suppressed } } } }`;
    const hidden = { value: null, suppressed: true };
    expect((await as('COORDINATOR_18', LIST, { p: [partnerId] })).data.workshops.nodes).toEqual([{ girlsReached: shown(3), specialNeedsReached: shown(4) }]);
    expect((await as('STAFF_18', LIST, { p: [partnerId] })).data.workshops.nodes).toEqual([{ girlsReached: hidden, specialNeedsReached: hidden }]);
  });
});
