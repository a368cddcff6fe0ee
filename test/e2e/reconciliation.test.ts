import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { print } from 'graphql';
import { CompareDepartmentsDocument } from '../../schema/generated/graphql.js';
import { Stack, tokenFor } from '../stack.js';

/**
 * Reconciliation: each KPI of the comparison, through the gateway, equals an independent SQL query
 * on the database of the subgraph that owns it — exactly (counts, cents). ADMIN reads, so nothing
 * is suppressed.
 */
let stack: Stack;
beforeAll(async () => {
  stack = await Stack.start();
});
afterAll(() => stack?.stop());

const one = async (name: 'pedagogy' | 'finance' | 'parentality', text: string, params: unknown[]) =>
  Number(Object.values((await stack.subgraphs[name].orm.em.fork().getConnection().execute<Array<Record<string, unknown>>>(text, params))[0] ?? {})[0] ?? 0);

describe('the comparison reconciles with SQL', () => {
  it.each(['18', '29'])('department %s: every KPI equals independent SQL', async (code) => {
    const { data, errors } = await stack.query(print(CompareDepartmentsDocument), { token: await tokenFor('ADMIN'), variables: { codes: [code] } });
    expect(errors).toBeUndefined();
    const d = data.departments[0];
    const p = (sql: string) => one('pedagogy', sql, [code]);
    const f = (sql: string) => one('finance', sql, [code]);
    const w = (sql: string) => one('parentality', sql, [code]);

    expect(d.pupils).toBe(await p('select coalesce(sum(pupils), 0) from school where department_code = ?'));
    expect(d.pedagogy.schools.value).toBe(await p('select count(*) from school where department_code = ?'));
    expect(d.pedagogy.tneSchools.value).toBe(await p('select count(*) from school where department_code = ? and tne_joined_year is not null'));
    expect(d.pedagogy.pupilsReached.value).toBe(await p('select coalesce(sum(pupils), 0) from school where department_code = ? and tne_joined_year is not null'));
    expect(d.pedagogy.tneSchools.perThousandPupils).toBeCloseTo((d.pedagogy.tneSchools.value * 1000) / d.pupils, 3);
    expect(d.pedagogy.projects.projects.value).toBe(await p('select count(*) from project where department_code = ?'));
    expect(d.pedagogy.projects.accepted.value).toBe(await p("select count(*) from project where department_code = ? and status in ('ACCEPTED', 'IN_PROGRESS', 'COMPLETED')"));

    const budget = d.finance.budget;
    const envelopes = await f('select coalesce(sum(amount_cents), 0) from envelope where department_code = ?');
    const committed = await f("select coalesce(sum(l.amount_cents), 0) from funding_line l join funding_plan p on p.id = l.plan_id where p.department_code = ? and l.status <> 'PLEDGED'");
    const paid = await f("select coalesce(sum(l.amount_cents), 0) from funding_line l join funding_plan p on p.id = l.plan_id where p.department_code = ? and l.status = 'PAID'");
    const state = await f("select coalesce(sum(l.amount_cents), 0) from funding_line l join funding_plan p on p.id = l.plan_id join funder f on f.id = l.funder_id where p.department_code = ? and l.status <> 'PLEDGED' and f.kind = 'STATE'");
    expect(budget.envelopes.value.cents).toBe(envelopes);
    expect(budget.committed.value.cents).toBe(committed);
    expect(budget.paid.value.cents).toBe(paid);
    expect(budget.remaining.cents).toBe(envelopes - committed);
    expect(budget.leverage).toBeCloseTo((committed - state) / state, 4);

    const k = d.parentality;
    expect(k.workshopsHeld.value).toBe(await w('select count(*) from workshop where department_code = ?'));
    expect(k.attendance.value).toBe(await w('select coalesce(sum(attendance), 0) from workshop where department_code = ?'));
    expect(k.householdsReached.value).toBe(await w('select count(distinct wp.household_id) from workshop_participation wp join workshop w on w.id = wp.workshop_id where w.department_code = ?'));
    expect(k.devicesOnLoan.value).toBe(await w('select count(distinct l.device_id) from loan l where l.department_code = ? and l.returned_on is null'));
  });
});
