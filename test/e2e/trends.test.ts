import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { print } from 'graphql';
import { DepartmentTrendsDocument, type DepartmentTrendsQuery } from '../../schema/generated/graphql.js';
import { resolvePeriod } from '../../platform/period.js';
import { relayOf } from '../commissions.fixtures.js';
import { addBoundaryRows } from '../boundary-days.js';
import { Stack, tokenFor } from '../stack.js';
import { expectBreakdown } from './reconciliation.breakdown.js';

/**
 * Time series: indicators school year by school year (`Department.years`, all three subgraphs) and
 * activity month by month (`monthly`), through the gateway, against independent SQL.
 */
let stack: Stack;
beforeAll(async () => {
  stack = await Stack.start();
  // Cher's facts on the first and last days of 2023-2024, of months, and just outside them.
  await addBoundaryRows(stack, '18');
});
afterAll(() => stack?.stop());

const YEARS = ['2020-2021', '2021-2022', '2022-2023', '2023-2024', '2024-2025', '2025-2026'];
type Department = DepartmentTrendsQuery['departments'][number];

async function trends(variables: Record<string, unknown>, token?: string) {
  const { data, errors } = await stack.query<DepartmentTrendsQuery>(print(DepartmentTrendsDocument), { variables, token });
  expect(errors).toBeUndefined();
  return data!.departments;
}

const sql = async (name: 'pedagogy' | 'finance' | 'parentality', text: string, params: unknown[]) =>
  Number(Object.values((await stack.sql<Record<string, unknown>>(name, text, params))[0] ?? {})[0] ?? 0);

const total = <T>(rows: readonly T[], value: (row: T) => number) => rows.reduce((sum, row) => sum + value(row), 0);

