import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SubgraphName } from '../../platform/config.js';
import { resolvePeriod } from '../../platform/period.js';
import { prepareNationalRun } from '../../platform/seeds/national.js';
import { isWorkingDay } from '../../platform/working-days.js';
import { seedNational } from '../../scripts/national/run.js';
import { Stack, tokenFor } from '../stack.js';
import { createCommission, DECIDE, MOVE } from '../commissions.fixtures.js';
import { CREATE_PLAN } from '../funding-fixtures.js';
import { bind, moneyViolations } from './money-story.sql.js';

/**
 * One money story (docs/DOMAIN.md): in Cher and Finistère, and in a sample of the national seed
 * (a TNE department in Corsica, a department outside the programme), subsidies decided, lines
 * committed and payments reconcile to the cent, against SQL on finance's database; every volet with
 * activity (pedagogy's and parentality's databases) has commitments; commissions, decisions,
 * commitments and payments follow one another in time; the API's figures for a school year are
 * SQL's narrowed by the commitment and payment days.
 */
let stack: Stack;
const DEMO = ['18', '29'];
const NATIONAL = ['2A', '48'];
beforeAll(async () => {
  stack = await Stack.start();
  await seedNational(stack.subgraphEnv('pedagogy', 0), await prepareNationalRun({ seed: 11, departments: NATIONAL }));
}, 180_000);
afterAll(() => stack?.stop());

/** SQL on a subgraph's database, `$1`… standing for the values given (each may be used several times). */
const sql = <T = Record<string, unknown>>(name: SubgraphName, text: string, values: unknown[] = []) => stack.sql<T>(name, ...bind(text, values));
const count = async (name: SubgraphName, text: string, params: unknown[] = []) => Number(Object.values((await sql(name, text, params))[0] ?? {})[0] ?? 0);

