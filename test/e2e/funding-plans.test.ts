import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CHANGE_LINE, CREATE_PLAN, eur, FundingFixture, UPDATE_PLAN, type TestProject } from '../funding-fixtures.js';
import { Stack, tokenFor } from '../stack.js';

let stack: Stack;
let fx: FundingFixture;
let staff29: string;
let staff18: string;
let commission29: string;
let state: string;
let cd18: string;
let cd29: string;
beforeAll(async () => {
  stack = await Stack.start();
  fx = new FundingFixture(stack);
  [staff29, staff18, commission29] = await Promise.all([
    tokenFor('COMMISSION_MEMBER', ['29']),
    tokenFor('DEPARTMENT_STAFF', ['18']),
    tokenFor('COMMISSION_MEMBER', ['29']),
  ]);
  state = await fx.funder('STATE', null, ['18', '29']);
  [cd18, cd29] = [await fx.funder('DEPARTMENT_COUNCIL', '18', ['18']), await fx.funder('DEPARTMENT_COUNCIL', '29', ['29'])];
});
afterAll(() => stack?.stop());

const codeOf = (response: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => response.errors?.[0]?.extensions?.code;
const line = (funderId: string, cents: number, volet = 'EQUIPMENT', envelopeId?: string) => ({ funderId, volet, amount: eur(cents), envelopeId });

/** An école project of Finistère with the lines of a balanced equipment plan (State and commune). */
async function equipmentPlan(project?: TestProject) {
  const p = project ?? (await fx.project('29'));
  const input = { projectId: p.id, totalCost: eur(10_000), requestedSubsidy: eur(6_000), lines: [line(state, 6_000), line(await fx.owner(p), 4_000)] };
  return { project: p, input };
}

async function create(input: object, token = staff29) {
  const response = await stack.query(CREATE_PLAN, { token, variables: { input } });
  expect(response.errors).toBeUndefined();
  return response.data.createFundingPlan.fundingPlan;
}

describe('funding plans through the gateway', () => {
  it("creates a balanced plan, audited, and shows it as the project's funding with funders resolved to their communes", async () => {
    const { project, input } = await equipmentPlan();
    const plan = await create(input);
    expect(plan).toMatchObject({
      version: 1,
      departmentCode: '29',
      project: { id: project.id },
      totalCost: { cents: 10_000, currency: 'EUR' },
      pledged: { cents: 10_000 },
      committed: { cents: 0 },
    });
    expect(plan.lines.map((l: { amount: { cents: number }; funder: { kind: string } }) => [l.funder.kind, l.amount.cents])).toEqual([
      ['STATE', 6_000],
      ['COMMUNE', 4_000],
    ]);
    const { data, errors } = await stack.query(`query($id: ID!) { project(id: $id) { title funding { id lines { funder { commune { code name } } } } } }`, {
      token: staff29,
      variables: { id: project.id },
    });
    expect(errors).toBeUndefined();
    expect(data.project.funding.id).toBe(plan.id);
    expect(data.project.funding.lines[1].funder.commune).toMatchObject({ code: project.communeCode, name: expect.any(String) });
    const audit = await fx.finance<any>(`select action, actor_subject, actor_role, before, after from audit_entry where entity_id = ?`, [plan.id]);
    expect(audit).toEqual([
      {
        action: 'createFundingPlan',
        actor_subject: 'dev-commission_member',
        actor_role: 'COMMISSION_MEMBER',
        before: null,
        after: expect.objectContaining({ projectId: project.id, totalCostCents: 10_000, requestedSubsidyCents: 6_000, version: 1, lines: expect.any(Array) }),
      },
    ]);
  });

  it('refuses every broken invariant with BAD_USER_INPUT, naming the rule, and changes no table', async () => {
    const { project, input } = await equipmentPlan();
    const owner = await fx.owner(project);
    const training = await fx.envelope(state, '29', 'TRAINING', 100_000_000);
    const before = await fx.snapshot();
    const refusals: Array<[object, RegExp]> = [
      [{ lines: [line(state, 6_000), line(owner, 3_999)] }, /add up to 99\.99 € \(9999 cents\), not to the total cost of 100\.00 € \(10000 cents\)/],
      [{ lines: [line(state, -100), line(owner, 10_100)] }, /cannot be negative/],
      [{ requestedSubsidy: eur(10_001) }, /exceeds the total cost/],
      [{ lines: [line(state, 10_000)] }, /owns the lead school/],
      [{ lines: [line(state, 6_000), line(cd18, 4_000, 'TRAINING')] }, /does not fund projects of department 29/],
      [{ lines: [line(state, 6_000, 'EQUIPMENT', training.id), line(owner, 4_000)] }, /another funder or volet/],
      [{ totalCost: { cents: 10_000, currency: 'USD' } }, /in euros/],
    ];
    for (const [change, message] of refusals) {
      const response = await stack.query(CREATE_PLAN, { token: staff29, variables: { input: { ...input, ...change } } });
      expect({ code: codeOf(response), message: response.errors?.[0]?.message }).toEqual({ code: 'BAD_USER_INPUT', message: expect.stringMatching(message) });
    }
    expect(await fx.snapshot()).toEqual(before);
  });

  it("accepts equipment co-financed by a collège's department council, and a project without equipment", async () => {
    const college = await fx.project('29', ['COLLEGE']);
    await create({ projectId: college.id, totalCost: eur(9_000), requestedSubsidy: eur(4_500), lines: [line(state, 4_500), line(cd29, 4_500)] });
    const other = await fx.project('29');
    await create({ projectId: other.id, totalCost: eur(5_000), requestedSubsidy: eur(5_000), lines: [line(state, 5_000, 'TRAINING')] });
  });

  it('replaces lines at the version read, bumps the version for any change, and refuses a stale one with CONFLICT', async () => {
    const { project, input } = await equipmentPlan();
    const plan = await create(input);
    const update = (change: object) => stack.query(UPDATE_PLAN, { token: staff29, variables: { input: { id: plan.id, ...change } } });
    const owner = await fx.owner(project);
    const replaced = await update({ version: 1, lines: [line(state, 5_000), line(owner, 5_000)] });
    expect(replaced.errors).toBeUndefined();
    expect(replaced.data.updateFundingPlan.fundingPlan).toMatchObject({ version: 2, lines: [{ amount: { cents: 5_000 } }, { amount: { cents: 5_000 } }] });
    const before = await fx.snapshot();
    expect(codeOf(await update({ version: 1, requestedSubsidy: eur(1) }))).toBe('CONFLICT');
    expect(await fx.snapshot()).toEqual(before);
    const [audit] = await fx.finance<any>(`select before, after from audit_entry where entity_id = ? and action = 'updateFundingPlan'`, [plan.id]);
    expect(audit.before.lines.map((l: { amountCents: number }) => l.amountCents)).toEqual([6_000, 4_000]);
    expect(audit.after).toMatchObject({ version: 2, lines: [{ amountCents: 5_000 }, { amountCents: 5_000 }] });
  });

  it('lets exactly one of two concurrent updates with the same version through; the other gets CONFLICT', async () => {
    const { input } = await equipmentPlan();
    const plan = await create(input);
    const update = (cents: number) =>
      stack.query(UPDATE_PLAN, { token: staff29, variables: { input: { id: plan.id, version: 1, requestedSubsidy: eur(cents) } } });
    const results = await Promise.all([update(1_000), update(2_000)]);
    expect(results.map(codeOf).sort()).toEqual(['CONFLICT', undefined]);
    const winner = results.find((r) => !r.errors)!.data.updateFundingPlan.fundingPlan;
    const [row] = await fx.finance<any>('select version, requested_subsidy_cents from funding_plan where id = ?', [plan.id]);
    expect([row.version, Number(row.requested_subsidy_cents)]).toEqual([2, winner.requestedSubsidy.cents]);
  });

  it('round-trips amounts exactly: 0.10 € + 0.20 € = 0.30 €, and 9 999 999 999 cents', async () => {
    const small = await create({
      projectId: (await fx.project('29')).id,
      totalCost: eur(30),
      requestedSubsidy: eur(10),
      lines: [line(state, 10, 'TRAINING'), line(cd29, 20, 'TRAINING')],
    });
    expect([small.totalCost.cents, ...small.lines.map((l: { amount: { cents: number } }) => l.amount.cents)]).toEqual([30, 10, 20]);
    const big = await create({
      projectId: (await fx.project('29')).id,
      totalCost: eur(9_999_999_999),
      requestedSubsidy: eur(9_999_999_998),
      lines: [line(state, 9_999_999_998, 'RESOURCES'), line(cd29, 1, 'RESOURCES')],
    });
    const { data } = await stack.query(
      `query($id: ID!) { fundingPlan(id: $id) { totalCost { cents } requestedSubsidy { cents } lines { amount { cents } } } }`,
      {
        token: staff29,
        variables: { id: big.id },
      },
    );
    expect(data.fundingPlan).toEqual({
      totalCost: { cents: 9_999_999_999 },
      requestedSubsidy: { cents: 9_999_999_998 },
      lines: [{ amount: { cents: 9_999_999_998 } }, { amount: { cents: 1 } }],
    });
    const rows = await fx.finance<{ total_cost_cents: string }>(
      'select total_cost_cents::text from funding_plan where id in (?, ?) order by total_cost_cents',
      [small.id, big.id],
    );
    expect(rows.map((r) => r.total_cost_cents)).toEqual(['30', '9999999999']);
  });
});

describe('who may write and read funding plans', () => {
  it('refuses PUBLIC (UNAUTHENTICATED), staff (of 18 or 29) and ANALYST (FORBIDDEN); writes nothing', async () => {
    const { input } = await equipmentPlan();
    const existing = await create((await equipmentPlan()).input, commission29);
    const before = await fx.snapshot();
    expect(codeOf(await stack.query(CREATE_PLAN, { variables: { input } }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await stack.query(CREATE_PLAN, { token: staff18, variables: { input } }))).toBe('FORBIDDEN');
    expect(codeOf(await stack.query(CREATE_PLAN, { token: await tokenFor('ANALYST'), variables: { input } }))).toBe('FORBIDDEN');
    // Department staff read finance but do not write it (docs/DOMAIN.md), even in their own department.
    expect(codeOf(await stack.query(CREATE_PLAN, { token: await tokenFor('DEPARTMENT_STAFF', ['29']), variables: { input } }))).toBe('FORBIDDEN');
    const change = { id: existing.id, version: 1, requestedSubsidy: eur(1) };
    expect(codeOf(await stack.query(UPDATE_PLAN, { token: staff18, variables: { input: change } }))).toBe('FORBIDDEN');
    const move = { planId: existing.id, version: 1, lineId: existing.lines[0].id, status: 'COMMITTED' };
    expect(codeOf(await stack.query(CHANGE_LINE, { token: staff18, variables: { input: move } }))).toBe('FORBIDDEN');
    expect(codeOf(await stack.query(CHANGE_LINE, { variables: { input: move } }))).toBe('UNAUTHENTICATED');
    expect(await fx.snapshot()).toEqual(before);
  });

  it("reads plans in the viewer's departments only; PUBLIC must sign in", async () => {
    const plan = await create((await equipmentPlan()).input);
    const one = `query($id: ID!) { fundingPlan(id: $id) { id } }`;
    expect(codeOf(await stack.query(one, { variables: { id: plan.id } }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await stack.query(one, { token: staff18, variables: { id: plan.id } }))).toBe('FORBIDDEN');
    expect((await stack.query(one, { token: await tokenFor('ANALYST'), variables: { id: plan.id } })).data.fundingPlan.id).toBe(plan.id);
    const list = await stack.query(`{ fundingPlans(first: 500) { nodes { departmentCode } } }`, { token: staff18 });
    expect(list.data.fundingPlans.nodes.every((n: { departmentCode: string }) => n.departmentCode === '18')).toBe(true);
    expect(codeOf(await stack.query(`{ fundingPlans { totalCount } }`))).toBe('UNAUTHENTICATED');
    const funding = await stack.query(`query($id: ID!) { project(id: $id) { funding { id } } }`, { token: staff18, variables: { id: plan.project.id } });
    expect(funding.data.project.funding).toBeNull();
  });
});
