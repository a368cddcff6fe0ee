import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildSchema, isInputObjectType, isObjectType } from 'graphql';
import type { Role } from '../../platform/viewer.js';
import { Stack, tokenFor } from '../stack.js';

let stack: Stack;
const tokens: Record<string, string | undefined> = {};
const VIEWERS: Array<[string, Role | null, string[]]> = [
  ['PUBLIC', null, []],
  ['ANALYST', 'ANALYST', []],
  ['DEPARTMENT_STAFF 18', 'DEPARTMENT_STAFF', ['18']],
  ['COMMISSION_MEMBER 18', 'COMMISSION_MEMBER', ['18']],
  ['PARENTALITY_COORDINATOR 18', 'PARENTALITY_COORDINATOR', ['18']],
  ['PARENTALITY_COORDINATOR 29', 'PARENTALITY_COORDINATOR', ['29']],
  ['ADMIN', 'ADMIN', []],
];
beforeAll(async () => {
  stack = await Stack.start();
  for (const [label, role, departments] of VIEWERS) tokens[label] = role ? await tokenFor(role, departments) : undefined;
});
afterAll(() => stack?.stop());

const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) => stack.sql<T>('parentality', text, params);
const as = (label: string, query: string, variables?: Record<string, unknown>) => stack.query(query, { token: tokens[label], variables });
const first = async (department: string) =>
  (await sql<{ id: string }>(`select id from household where department_code = ? order by reference limit 1`, [department]))[0]!.id;

/** Department codes of every household a response holds, wherever it sits. */
function householdDepartments(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const v of value) householdDepartments(v, found);
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (record.__typename === 'Household') found.push(String(record.departmentCode));
    for (const v of Object.values(record)) householdDepartments(v, found);
  }
  return found;
}

const PATHS: Record<string, string> = {
  list: `{ households(first: 500) { nodes { __typename id departmentCode } } }`,
  list29: `{ households(first: 500, filter: { departmentCodes: ["29"] }) { nodes { __typename id departmentCode } } }`,
  loans: `{ loans(first: 500) { nodes { household { __typename id departmentCode } } } }`,
  overdue: `{ overdueLoans { household { __typename id departmentCode } } }`,
  currentLoan: `{ devices { departmentCode currentLoan { household { __typename id departmentCode } } } }`,
};