describe('the money of Cher and Finistère, to the cent', () => {
  it.each(DEMO)('%s: accepted subsidies are the engaged State lines of projects, fully paid subsidies their PAID State lines', async (code) => {
    const [totals] = await sql<{ accepted: string; engaged: string; fully_paid: string; paid_lines: string; disbursed: string }>(
      'finance',
      `select (select coalesce(sum(amount_cents), 0) from subsidy where department_code = $1 and verdict = 'ACCEPTED') as accepted,
              (select coalesce(sum(l.amount_cents), 0) from funding_line l join funding_plan p on p.id = l.plan_id join funder f on f.id = l.funder_id
                where p.department_code = $1 and p.project_id is not null and f.kind = 'STATE' and l.status in ('COMMITTED', 'PAID')) as engaged,
              (select coalesce(sum(s.amount_cents), 0) from subsidy s where s.department_code = $1
                  and s.amount_cents = (select coalesce(sum(d.amount_cents), 0) from disbursement d where d.subsidy_id = s.id) and s.amount_cents > 0) as fully_paid,
              (select coalesce(sum(l.amount_cents), 0) from funding_line l join funding_plan p on p.id = l.plan_id join funder f on f.id = l.funder_id
                where p.department_code = $1 and p.project_id is not null and f.kind = 'STATE' and l.status = 'PAID') as paid_lines,
              (select coalesce(sum(d.amount_cents), 0) from disbursement d join subsidy s on s.id = d.subsidy_id where s.department_code = $1) as disbursed`,
      [code],
    );
    const cents = Object.fromEntries(Object.entries(totals!).map(([k, v]) => [k, Number(v)]));
    expect(cents.accepted).toBeGreaterThan(0);
    expect(cents.engaged).toBe(cents.accepted);
    expect(cents.fully_paid).toBeGreaterThan(0);
    expect(cents.paid_lines).toBe(cents.fully_paid);
    expect(cents.disbursed).toBeGreaterThanOrEqual(cents.fully_paid);
    expect(cents.disbursed).toBeLessThanOrEqual(cents.accepted);
  });

  it.each(DEMO)('%s: keeps every invariant of plans, lines, envelopes, commissions, decisions and payments', async (code) => {
    expect(await moneyViolations(sql, code, { grantor: 'STATE' })).toEqual({});
  });

  it.each(DEMO)('%s: commits money in every volet that has activity', async (code) => {
    const activity = {
      EQUIPMENT: await count('pedagogy', 'select count(*) from school where department_code = $1 and tne_joined_year is not null', [code]),
      TRAINING: await count(
        'pedagogy',
        'select count(*) from training t where t.department_code = $1 and exists (select 1 from training_session s where s.training_id = t.id)',
        [code],
      ),
      RESOURCES: await count('pedagogy', "select count(*) from project where department_code = $1 and status in ('ACCEPTED', 'IN_PROGRESS', 'COMPLETED')", [
        code,
      ]),
      PARENTALITY: await count('parentality', 'select count(*) from workshop where department_code = $1', [code]),
    };
    const engaged = Object.fromEntries(
      (
        await sql<{ volet: string; cents: string }>(
          'finance',
          `select l.volet::text as volet, sum(l.amount_cents) as cents from funding_line l join funding_plan p on p.id = l.plan_id
            where p.department_code = $1 and l.status in ('COMMITTED', 'PAID') group by 1`,
          [code],
        )
      ).map((r) => [r.volet, Number(r.cents)]),
    );
    for (const [volet, held] of Object.entries(activity)) {
      expect({ volet, held: held > 0 }).toEqual({ volet, held: true });
      expect({ volet, engaged: (engaged[volet] ?? 0) > 0 }).toEqual({ volet, engaged: true });
    }
    // Every TNE school has its equipment plan (the former equipment grant).
    const plans = await count('finance', 'select count(*) from funding_plan where department_code = $1 and school_uai is not null', [code]);
    expect(plans).toBe(activity.EQUIPMENT);
  });

  it.each(DEMO)('%s: commissions meet on working days within the programme, and every decision is taken at one', async (code) => {
    const [programme] = await sql<{ start: string; end: string }>(
      'pedagogy',
      `select to_char(programme_start, 'YYYY-MM-DD') as start, to_char(programme_end, 'YYYY-MM-DD') as end from department where code = $1`,
      [code],
    );
    const days = (
      await sql<{ day: string }>('finance', "select to_char(meets_on, 'YYYY-MM-DD') as day from commission where department_code = $1", [code])
    ).map((r) => r.day);
    expect(days.length).toBeGreaterThan(0);
    expect(days.filter((day) => !isWorkingDay(day) || day < programme!.start || day > programme!.end)).toEqual([]);
  });

  it('gives, for a school year, the commitments, payments and equipment grants SQL counts by their days', async () => {
    const token = await tokenFor('ADMIN');
    const query = `query($codes: [ID!], $period: PeriodInput) { departments(codes: $codes) { code finance(period: $period) {
      equipmentGranted { value { cents } } budget { committed { value { cents } } paid { value { cents } } } } } }`;
    for (const schoolYear of ['2022-2023', '2023-2024', null]) {
      const { data, errors } = await stack.query(query, { token, variables: { codes: DEMO, period: schoolYear ? { schoolYear } : null } });
      expect(errors).toBeUndefined();
      const range = schoolYear ? resolvePeriod({ schoolYear }) : { from: null, to: null };
      for (const d of data.departments as Array<{ code: string; finance: any }>) {
        const within = (column: string) => `($2::date is null or ${column} >= $2::date) and ($3::date is null or ${column} <= $3::date)`;
        const [expected] = await sql<{ committed: string; paid: string; equipment: string }>(
          'finance',
          `select (select coalesce(sum(l.amount_cents), 0) from funding_line l join funding_plan p on p.id = l.plan_id
                    where p.department_code = $1 and l.status in ('COMMITTED', 'PAID') and ${within('l.committed_on')}) as committed,
                  (select coalesce(sum(l.amount_cents), 0) from funding_line l join funding_plan p on p.id = l.plan_id
                    where p.department_code = $1 and l.status = 'PAID' and ${within('l.paid_on')}) as paid,
                  (select coalesce(sum(l.amount_cents), 0) from funding_line l join funding_plan p on p.id = l.plan_id
                    where p.department_code = $1 and p.school_uai is not null and l.status in ('COMMITTED', 'PAID') and ${within('l.committed_on')}) as equipment`,
          [d.code, range.from ?? null, range.to ?? null],
        );
        const got = {
          committed: d.finance.budget.committed.value.cents,
          paid: d.finance.budget.paid.value.cents,
          equipment: d.finance.equipmentGranted.value.cents,
        };
        expect({ code: d.code, schoolYear, ...got }).toEqual({
          code: d.code,
          schoolYear,
          committed: Number(expected!.committed),
          paid: Number(expected!.paid),
          equipment: Number(expected!.equipment),
        });
        if (schoolYear === '2023-2024') expect(got.committed).toBeGreaterThan(0);
      }
    }
  });
});

