import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FundingFixture } from '../funding-fixtures.js';
import { Stack, tokenFor } from '../stack.js';

let stack: Stack;
let fx: FundingFixture;
let analyst: string;
let state: string;
let cd29: string;
let envelope: string;
beforeAll(async () => {
  stack = await Stack.start();
  fx = new FundingFixture(stack);
  analyst = await tokenFor('ANALYST');
  state = await fx.funder('STATE', null, ['18', '29']);
  cd29 = await fx.funder('DEPARTMENT_COUNCIL', '29', ['29']);
  envelope = (await fx.envelope(state, '29', 'TRAINING', 100_000_000)).id;
  // 500 plans of 30.00 € in Finistère, inserted in this file's database: the State's 10.00 € on its
  // training envelope, the department council's 20.00 € without one (both pledged).
  await fx.finance(
    `with plan as (
       insert into funding_plan (project_id, department_code, total_cost_cents, requested_subsidy_cents)
       select gen_random_uuid(), '29', 3000, 1000 from generate_series(1, 500) returning id)
     insert into funding_line (plan_id, position, funder_id, volet, envelope_id, amount_cents, status)
     select plan.id, share.position, share.funder_id::uuid, 'TRAINING', share.envelope_id::uuid, share.cents, 'PLEDGED'
       from plan cross join (values (0, ?, ?, 1000), (1, ?, null, 2000)) as share(position, funder_id, envelope_id, cents)`,
    [state, envelope, cd29],
  );
});
afterAll(() => stack?.stop());

const PLANS = `query Plans($first: Int!, $filter: FundingPlanFilter) { fundingPlans(first: $first, filter: $filter) {
  totalCount pageInfo { hasNextPage endCursor }
  nodes { id version project { id } totalCost { cents } committed { cents }
    lines { status volet amount { cents } funder { name kind commune { code } epci { siren } department { code } regionCode }
      envelope { id volet amount { cents } funder { name } } } } } }`;

describe('funding plan lists', () => {
  it('lists 500 plans with their lines, funders and envelopes with as many SQL statements as 10', async () => {
    const count = (first: number) =>
      stack.countSql(async () => {
        const { data, errors } = await stack.query(PLANS, { token: analyst, variables: { first, filter: { departmentCodes: ['29'] } } });
        expect(errors).toBeUndefined();
        expect(data.fundingPlans.nodes).toHaveLength(first);
      });
    const ten = await count(10);
    expect(await count(500)).toEqual(ten);
    // The page, its total, the lines, the funders and the envelopes (and the envelopes' funders).
    expect(ten.finance).toBeLessThanOrEqual(6);
  });

  it('resolves Project.funding for a list of projects with as many statements as for a few', async () => {
    const query = `query($first: Int!) { projects(first: $first) { nodes { id funding { totalCost { cents } lines { funder { name } } } } } }`;
    const count = (first: number) =>
      stack.countSql(async () => {
        const { data, errors } = await stack.query(query, { token: analyst, variables: { first } });
        expect(errors).toBeUndefined();
        expect(data.projects.nodes).toHaveLength(first);
      });
    const few = await count(5);
    expect((await count(100)).finance).toBe(few.finance);
    const project = await fx.project('29');
    await fx.finance(
      `with plan as (insert into funding_plan (project_id, department_code, total_cost_cents, requested_subsidy_cents)
         values (?, '29', 4200, 0) returning id)
       insert into funding_line (plan_id, position, funder_id, volet, amount_cents) select id, 0, ?, 'RESOURCES', 4200 from plan`,
      [project.id, state],
    );
    const { data } = await stack.query(`query($id: ID!) { project(id: $id) { funding { totalCost { cents } lines { funder { kind } } } } }`, {
      token: analyst,
      variables: { id: project.id },
    });
    expect(data.project.funding).toEqual({ totalCost: { cents: 4200 }, lines: [{ funder: { kind: 'STATE' } }] });
  });

  it('filters by department, project, and by funder, volet and status of one line; pages with cursors', async () => {
    const all = await fx.finance<{ count: number }>(`select count(*)::int as count from funding_plan where department_code = '29'`);
    const byLine = await fx.finance<{ count: number }>(
      `select count(distinct plan_id)::int as count from funding_line where funder_id = ? and volet = 'TRAINING' and status = 'PLEDGED'`,
      [cd29],
    );
    const filter = { departmentCodes: ['29'], funderIds: [cd29], volets: ['TRAINING'], statuses: ['PLEDGED'] };
    const first = await stack.query(PLANS, { token: analyst, variables: { first: 300, filter } });
    expect(first.errors).toBeUndefined();
    expect(first.data.fundingPlans.totalCount).toBe(byLine[0]!.count);
    const after = first.data.fundingPlans.pageInfo.endCursor;
    const rest = await stack.query(
      `query($after: String, $filter: FundingPlanFilter) { fundingPlans(first: 500, after: $after, filter: $filter) { nodes { id } } }`,
      {
        token: analyst,
        variables: { after, filter },
      },
    );
    const ids = [...first.data.fundingPlans.nodes, ...rest.data.fundingPlans.nodes].map((n: { id: string }) => n.id);
    expect(ids).toHaveLength(byLine[0]!.count);
    expect(new Set(ids).size).toBe(ids.length);
    const { data } = await stack.query(PLANS, { token: analyst, variables: { first: 1, filter: { departmentCodes: ['29'] } } });
    expect(data.fundingPlans.totalCount).toBe(all[0]!.count);
    // A plan funds a project, a school's equipment, a training or a parentality year: take a project's.
    const [{ projectId }] = (await fx.finance<{ projectId: string }>(
      `select project_id as "projectId" from funding_plan where department_code = '29' and project_id is not null order by id limit 1`,
    )) as [{ projectId: string }];
    const one = await stack.query(PLANS, { token: analyst, variables: { first: 5, filter: { projectIds: [projectId] } } });
    expect(one.data.fundingPlans.nodes.map((n: { project: { id: string } }) => n.project.id)).toEqual([projectId]);
  });

  it('lists funders of a department by kind, with their territories as graph references', async () => {
    const { data, errors } = await stack.query(`{ funders(filter: { departmentCodes: ["29"], kinds: [DEPARTMENT_COUNCIL, COMMUNE] }) {
      kind name department { code name } commune { code name } } }`);
    expect(errors).toBeUndefined();
    expect(data.funders.find((f: { kind: string }) => f.kind === 'DEPARTMENT_COUNCIL').department).toMatchObject({ code: '29', name: 'Finistère' });
    const commune = data.funders.find((f: { kind: string }) => f.kind === 'COMMUNE');
    expect(commune.commune.name).toEqual(expect.any(String));
    expect(data.funders.every((f: { kind: string }) => ['DEPARTMENT_COUNCIL', 'COMMUNE'].includes(f.kind))).toBe(true);
  });
});
