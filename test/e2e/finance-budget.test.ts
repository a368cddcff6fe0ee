import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Stack, tokenFor } from '../stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await Stack.start();
});
afterAll(() => stack?.stop());

const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) => stack.sql<T>('finance', text, params);

const BUDGET = `{
  departments(codes: ["18", "29"]) {
    code
    finance {
      budget {
        envelopes { value { cents currency } perTenThousandInhabitants { cents } }
        committed { value { cents } } paid { value { cents } } remaining { cents } leverage
        byVolet { volet envelopes { cents } committed { cents } paid { cents } remaining { cents } }
        subsidiesByVerdict { verdict count amount { cents } }
      }
    }
  }
}`;

describe('the programme budget of Cher and Finistère', () => {
  it('gives envelopes by volet with committed, paid and remaining, equal to the seeded rows', async () => {
    const { data, errors } = await stack.query(BUDGET);
    expect(errors).toBeUndefined();
    for (const department of data.departments) {
      const budget = department.finance.budget;
      const envelopes = await sql<{ volet: string; cents: string }>(
        `select volet, sum(amount_cents)::bigint as cents from envelope where department_code = ? group by volet`,
        [department.code],
      );
      const lines = await sql<{ volet: string; committed: string; paid: string }>(
        `select l.volet, coalesce(sum(l.amount_cents) filter (where l.status <> 'PLEDGED'), 0)::bigint as committed,
                coalesce(sum(l.amount_cents) filter (where l.status = 'PAID'), 0)::bigint as paid
           from funding_line l join funding_plan p on p.id = l.plan_id where p.department_code = ? group by l.volet`,
        [department.code],
      );
      for (const row of budget.byVolet) {
        const envelope = Number(envelopes.find((e) => e.volet === row.volet)?.cents ?? 0);
        const line = lines.find((l) => l.volet === row.volet);
        expect(row.envelopes.cents).toBe(envelope);
        expect(row.committed.cents).toBe(Number(line?.committed ?? 0));
        expect(row.paid.cents).toBe(Number(line?.paid ?? 0));
        expect(row.remaining.cents).toBe(envelope - Number(line?.committed ?? 0));
      }
      const total = envelopes.reduce((sum, e) => sum + Number(e.cents), 0);
      expect(budget.envelopes.value).toEqual({ cents: total, currency: 'EUR' });
      expect(budget.remaining.cents).toBe(total - budget.committed.value.cents);
      expect(budget.committed.value.cents).toBeGreaterThan(0);
      expect(budget.leverage).toBeGreaterThan(0);
    }
    // Finistère's programme is above 10 M€ over three years; Cher's in proportion to its population.
    const [cher, finistere] = data.departments.map(
      (d: { finance: { budget: { envelopes: { value: { cents: number } } } } }) => d.finance.budget.envelopes.value.cents,
    );
    expect(finistere).toBeGreaterThan(10_000_000_00);
    expect(cher / finistere).toBeGreaterThan(0.25);
    expect(cher / finistere).toBeLessThan(0.45);
  });

  it('counts decisions by verdict as the subsidy table does', async () => {
    const { data } = await stack.query(BUDGET);
    for (const department of data.departments) {
      const rows = await sql<{ verdict: string; count: number; cents: string }>(
        `select verdict, count(*)::int as count, sum(amount_cents)::bigint as cents from subsidy where department_code = ? group by verdict`,
        [department.code],
      );
      for (const row of department.finance.budget.subsidiesByVerdict) {
        const expected = rows.find((r) => r.verdict === row.verdict);
        expect(row.count).toBe(expected?.count ?? 0);
        expect(row.amount.cents).toBe(Number(expected?.cents ?? 0));
      }
    }
  });
});