describe('household and loan records through the gateway', () => {
  it.each(VIEWERS.map(([label]) => label))('access matrix for %s over every path', async (label) => {
    const coordinates = label === 'ADMIN' ? ['18', '29'] : label.startsWith('PARENTALITY_COORDINATOR') ? [label.slice(-2)] : [];
    for (const [path, query] of Object.entries(PATHS)) {
      const { data, errors } = await as(label, query);
      const seen = new Set(householdDepartments(data));
      for (const code of seen) expect([path, code, coordinates.includes(code)]).toEqual([path, code, true]);
      if (path === 'currentLoan') expect(errors).toBeUndefined();
      else if (!coordinates.length) expect(errors?.[0]?.extensions?.code).toBe(label === 'PUBLIC' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      else if (path !== 'list29' || coordinates.includes('29')) expect(seen.size).toBeGreaterThan(0);
      else expect(seen.size).toBe(0); // a coordinator of 18 filtering on 29
    }
    for (const department of ['18', '29']) {
      const { data, errors } = await as(label, `query($id: ID!) { household(id: $id) { __typename id departmentCode } }`, { id: await first(department) });
      if (coordinates.includes(department)) expect(data.household.departmentCode).toBe(department);
      else {
        expect(data?.household ?? null).toBeNull();
        expect(errors?.[0]?.extensions?.code).toBe(label === 'PUBLIC' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      }
    }
  });

  it('writes an access log row for each household read', async () => {
    const id = await first('18');
    await as('PARENTALITY_COORDINATOR 18', `query($id: ID!) { household(id: $id) { id } }`, { id });
    const { data } = await as('PARENTALITY_COORDINATOR 18', `{ households(first: 3) { nodes { id } } loans(first: 2) { nodes { household { id } } } }`);
    const logs = await sql<{ actor_role: string; operation: string; household_ids: string[]; department_code: string }>(
      `select actor_role, operation, household_ids, department_code from household_access_log order by at`,
    );
    expect(logs).toContainEqual({ actor_role: 'PARENTALITY_COORDINATOR', operation: 'household', household_ids: [id], department_code: '18' });
    const listed = logs.filter((l) => l.operation === 'households' && l.actor_role === 'PARENTALITY_COORDINATOR' && l.department_code === '18').at(-1)!;
    expect([...listed.household_ids].sort()).toEqual(data.households.nodes.map((n: { id: string }) => n.id).sort());
    const nested = logs.filter((l) => l.operation === 'loan.household').flatMap((l) => l.household_ids);
    for (const node of data.loans.nodes) expect(nested).toContain(node.household.id);
    const [{ subjects }] = await sql<{ subjects: number }>(
      `select count(distinct actor_subject)::int as subjects from household_access_log where actor_subject = 'unknown'`,
    );
    expect(subjects).toBe(0);
  });
});

const LEND = `mutation($input: LendDeviceInput!) { lendDevice(input: $input) { loan { id dueOn overdue device { id } } } }`;
const REGISTER = `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { household { id reference departmentCode commune { code } } } }`;

describe('household and loan writes', () => {
  it('two concurrent loans of one device: exactly one succeeds, the other is CONFLICT, one open loan remains', async () => {
    const [device] = await sql<{ id: string }>(
      `select d.id from device d where d.department_code = '29' and d.status = 'IN_SERVICE'
        and not exists (select 1 from loan l where l.device_id = d.id and l.returned_on is null) order by d.label limit 1`,
    );
    const [a, b] = await sql<{ id: string }>(`select id from household where department_code = '29' order by reference limit 2`);
    const results = await Promise.all(
      [a!, b!].map((household) =>
        as('PARENTALITY_COORDINATOR 29', LEND, { input: { deviceId: device!.id, householdId: household.id, startsOn: '2025-09-01', dueOn: '2026-06-30' } }),
      ),
    );
    expect(results.filter((r) => r.data?.lendDevice?.loan?.id)).toHaveLength(1);
    expect(results.flatMap((r) => r.errors ?? []).map((e) => e.extensions?.code)).toEqual(['CONFLICT']);
    const [{ open }] = await sql<{ open: number }>(`select count(*)::int as open from loan where device_id = ? and returned_on is null`, [device!.id]);
    expect(open).toBe(1);
  });

  it('refused mutations leave the tables unchanged', async () => {
    const count = async () =>
      (
        await sql<{ n: string }>(
          `select (select count(*) from household) || '/' || (select count(*) from loan) || '/' || (select count(*) from device) || '/' || (select count(*) from workshop_participation) as n`,
        )
      )[0]!.n;
    const before = await count();
    const [partner] = await sql<{ id: string }>(`select id from partner_organisation where department_code = '18' limit 1`);
    const [device] = await sql<{ id: string }>(`select id from device where department_code = '18' limit 1`);
    const household = await first('18');
    const input = { partnerId: partner!.id, reference: 'CS-BRG-9999', communeCode: '18033', childrenCount: 2, childrenSchoolUais: [] };
    for (const label of ['PUBLIC', 'ANALYST', 'DEPARTMENT_STAFF 18', 'COMMISSION_MEMBER 18', 'PARENTALITY_COORDINATOR 29']) {
      const register = await as(label, REGISTER, { input });
      expect(register.errors?.[0]?.extensions?.code).toBe(label === 'PUBLIC' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      const lend = await as(label, LEND, { input: { deviceId: device!.id, householdId: household, dueOn: '2027-01-01' } });
      expect(lend.errors?.[0]?.extensions?.code).toBe(label === 'PUBLIC' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      const add = await as(label, `mutation($input: AddDeviceInput!) { addDevice(input: $input) { device { id } } }`, {
        input: { partnerId: partner!.id, kind: 'TABLET', label: 'X-1' },
      });
      expect(add.errors?.[0]?.extensions?.code).toBe(label === 'PUBLIC' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    }
    expect(await count()).toBe(before);
    const ok = await as('PARENTALITY_COORDINATOR 18', REGISTER, { input });
    expect(ok.data.registerHousehold.household).toMatchObject({ reference: 'CS-BRG-9999', departmentCode: '18', commune: { code: '18033' } });
    // The payload shows the household: a read like any other, logged.
    const [log] = await sql<{ operation: string; household_ids: string[] }>(
      `select operation, household_ids from household_access_log where operation = 'registerHousehold'`,
    );
    expect(log).toEqual({ operation: 'registerHousehold', household_ids: [ok.data.registerHousehold.household.id] });
  });

  it('schema review: no field, input field or column for a name, address, phone or e-mail', async () => {
    const schema = buildSchema(readFileSync(new URL('../../schema/api.graphql', import.meta.url), 'utf8'));
    const PERSONAL = /name|address|phone|e?mail|telephone|adresse|nom|prenom|courriel/i;
    const reviewed = Object.values(schema.getTypeMap()).filter((t) =>
      /^(Household|Loan|Device|RegisterHousehold|UpdateHousehold|DigitalDivide|RecordParticipation|AddDevice|LendDevice|ReturnDevice)/.test(t.name),
    );
    expect(reviewed.length).toBeGreaterThan(10);
    for (const type of reviewed) {
      if (!isObjectType(type) && !isInputObjectType(type)) continue;
      for (const field of Object.keys(type.getFields())) expect(`${type.name}.${field}`).not.toMatch(PERSONAL);
    }
    const columns = await sql<{ table_name: string; column_name: string }>(
      `select table_name, column_name from information_schema.columns where table_schema = 'public'
        and table_name in ('household', 'loan', 'device', 'household_access_log', 'workshop_participation')`,
    );
    expect(columns.length).toBeGreaterThan(20);
    for (const c of columns) expect(`${c.table_name}.${c.column_name}`).not.toMatch(/name|address|phone|mail|telephone/i);
  });
});

describe('no other path to household records', () => {
  it('has no field under School, Workshop, Department or Commune that returns households or loans, and no federated key on them', async () => {
    const { readFile } = await import('node:fs/promises');
    const { buildSchema, getNamedType, isObjectType } = await import('graphql');
    const api = buildSchema(await readFile(new URL('../../schema/api.graphql', import.meta.url), 'utf8'));
    for (const name of ['School', 'Workshop', 'Department', 'Commune', 'PartnerOrganisation']) {
      const type = api.getType(name);
      if (!type || !isObjectType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        expect([name, field.name, getNamedType(field.type).name]).not.toEqual([name, field.name, expect.stringMatching(/^(Household|Loan)(Connection)?$/)]);
      }
    }
    // Households and loans are not entities: the gateway cannot fetch them by reference (_entities).
    const subgraph = await readFile(new URL('../../schema/parentality.graphql', import.meta.url), 'utf8');
    expect(subgraph).not.toMatch(/type (Household|Loan)\s+@key/);
  });
});
