import { expect } from '@jest/globals';
import type { DateRange } from '../../platform/period.js';
import { type ComparedDepartment, expectBreakdown, mergeByKey, type Sql } from './reconciliation.breakdown.js';
import { within } from './reconciliation.pedagogy.js';

/** Every finance KPI of the comparison against SQL on finance's database. */
export async function reconcileFinance(d: ComparedDepartment, range: DateRange, sql: Sql) {
  const code = d.code;
  const f = d.finance!;
  const granted = within('granted_on', range);
  const grants = (select: string) => sql(`select ${select} from equipment_grant where department_code = ? and ${granted.sql}`, [code, ...granted.params]);
  expect(f.equipmentGranted.value.cents).toBe(await grants('coalesce(sum(amount_cents), 0)'));
  expect(f.grants.value).toBe(await grants('count(*)'));

  // Envelopes in force in the period; commitments by their commitment day, payments by their payment day.
  const inForce = [code, range.to, range.to, range.from, range.from];
  const envelopes = (extra = 'true') =>
    sql(
      `select coalesce(sum(amount_cents), 0) from envelope where department_code = ? and (?::date is null or starts_on <= ?::date)
          and (?::date is null or ends_on >= ?::date) and ${extra}`,
      inForce,
    );
  const [committedIn, paidIn] = [within('l.committed_on', range), within('l.paid_on', range)];
  const lines = (status: string, dated: { sql: string; params: unknown[] }, extra = 'true') =>
    sql(
      `select coalesce(sum(l.amount_cents), 0) from funding_line l join funding_plan p on p.id = l.plan_id join funder fu on fu.id = l.funder_id
          where p.department_code = ? and l.status in (${status}) and ${dated.sql} and ${extra}`,
      [code, ...dated.params],
    );
  const b = f.budget;
  const committed = await lines(`'COMMITTED', 'PAID'`, committedIn);
  const state = await lines(`'COMMITTED', 'PAID'`, committedIn, `fu.kind = 'STATE'`);
  expect(b.envelopes.value.cents).toBe(await envelopes());
  expect(b.committed.value.cents).toBe(committed);
  expect(b.paid.value.cents).toBe(await lines(`'PAID'`, paidIn));
  expect(b.remaining.cents).toBe(b.envelopes.value.cents - committed);
  expect(b.leverage).toEqual(state ? expect.closeTo((committed - state) / state, 4) : null);
  const byVolet = await sql.rows(
    `select coalesce(e.key, l.key) as key, coalesce(e.envelopes, 0) as envelopes, coalesce(l.committed, 0) as committed, coalesce(l.paid, 0) as paid,
            coalesce(e.envelopes, 0) - coalesce(l.committed, 0) as remaining
       from (select volet::text as key, sum(amount_cents) as envelopes from envelope where department_code = ? and (?::date is null or starts_on <= ?::date)
               and (?::date is null or ends_on >= ?::date) group by volet) e
       full join (select l.volet::text as key, sum(l.amount_cents) filter (where l.status in ('COMMITTED', 'PAID') and ${committedIn.sql}) as committed,
                         sum(l.amount_cents) filter (where l.status = 'PAID' and ${paidIn.sql}) as paid
                    from funding_line l join funding_plan p on p.id = l.plan_id where p.department_code = ? group by l.volet) l on l.key = e.key`,
    [...inForce, ...committedIn.params, ...paidIn.params, code],
  );
  const cents = (m: { cents: number }) => m.cents;
  expectBreakdown(
    b.byVolet,
    (v) => v.volet,
    (v) => ({ envelopes: cents(v.envelopes), committed: cents(v.committed), paid: cents(v.paid), remaining: cents(v.remaining) }),
    byVolet,
  );
  const decided = within('decided_on', range);
  const byVerdict = await sql.rows(
    `select verdict::text as key, count(*) as count, sum(amount_cents) as amount from subsidy where department_code = ? and ${decided.sql} group by verdict`,
    [code, ...decided.params],
  );
  expectBreakdown(
    b.subsidiesByVerdict,
    (v) => v.verdict,
    (v) => ({ count: v.count, amount: v.amount.cents }),
    byVerdict,
  );
}

/** Every parentality KPI of the comparison against SQL on parentality's database (read by ADMIN). */
export async function reconcileParentality(d: ComparedDepartment, range: DateRange, sql: Sql) {
  const code = d.code;
  const k = d.parentality!;
  const held = within('w.held_on', range);
  const workshops = (select: string, extra = 'true') =>
    sql(`select ${select} from workshop w where w.department_code = ? and ${held.sql} and ${extra}`, [code, ...held.params]);
  const households = (extra = 'true') =>
    sql(
      `select count(distinct wp.household_id) from workshop_participation wp join workshop w on w.id = wp.workshop_id
          where w.department_code = ? and ${held.sql} and ${extra}`,
      [code, ...held.params],
    );
  expect(k.workshopsHeld.value).toBe(await workshops('count(*)'));
  expect(k.attendance.value).toBe(await workshops('coalesce(sum(w.attendance), 0)'));
  expect(k.girlsReached.value).toBe(await workshops('coalesce(sum(w.girls_reached), 0)'));
  expect(k.specialNeedsReached.value).toBe(await workshops('coalesce(sum(w.special_needs_reached), 0)'));
  expect(k.householdsReached.value).toBe(await households());
  const open = range.to
    ? 'l.starts_on <= ?::date and (l.returned_on is null or l.returned_on > ?::date)'
    : 'l.returned_on is null and ?::date is null and ?::date is null';
  expect(k.devicesOnLoan.value).toBe(
    await sql(`select count(distinct l.device_id) from loan l where l.department_code = ? and ${open}`, [code, range.to, range.to]),
  );
  const byKind = mergeByKey(
    await sql.rows(
      `select w.kind::text as key, count(*) as "workshopsHeld", sum(w.attendance) as attendance from workshop w
                     where w.department_code = ? and ${held.sql} group by w.kind`,
      [code, ...held.params],
    ),
    await sql.rows(
      `select w.kind::text as key, count(distinct wp.household_id) as "householdsReached" from workshop_participation wp
                     join workshop w on w.id = wp.workshop_id where w.department_code = ? and ${held.sql} group by w.kind`,
      [code, ...held.params],
    ),
  );
  expectBreakdown(
    k.byKind,
    (r) => r.kind,
    (r) => ({ workshopsHeld: r.workshopsHeld.value, attendance: r.attendance.value, householdsReached: r.householdsReached.value }),
    byKind,
  );
}