describe('accepted projects with their funding plans, through the graph', () => {
  it('gives Cher and Finistère their envelopes and accepted projects with plans, lines and funders resolved to their territories', async () => {
    const { data, errors } = await stack.query(
      `{
      envelopes(filter: { departmentCodes: ["18", "29"] }) { departmentCode volet amount { cents } committed { cents } paid { cents } remaining { cents } funder { kind name } }
      projects(first: 500, filter: { departmentCodes: ["18", "29"], statuses: [ACCEPTED, IN_PROGRESS, COMPLETED, WITHDRAWN] }) {
        totalCount
        nodes {
          id department { code }
          funding {
            totalCost { cents } requestedSubsidy { cents }
            lines { amount { cents } status volet funder { kind name commune { name } epci { name } department { name } } }
          }
        }
      }
    }`,
      { token: await tokenFor('ANALYST') },
    );
    expect(errors).toBeUndefined();
    const lines = await sql<{ id: string; committed: string; paid: string }>(
      `select envelope_id as id, sum(amount_cents) filter (where status <> 'PLEDGED')::bigint as committed,
              coalesce(sum(amount_cents) filter (where status = 'PAID'), 0)::bigint as paid from funding_line where envelope_id is not null group by envelope_id`,
    );
    const envelopes = await sql<{ id: string; amount_cents: string }>(`select id, amount_cents from envelope where department_code in ('18', '29')`);
    expect(data.envelopes).toHaveLength(envelopes.length);
    const committedTotal = lines.reduce((sum, l) => sum + Number(l.committed), 0);
    expect(data.envelopes.reduce((sum: number, e: { committed: { cents: number } }) => sum + e.committed.cents, 0)).toBe(committedTotal);
    for (const e of data.envelopes) expect(e.remaining.cents).toBe(e.amount.cents - e.committed.cents);

    // Accepted projects, some withdrawn since (a project withdrawn before its decision has a plan too, never accepted).
    const accepted = new Set(
      (await sql<{ id: string }>(`select project_id as id from subsidy where verdict = 'ACCEPTED' and department_code in ('18', '29')`)).map((r) => r.id),
    );
    const funded = data.projects.nodes.filter((p: { id: string; funding: unknown }) => p.funding && accepted.has(p.id));
    const [{ count, total }] = await sql<{ count: number; total: string }>(
      `select count(*)::int as count, sum(total_cost_cents)::bigint as total from funding_plan p join subsidy s on s.project_id = p.project_id where s.verdict = 'ACCEPTED'`,
    );
    expect(funded).toHaveLength(count);
    expect(funded.reduce((sum: number, p: { funding: { totalCost: { cents: number } } }) => sum + p.funding.totalCost.cents, 0)).toBe(Number(total));
    for (const project of funded) {
      const sumOfLines = project.funding.lines.reduce((sum: number, l: { amount: { cents: number } }) => sum + l.amount.cents, 0);
      expect(sumOfLines).toBe(project.funding.totalCost.cents);
    }
    // Every commune and department council funding a line resolves to its territory through pedagogy
    // (no EPCI funds an accepted project in the seeds).
    const funders = funded.flatMap((p: { funding: { lines: Array<{ funder: any }> } }) => p.funding.lines.map((l) => l.funder));
    const territory = (kind: string, pick: (funder: any) => unknown) => funders.filter((f: any) => f.kind === kind).map(pick);
    expect(territory('COMMUNE', (f) => f.commune?.name)).toEqual(expect.arrayContaining([expect.any(String)]));
    expect(territory('COMMUNE', (f) => f.commune?.name).every((name: unknown) => typeof name === 'string' && name.length > 0)).toBe(true);
    expect(new Set(territory('DEPARTMENT_COUNCIL', (f) => f.department?.name))).toEqual(new Set(['Cher', 'Finistère']));
    // Écoles are co-financed by their commune: resolved to the real commune through pedagogy.
    expect(funded.some((p: { funding: { lines: Array<{ funder: { kind: string } }> } }) => p.funding.lines.some((l) => l.funder.kind === 'COMMUNE'))).toBe(
      true,
    );
  });
});
