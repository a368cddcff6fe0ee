import { expect } from '@jest/globals';
import type { DateRange } from '../../subgraphs/common/period.js';
import { within } from './reconciliation.pedagogy.js';
import type { ComparedDepartment, Sql } from './reconciliation.test.js';

/** Every finance KPI of the comparison against SQL on finance's database. */
export async function reconcileFinance(d: ComparedDepartment, range: DateRange, sql: Sql) {
  const code = d.code;
  const f = d.finance!;
  const granted = within('granted_on', range);
  const grants = (select: string) => sql(`select ${select} from equipment_grant where department_code = ? and ${granted.sql}`, [code, ...granted.params]);
  expect(f.equipmentGranted.value.cents).toBe(await grants('coalesce(sum(amount_cents), 0)'));
  expect(f.grants.value).toBe(await grants('count(*)'));

  // Envelopes in force in the period; commitments and payments are programme-wide.
  const inForce = [code, range.to, range.to, range.from, range.from];
  const envelopes = (extra = 'true') =>
    sql(`select coalesce(sum(amount_cents), 0) from envelope where department_code = ? and (?::date is null or starts_on <= ?::date)
          and (?::date is null or ends_on >= ?::date) and ${extra}`, inForce);
  const lines = (status: string, extra = 'true') =>
    sql(`select coalesce(sum(l.amount_cents), 0) from funding_line l join funding_plan p on p.id = l.plan_id join funder fu on fu.id = l.funder_id
          where p.department_code = ? and l.status in (${status}) and ${extra}`, [code]);
  const b = f.budget;
  const committed = await lines(`'COMMITTED', 'PAID'`);
  const state = await lines(`'COMMITTED', 'PAID'`, `fu.kind = 'STATE'`);
  expect(b.envelopes.value.cents).toBe(await envelopes());
  expect(b.committed.value.cents).toBe(committed);
  expect(b.paid.value.cents).toBe(await lines(`'PAID'`));
  expect(b.remaining.cents).toBe(b.envelopes.value.cents - committed);
  if (state) expect(b.leverage).toBeCloseTo((committed - state) / state, 4);
  else expect(b.leverage).toBeNull();
  for (const v of b.byVolet) {
    expect(v.envelopes.cents).toBe(await envelopes(`volet = '${v.volet}'`));
    expect(v.committed.cents).toBe(await lines(`'COMMITTED', 'PAID'`, `l.volet = '${v.volet}'`));
    expect(v.paid.cents).toBe(await lines(`'PAID'`, `l.volet = '${v.volet}'`));
  }
  const decided = within('decided_on', range);
  for (const v of b.subsidiesByVerdict) {
    const params = [code, v.verdict, ...decided.params];
    expect(v.count).toBe(await sql(`select count(*) from subsidy where department_code = ? and verdict = ? and ${decided.sql}`, params));
    expect(v.amount.cents).toBe(await sql(`select coalesce(sum(amount_cents), 0) from subsidy where department_code = ? and verdict = ? and ${decided.sql}`, params));
  }
}

/** Every parentality KPI of the comparison against SQL on parentality's database (read by ADMIN). */
export async function reconcileParentality(d: ComparedDepartment, range: DateRange, sql: Sql) {
  const code = d.code;
  const k = d.parentality!;
  const held = within('w.held_on', range);
  const workshops = (select: string, extra = 'true') =>
    sql(`select ${select} from workshop w where w.department_code = ? and ${held.sql} and ${extra}`, [code, ...held.params]);
  const households = (extra = 'true') =>
    sql(`select count(distinct wp.household_id) from workshop_participation wp join workshop w on w.id = wp.workshop_id
          where w.department_code = ? and ${held.sql} and ${extra}`, [code, ...held.params]);
  expect(k.workshopsHeld.value).toBe(await workshops('count(*)'));
  expect(k.attendance.value).toBe(await workshops('coalesce(sum(w.attendance), 0)'));
  expect(k.householdsReached.value).toBe(await households());
  const open = range.to ? 'l.starts_on <= ?::date and (l.returned_on is null or l.returned_on > ?::date)' : 'l.returned_on is null and ?::date is null and ?::date is null';
  expect(k.devicesOnLoan.value).toBe(await sql(`select count(distinct l.device_id) from loan l where l.department_code = ? and ${open}`, [code, range.to, range.to]));
  for (const row of k.byKind) {
    expect(row.workshopsHeld.value).toBe(await workshops('count(*)', `w.kind = '${row.kind}'`));
    expect(row.attendance.value).toBe(await workshops('coalesce(sum(w.attendance), 0)', `w.kind = '${row.kind}'`));
    expect(row.householdsReached.value).toBe(await households(`w.kind = '${row.kind}'`));
  }
}