describe('trends of Cher and Finistère', () => {
  let departments: Department[];
  beforeAll(async () => {
    departments = await trends({ codes: ['18', '29'], from: '2020-2021', to: '2025-2026', period: { schoolYear: '2023-2024' } }, await tokenFor('ADMIN'));
  });

  it('gives every school year of the series with the three subgraphs’ indicators, as SQL computes them', async () => {
    for (const d of departments) {
      expect(d.years.map((y) => y.schoolYear)).toEqual(YEARS);
      for (const year of d.years) {
        const { from, to } = resolvePeriod({ schoolYear: year.schoolYear });
        const params = [d.code, from, to];
        expect(year.pedagogy.training.sessions.value).toBe(
          await sql(
            'pedagogy',
            'select count(*) from training_session s join training t on t.id = s.training_id where t.department_code = ? and s.date between ? and ?',
            params,
          ),
        );
        expect(year.pedagogy.projects.projects.value).toBe(
          await sql('pedagogy', 'select count(*) from project where department_code = ? and submitted_on between ? and ?', params),
        );
        expect(year.finance?.grants.value).toBe(
          await sql('finance', 'select count(*) from equipment_grant where department_code = ? and granted_on between ? and ?', params),
        );
        expect(year.finance?.equipmentGranted.value.cents).toBe(
          await sql('finance', 'select coalesce(sum(amount_cents), 0) from equipment_grant where department_code = ? and granted_on between ? and ?', params),
        );
        expect(year.parentality?.workshopsHeld.value).toBe(
          await sql('parentality', 'select count(*) from workshop where department_code = ? and held_on between ? and ?', params),
        );
        expect(year.parentality?.attendance.value).toBe(
          await sql('parentality', 'select coalesce(sum(attendance), 0) from workshop where department_code = ? and held_on between ? and ?', params),
        );
      }
      // The series has activity: the seeded programme years are not all zero.
      expect(total(d.years, (y) => y.finance?.grants.value ?? 0)).toBeGreaterThan(0);
      expect(total(d.years, (y) => y.parentality?.workshopsHeld.value ?? 0)).toBeGreaterThan(0);
    }
  });

  it('gives the twelve months of a school year, whose sums are the year’s totals', async () => {
    for (const d of departments) {
      const year = d.years.find((y) => y.schoolYear === '2023-2024')!;
      const months = d.pedagogy.monthly;
      expect(months.map((m) => m.month)).toEqual([
        '2023-09',
        '2023-10',
        '2023-11',
        '2023-12',
        ...['01', '02', '03', '04', '05', '06', '07', '08'].map((m) => `2024-${m}`),
      ]);
      expect(total(months, (m) => m.trainingSessions)).toBe(year.pedagogy.training.sessions.value);
      expect(total(months, (m) => m.teachersTrained)).toBe(year.pedagogy.training.teachersTrained.value);
      expect(total(months, (m) => m.projectsSubmitted)).toBe(
        await sql(
          'pedagogy',
          `select count(*) from project_status_change c join project p on p.id = c.project_id
          where p.department_code = ? and c.to_status = 'SUBMITTED' and c.effective_on between '2023-09-01' and '2024-08-31'`,
          [d.code],
        ),
      );
      const finance = d.finance!.monthly;
      expect(finance).toHaveLength(12);
      expect(total(finance, (m) => m.decisions)).toBe(total(year.finance!.budget.subsidiesByVerdict, (v) => v.count));
      expect(total(finance, (m) => m.equipmentGranted.cents)).toBe(year.finance!.equipmentGranted.value.cents);
      expect(total(finance, (m) => m.disbursed.cents)).toBe(
        await sql(
          'finance',
          `select coalesce(sum(d.amount_cents), 0) from disbursement d join subsidy s on s.id = d.subsidy_id
          where s.department_code = ? and d.paid_on between '2023-09-01' and '2024-08-31'`,
          [d.code],
        ),
      );
      const parentality = d.parentality!.monthly;
      expect(total(parentality, (m) => m.workshopsHeld)).toBe(year.parentality!.workshopsHeld.value);
      expect(total(parentality, (m) => m.attendance.value ?? 0)).toBe(year.parentality!.attendance.value);
    }
  });

  it('gives each month of 2023-2024 the figures SQL counts for it, rows on month edges included', async () => {
    const [cher] = departments.filter((d) => d.code === '18');
    const rows = (name: 'pedagogy' | 'finance' | 'parentality', text: string) =>
      stack.sql<Record<string, unknown>>(name, text, ['18', '2023-09-01', '2024-08-31']);
    const month = (column: string) => `to_char(${column}, 'YYYY-MM') as key`;
    const sessions = await rows(
      'pedagogy',
      `select ${month('s.date')}, count(*) as "trainingSessions", sum(s.hours) as "trainingHours", sum(s.attended) as "teachersTrained"
      from training_session s join training t on t.id = s.training_id where t.department_code = ? and s.date between ? and ? group by 1`,
    );
    const byMonth = (m: { month: string }) => m.month;
    expectBreakdown(
      cher!.pedagogy.monthly,
      byMonth,
      ({ trainingSessions, trainingHours, teachersTrained }) => ({ trainingSessions, trainingHours, teachersTrained }),
      sessions,
    );
    const submitted = await rows(
      'pedagogy',
      `select ${month('c.effective_on')}, count(*) as "projectsSubmitted" from project_status_change c join project p on p.id = c.project_id
      where p.department_code = ? and c.to_status = 'SUBMITTED' and c.effective_on between ? and ? group by 1`,
    );
    expectBreakdown(cher!.pedagogy.monthly, byMonth, (m) => ({ projectsSubmitted: m.projectsSubmitted }), submitted);
    const deployments = await rows(
      'pedagogy',
      `select ${month('since')}, count(*) as "deploymentsStarted" from resource_deployment where school_uai in (select uai from school where department_code = ?) and since between ? and ? group by 1`,
    );
    expectBreakdown(cher!.pedagogy.monthly, byMonth, (m) => ({ deploymentsStarted: m.deploymentsStarted }), deployments);
    const grants = await rows(
      'finance',
      `select ${month('granted_on')}, sum(amount_cents) as "equipmentGranted" from equipment_grant where department_code = ? and granted_on between ? and ? group by 1`,
    );
    expectBreakdown(cher!.finance!.monthly, byMonth, (m) => ({ equipmentGranted: m.equipmentGranted.cents }), grants);
    const decisions = await rows(
      'finance',
      `select ${month('decided_on')}, count(*) as decisions from subsidy where department_code = ? and decided_on between ? and ? group by 1`,
    );
    expectBreakdown(cher!.finance!.monthly, byMonth, (m) => ({ decisions: m.decisions }), decisions);
    const paid = await rows(
      'finance',
      `select ${month('d.paid_on')}, sum(d.amount_cents) as disbursed from disbursement d join subsidy s on s.id = d.subsidy_id
      where s.department_code = ? and d.paid_on between ? and ? group by 1`,
    );
    expectBreakdown(cher!.finance!.monthly, byMonth, (m) => ({ disbursed: m.disbursed.cents }), paid);
    const held = await rows(
      'parentality',
      `select ${month('held_on')}, count(*) as "workshopsHeld", sum(attendance) as attendance from workshop where department_code = ? and held_on between ? and ? group by 1`,
    );
    expectBreakdown(cher!.parentality!.monthly, byMonth, (m) => ({ workshopsHeld: m.workshopsHeld, attendance: m.attendance.value }), held);
  });

  it('shows monthly attendance to the coordinator of the department only: a month is a cut of the yearly table', async () => {
    const [publicView] = await trends({ codes: ['29'], period: { schoolYear: '2023-2024' } });
    expect(publicView!.parentality!.monthly.every((m) => m.attendance.value === null && m.attendance.suppressed)).toBe(true);
    expect(publicView!.parentality!.monthly.some((m) => m.workshopsHeld > 0)).toBe(true);
    const [coordinator] = await trends({ codes: ['29'], period: { schoolYear: '2023-2024' } }, await tokenFor('PARENTALITY_COORDINATOR', ['29']));
    expect(coordinator!.parentality!.monthly.some((m) => (m.attendance.value ?? 0) > 0)).toBe(true);
    const [other] = await trends({ codes: ['29'], period: { schoolYear: '2023-2024' } }, await tokenFor('PARENTALITY_COORDINATOR', ['18']));
    expect(other!.parentality!.monthly.every((m) => m.attendance.suppressed)).toBe(true);
  });

  it('refuses a reversed or malformed series with BAD_USER_INPUT', async () => {
    for (const variables of [
      { codes: ['18'], from: '2024-2025', to: '2021-2022' },
      { codes: ['18'], from: '2024' },
    ]) {
      const { errors } = await stack.query(print(DepartmentTrendsDocument), { variables });
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('costs as many SQL statements per subgraph for 101 departments over six school years as for 2 over one', async () => {
    const count = (codes: string[] | null, from: string) =>
      stack.countSql(async () => {
        const { errors } = await stack.query(print(DepartmentTrendsDocument), { variables: { codes, from, to: '2025-2026' } });
        expect(errors).toBeUndefined();
      });
    // Once first: finance's outbox delivers the seeded decisions to pedagogy soon after start-up.
    await relayOf(stack).flush();
    const small = await count(['18', '29'], '2025-2026');
    expect(await count(null, '2020-2021')).toEqual(small);
    // One statement per KPI group, whatever the departments and school years (periodStatementLoader).
    expect(small.pedagogy).toBeLessThanOrEqual(12);
  });
});
