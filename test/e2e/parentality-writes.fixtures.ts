// Fresh records for test/e2e/parentality-writes.test.ts, made by SQL on parentality's own database,
// and digests of its tables to show that a refused write changed nothing.
import type { Stack } from '../stack.js';

export type Sql = <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;

export const sqlOf =
  (stack: Stack): Sql =>
  (text, params = []) =>
    stack.sql('parentality', text, params);

const COMMUNE: Record<string, string> = { '18': '18033', '29': '29019' };
let serial = 0;
const insert = async (sql: Sql, text: string, params: unknown[]) => (await sql<{ id: string }>(`${text} returning id`, params))[0]!.id;

/** A partner organisation of its own, so that a workshop list can be narrowed to its workshops. */
export const newPartner = (sql: Sql, department: string) =>
  insert(sql, `insert into partner_organisation (department_code, name, kind, commune_code) values (?, ?, 'SOCIAL_CENTRE', null)`, [
    department,
    `Centre PW ${++serial}`,
  ]);

/** A household with 2 children, one school, no digital-divide indicator and no participation. */
export async function newHousehold(sql: Sql, department: string): Promise<string> {
  return insert(
    sql,
    `insert into household (reference, partner_id, department_code, commune_code, children_count, children_school_uais, registered_on)
     values (?, ?, ?, ?, 2, '{0180005H}', '2024-01-10')`,
    [`PW-${++serial}`, await newPartner(sql, department), department, COMMUNE[department]],
  );
}

/** An open loan (or a returned one) of a new device in service to a new household. */
export async function newLoan(sql: Sql, department: string, returnedOn: string | null = null) {
  const householdId = await newHousehold(sql, department);
  const deviceId = await insert(
    sql,
    `insert into device (department_code, partner_id, kind, label) values (?, (select partner_id from household where id = ?), 'LAPTOP', ?)`,
    [department, householdId, `PW-${department}-${++serial}`],
  );
  const loanId = await insert(
    sql,
    `insert into loan (device_id, household_id, department_code, starts_on, due_on, returned_on) values (?, ?, ?, '2025-09-01', '2026-06-30', ?)`,
    [deviceId, householdId, department, returnedOn],
  );
  return { loanId, deviceId, householdId };
}

/** A workshop of a new partner in school year 2019-2020, which no seeded workshop uses. */
export async function newWorkshop(sql: Sql, department: string) {
  const partnerId = await newPartner(sql, department);
  const workshopId = await insert(
    sql,
    `insert into workshop (department_code, commune_code, kind, topic, held_on, capacity, attendance, partner_id) values (?, ?, 'DIGITAL_CAFE', 'Atelier PW', '2019-11-14', 12, 4, ?)`,
    [department, COMMUNE[department], partnerId],
  );
  return { workshopId, partnerId };
}

const TABLES = ['partner_organisation', 'household', 'device', 'loan', 'workshop', 'workshop_participation', 'household_access_log'];

/** Each table a write could touch, as its row count and a digest of all its rows (any change shows). */
export async function tables(sql: Sql): Promise<Record<string, string>> {
  const digest = (t: string) => `(select count(*) || ' rows ' || coalesce(md5(string_agg(r::text, ',' order by r::text)), '') from ${t} r) as ${t}`;
  return (await sql<Record<string, string>>(`select ${TABLES.map(digest).join(', ')}`))[0]!;
}

/** The rows a case is about, column by column (the loan, the household, its participations, the workshop). */
export async function rowsOf(sql: Sql, ids: { loanId?: string; householdId?: string; workshopId?: string }) {
  return {
    workshop: await sql(`select * from workshop where id = ?`, [ids.workshopId ?? null]),
    loan: await sql(`select * from loan where id = ?`, [ids.loanId ?? null]),
    household: await sql(`select * from household where id = ?`, [ids.householdId ?? null]),
    participations: await sql(`select workshop_id from workshop_participation where household_id = ? order by 1`, [ids.householdId ?? null]),
  };
}