describe('the money of the national sample', () => {
  it('keeps the same invariants in a TNE department (the State grants) and outside the programme (the council does)', async () => {
    expect(await moneyViolations(sql, '2A', { grantor: 'STATE' })).toEqual({});
    expect(await moneyViolations(sql, '48', { grantor: 'DEPARTMENT_COUNCIL' })).toEqual({});
    const engaged = await count(
      'finance',
      `select count(distinct l.volet) from funding_line l join funding_plan p on p.id = l.plan_id where p.department_code = '2A' and l.status <> 'PLEDGED'`,
    );
    expect(engaged).toBe(4);
  });

  it('accepts a project outside the programme: the decision commits the department council’s pledged line on its day', async () => {
    // Lozère has no programme: its commission grants for the department council, whose envelopes run to the reference date.
    const [call] = await sql<{ id: string; closes_on: string; uai: string }>(
      'pedagogy',
      `select c.id, cc.closes_on::text as closes_on, p.lead_school_uai as uai from call c
       join call_campaign cc on cc.call_id = c.id join project p on p.call_id = c.id
       where c.department_code = '48' order by cc.closes_on desc, p.lead_school_uai limit 1`,
    );
    const [council] = await sql<{ id: string }>('finance', `select id from funder where kind = 'DEPARTMENT_COUNCIL' and territory_code = '48'`);
    const [staff, member, admin] = await Promise.all([tokenFor('DEPARTMENT_STAFF', ['48']), tokenFor('COMMISSION_MEMBER', ['48']), tokenFor('ADMIN')]);
    const created = await stack.query(`mutation($input: CreateProjectInput!) { createProject(input: $input) { project { id version } } }`, {
      token: staff,
      variables: { input: { callId: call!.id, leadSchoolUai: call!.uai, title: 'Classe mobile', themes: [] } },
    });
    expect(created.errors).toBeUndefined();
    const { id: projectId, version } = created.data.createProject.project;
    // A submission on the campaign's last day, recorded by ADMIN (staff submit only today).
    const moved = await stack.query(MOVE, {
      token: admin,
      variables: { input: { id: projectId, version, status: 'SUBMITTED', effectiveOn: call!.closes_on } },
    });
    expect(moved.errors).toBeUndefined();
    const lines = [{ funderId: council!.id, volet: 'RESOURCES', amount: { cents: 1_000_000 } }];
    const plan = await stack.query(CREATE_PLAN, {
      token: member,
      variables: { input: { projectId, totalCost: { cents: 1_000_000 }, requestedSubsidy: { cents: 600_000 }, lines } },
    });
    expect(plan.errors).toBeUndefined();
    const commissionId = await createCommission(stack, member, '48', '2026-08-31');
    const decided = await stack.query(DECIDE, { token: member, variables: { input: { commissionId, projectId, verdict: 'ACCEPTED', amountCents: 600_000 } } });
    expect(decided.errors).toBeUndefined();
    const engaged = await sql<{ kind: string; status: string; cents: string; on: string | null }>(
      'finance',
      `select f.kind, l.status, l.amount_cents as cents, l.committed_on::text as on
       from funding_line l join funding_plan p on p.id = l.plan_id join funder f on f.id = l.funder_id
       where p.project_id = $1 order by l.position`,
      [projectId],
    );
    expect(engaged.map((l) => ({ ...l, cents: Number(l.cents) }))).toEqual([
      { kind: 'DEPARTMENT_COUNCIL', status: 'COMMITTED', cents: 600_000, on: '2026-08-31' },
      { kind: 'DEPARTMENT_COUNCIL', status: 'PLEDGED', cents: 400_000, on: null },
    ]);
  });
});
