import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Stack, tokenFor } from '../stack.js';
import { cherProject, createCommission, DECIDE, DISBURSE, financeSnapshot, fundingPlan, MOVE, sqlOf } from '../commissions.fixtures.js';

let stack: Stack;
const tokens: Record<string, string | undefined> = {};
let commission18: string;
beforeAll(async () => {
  stack = await Stack.start();
  for (const [name, role, departments] of [
    ['analyst', 'ANALYST', []],
    ['staff18', 'DEPARTMENT_STAFF', ['18']],
    ['member29', 'COMMISSION_MEMBER', ['29']],
    ['member18', 'COMMISSION_MEMBER', ['18']],
    ['admin', 'ADMIN', []],
  ] as const)
    tokens[name] = await tokenFor(role, [...departments]);
  commission18 = await createCommission(stack, tokens.member18!);
});
afterAll(() => stack?.stop());

const codeOf = (response: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => response.errors?.[0]?.extensions?.code ?? 'OK';

/** Runs a mutation that must be refused, and checks that no finance table changed. */
async function refused(query: string, input: object, token: string | undefined, code: string, message?: RegExp) {
  const before = await financeSnapshot(stack);
  const response = await stack.query(query, { token, variables: { input } });
  expect({ input, code: codeOf(response) }).toEqual({ input, code });
  if (message) expect(response.errors?.[0]?.message).toMatch(message);
  expect(await financeSnapshot(stack)).toEqual(before);
}

/** A project of Cher under review, with its funding plan (6,000 € requested). */
async function plannedProject(): Promise<string> {
  const projectId = await cherProject(stack, tokens.staff18!);
  await fundingPlan(stack, projectId);
  return projectId;
}

const REFUSED_ROLES = [
  ['public', 'UNAUTHENTICATED'],
  ['analyst', 'FORBIDDEN'],
  ['staff18', 'FORBIDDEN'],
  ['member29', 'FORBIDDEN'],
] as const;

describe('who decides and who pays', () => {
  let subsidy: { id: string; version: number };

  it("lets only commission members of the project's department, and ADMIN, decide", async () => {
    const [first, second] = [await plannedProject(), await plannedProject()];
    const input = { commissionId: commission18, projectId: first, verdict: 'ACCEPTED', amountCents: 600_000 };
    for (const [name, code] of REFUSED_ROLES) await refused(DECIDE, input, tokens[name], code);
    // A member of 29 with a commission of 29 still cannot decide on a project of 18.
    const commission29 = await createCommission(stack, tokens.member29!, '29');
    await refused(DECIDE, { ...input, commissionId: commission29 }, tokens.member29, 'FORBIDDEN', /department 18/);

    const accepted = await stack.query(DECIDE, { token: tokens.member18, variables: { input } });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.decideProject.subsidy).toMatchObject({
      verdict: 'ACCEPTED',
      version: 1,
      decidedOn: '2024-02-01',
      amount: { cents: 600_000, currency: 'EUR' },
      disbursed: { cents: 0 },
      remaining: { cents: 600_000 },
      project: { id: first },
      commission: { id: commission18 },
    });
    subsidy = accepted.data.decideProject.subsidy;
    const byAdmin = await stack.query(DECIDE, { token: tokens.admin, variables: { input: { ...input, projectId: second, amountCents: 1 } } });
    expect(byAdmin.errors).toBeUndefined();
    const outbox = await sqlOf(stack, 'finance')(`select topic, payload from outbox_message where payload->>'decisionId' = ?`, [subsidy.id]);
    expect(outbox).toEqual([
      { topic: 'commission-decision', payload: { decisionId: subsidy.id, projectId: first, verdict: 'ACCEPTED', decidedOn: '2024-02-01', reason: null } },
    ]);
  });

  it('lets only commission members of the department, and ADMIN, pay', async () => {
    const input = { subsidyId: subsidy.id, version: subsidy.version, amountCents: 100_000, paidOn: '2024-03-01' };
    for (const [name, code] of REFUSED_ROLES) await refused(DISBURSE, input, tokens[name], code);
    const paid = await stack.query(DISBURSE, { token: tokens.member18, variables: { input } });
    expect(paid.errors).toBeUndefined();
    expect(paid.data.disburse.subsidy).toMatchObject({ version: 2, disbursed: { cents: 100_000 }, remaining: { cents: 500_000 } });
    const byAdmin = await stack.query(DISBURSE, { token: tokens.admin, variables: { input: { ...input, version: 2 } } });
    expect(byAdmin.data.disburse.subsidy).toMatchObject({ version: 3, disbursed: { cents: 200_000 } });
    subsidy = byAdmin.data.disburse.subsidy;
  });

  it('never pays more than the subsidy, and refuses stale versions with CONFLICT', async () => {
    const input = { subsidyId: subsidy.id, version: subsidy.version, paidOn: '2024-04-01' };
    await refused(DISBURSE, { ...input, amountCents: 400_001 }, tokens.member18, 'BAD_USER_INPUT', /exceeds what remains of the subsidy \(400000 cents\)/);
    await refused(DISBURSE, { ...input, version: subsidy.version - 1, amountCents: 1 }, tokens.member18, 'CONFLICT');
    const rest = await stack.query(DISBURSE, { token: tokens.member18, variables: { input: { ...input, amountCents: 400_000 } } });
    expect(rest.data.disburse.subsidy).toMatchObject({ disbursed: { cents: 600_000 }, remaining: { cents: 0 } });
    await refused(DISBURSE, { ...input, version: rest.data.disburse.subsidy.version, amountCents: 1 }, tokens.member18, 'BAD_USER_INPUT');
    const [{ sum }] = await sqlOf(stack, 'finance')<{ sum: string }>(`select sum(amount_cents) as sum from disbursement where subsidy_id = ?`, [subsidy.id]);
    expect(Number(sum)).toBe(600_000);
  });

  it('lets exactly one of two concurrent payments on the same version through', async () => {
    const projectId = await plannedProject();
    const decided = await stack.query(DECIDE, {
      token: tokens.member18,
      variables: { input: { commissionId: commission18, projectId, verdict: 'ACCEPTED', amountCents: 500 } },
    });
    const { id, version } = decided.data.decideProject.subsidy;
    const pay = () =>
      stack.query(DISBURSE, { token: tokens.member18, variables: { input: { subsidyId: id, version, amountCents: 300, paidOn: '2024-03-01' } } });
    const results = await Promise.all([pay(), pay()]);
    expect(results.map(codeOf).sort()).toEqual(['CONFLICT', 'OK']);
    const rows = await sqlOf(stack, 'finance')(
      `select version, (select sum(amount_cents)::int from disbursement where subsidy_id = s.id) as paid from subsidy s where id = ?`,
      [id],
    );
    expect(rows).toEqual([{ version: version + 1, paid: 300 }]);
  });
});

describe('decision rules', () => {
  it('refuses an amount above the request, a rejection without reason, a project without plan and a second decision', async () => {
    const projectId = await plannedProject();
    const input = { commissionId: commission18, projectId, verdict: 'ACCEPTED' };
    await refused(DECIDE, { ...input, amountCents: 600_001 }, tokens.member18, 'BAD_USER_INPUT', /exceeds the subsidy requested/);
    await refused(DECIDE, { ...input, verdict: 'REJECTED' }, tokens.member18, 'BAD_USER_INPUT', /needs a reason/);
    await refused(DECIDE, { ...input, verdict: 'REJECTED', reason: 'Hors critères', amountCents: 10 }, tokens.member18, 'BAD_USER_INPUT');
    await refused(DECIDE, { ...input, amountCents: 10, decidedOn: '2024-01-31' }, tokens.member18, 'BAD_USER_INPUT', /predate/);
    const unplanned = await cherProject(stack, tokens.staff18!);
    await refused(DECIDE, { ...input, projectId: unplanned, amountCents: 10 }, tokens.member18, 'BAD_USER_INPUT', /no funding plan/);
    const rejected = await stack.query(DECIDE, { token: tokens.member18, variables: { input: { ...input, verdict: 'REJECTED', reason: ' Hors critères ' } } });
    expect(rejected.data.decideProject.subsidy).toMatchObject({ verdict: 'REJECTED', reason: 'Hors critères', amount: { cents: 0 } });
    await refused(DECIDE, { ...input, amountCents: 10 }, tokens.admin, 'CONFLICT', /decided on already/);
  });

  it('refuses a verdict on a project that is not under review (pedagogy would never apply it)', async () => {
    const projectId = await plannedProject();
    const [project] = await sqlOf(stack, 'pedagogy')<{ version: number }>(`select version from project where id = ?`, [projectId]);
    const withdrawn = await stack.query(MOVE, {
      token: tokens.staff18,
      variables: { input: { id: projectId, version: project!.version, status: 'WITHDRAWN', reason: 'Équipe partie' } },
    });
    expect(withdrawn.errors).toBeUndefined();
    await refused(DECIDE, { commissionId: commission18, projectId, verdict: 'ACCEPTED', amountCents: 10 }, tokens.member18, 'BAD_USER_INPUT', /WITHDRAWN/);
  });

  it('settles the amounts of a plan once decided: a later change of its request is CONFLICT and changes nothing', async () => {
    const projectId = await plannedProject();
    const decided = await stack.query(DECIDE, {
      token: tokens.member18,
      variables: { input: { commissionId: commission18, projectId, verdict: 'ACCEPTED', amountCents: 600_000 } },
    });
    expect(decided.errors).toBeUndefined();
    const [plan] = await sqlOf(stack, 'finance')<{ id: string; version: number }>(`select id, version from funding_plan where project_id = ?`, [projectId]);
    const UPDATE = `mutation($input: UpdateFundingPlanInput!) { updateFundingPlan(input: $input) { fundingPlan { id } } }`;
    await refused(UPDATE, { id: plan!.id, version: plan!.version, requestedSubsidy: { cents: 100 } }, tokens.member18, 'CONFLICT', /has decided/);
  });
});

describe('reading commissions, decisions and the audit trail', () => {
  it('shows commissions and decisions to their department and to national readers only', async () => {
    const query = `{ commissions(filter: { departmentCodes: ["18"] }) { id department { code } decisions { verdict project { id } } } }`;
    expect(codeOf(await stack.query(query))).toBe('UNAUTHENTICATED');
    const staff29 = await tokenFor('DEPARTMENT_STAFF', ['29']);
    expect((await stack.query(query, { token: staff29 })).data.commissions).toEqual([]);
    const { data } = await stack.query(query, { token: tokens.analyst });
    expect(data.commissions.find((c: { id: string }) => c.id === commission18).decisions.length).toBeGreaterThanOrEqual(4);
    const one = await stack.query(`query($id: ID!) { commission(id: $id) { name } }`, { token: staff29, variables: { id: commission18 } });
    expect(codeOf(one)).toBe('FORBIDDEN');
  });

  it("gives the audit trail to ADMIN and to the department's commission members, newest first, page by page", async () => {
    const query = `query($filter: AuditFilter, $after: String) { auditTrail(filter: $filter, first: 3, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { at departmentCode entityType entityId action actorRole before after } } }`;
    for (const [name, code] of REFUSED_ROLES) {
      expect(codeOf(await stack.query(query, { token: tokens[name], variables: { filter: { departmentCodes: ['18'] } } }))).toBe(code);
    }
    const own = await stack.query(query, { token: tokens.member29 });
    expect(own.data.auditTrail.nodes.every((n: { departmentCode: string }) => n.departmentCode === '29')).toBe(true);
    const filter = { departmentCodes: ['18'], entityTypes: ['Subsidy', 'Disbursement'] };
    const first = await stack.query(query, { token: tokens.member18, variables: { filter } });
    expect(first.errors).toBeUndefined();
    const [{ count }] = await sqlOf(
      stack,
      'finance',
    )<{ count: number }>(`select count(*)::int as count from audit_entry where department_code = '18' and entity_type in ('Subsidy', 'Disbursement')`);
    expect(first.data.auditTrail.totalCount).toBe(count);
    const next = await stack.query(query, { token: tokens.member18, variables: { filter, after: first.data.auditTrail.pageInfo.endCursor } });
    const page = [...first.data.auditTrail.nodes, ...next.data.auditTrail.nodes];
    expect(new Set(page.map((n: { entityId: string; at: string }) => n.entityId + n.at)).size).toBe(6);
    expect(page.map((n: { at: string }) => n.at)).toEqual(
      page
        .map((n: { at: string }) => n.at)
        .sort()
        .reverse(),
    );
    const decision = page.find((n: { action: string; after: { verdict?: string } }) => n.action === 'decideProject' && n.after.verdict === 'REJECTED');
    expect(decision).toMatchObject({
      entityType: 'Subsidy',
      actorRole: 'COMMISSION_MEMBER',
      before: null,
      after: { amountCents: 0, reason: 'Hors critères', version: 1 },
    });
  });
});

describe('the money follows the commission', () => {
  const lines = async (projectId: string) =>
    sqlOf(stack, 'finance')<{ position: number; amount_cents: string; status: string; committed_on: string | null; paid_on: string | null }>(
      `select l.position, l.amount_cents, l.status, to_char(l.committed_on, 'YYYY-MM-DD') as committed_on, to_char(l.paid_on, 'YYYY-MM-DD') as paid_on
         from funding_line l join funding_plan p on p.id = l.plan_id where p.project_id = ? order by l.position`,
      [projectId],
    );

  it("commits the plan's State line for the amount granted on the decision day (the rest stays pledged), and pays it with the last payment", async () => {
    const projectId = await plannedProject(); // one State line of 10,000 €, 6,000 € requested
    const decided = await stack.query(DECIDE, {
      token: tokens.member18,
      variables: { input: { commissionId: commission18, projectId, verdict: 'ACCEPTED', amountCents: 250_000, decidedOn: '2024-02-05' } },
    });
    expect(decided.errors).toBeUndefined();
    expect(await lines(projectId)).toEqual([
      { position: 0, amount_cents: '250000', status: 'COMMITTED', committed_on: '2024-02-05', paid_on: null },
      { position: 1, amount_cents: '750000', status: 'PLEDGED', committed_on: null, paid_on: null },
    ]);
    const { id, version } = decided.data.decideProject.subsidy;
    const pay = (v: number, amountCents: number, paidOn: string) =>
      stack.query(DISBURSE, { token: tokens.member18, variables: { input: { subsidyId: id, version: v, amountCents, paidOn } } });
    expect((await pay(version, 100_000, '2024-03-01')).errors).toBeUndefined();
    expect((await lines(projectId))[0]).toMatchObject({ status: 'COMMITTED', paid_on: null });
    expect((await pay(version + 1, 150_000, '2024-04-02')).errors).toBeUndefined();
    expect((await lines(projectId))[0]).toMatchObject({ status: 'PAID', committed_on: '2024-02-05', paid_on: '2024-04-02' });

    // The State's remaining line is not moved by hand: only a decision commits State lines of a project.
    const [plan] = await sqlOf(stack, 'finance')<{ id: string; version: number; line: string }>(
      `select p.id, p.version, (select id from funding_line where plan_id = p.id and position = 1) as line from funding_plan p where p.project_id = ?`,
      [projectId],
    );
    const move = await stack.query(`mutation($input: ChangeFundingLineStatusInput!) { changeFundingLineStatus(input: $input) { line { status } } }`, {
      token: tokens.member18,
      variables: { input: { planId: plan!.id, version: plan!.version, lineId: plan!.line, status: 'COMMITTED', on: '2024-05-02' } },
    });
    expect(move.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/A State line of a project follows the commission/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('commits nothing on a rejection, and meets only on working days', async () => {
    const projectId = await plannedProject();
    const rejected = await stack.query(DECIDE, {
      token: tokens.member18,
      variables: { input: { commissionId: commission18, projectId, verdict: 'REJECTED', reason: 'Hors critères' } },
    });
    expect(rejected.errors).toBeUndefined();
    expect((await lines(projectId)).map((l) => l.status)).toEqual(['PLEDGED']);
    for (const [meetsOn, reason] of [
      ['2024-02-03', 'a Saturday'],
      ['2024-05-09', 'a public holiday'],
    ]) {
      const input = { departmentCode: '18', name: 'Comité', meetsOn };
      const response = await stack.query('mutation($input: CreateCommissionInput!) { createCommission(input: $input) { commission { id } } }', {
        token: tokens.member18,
        variables: { input },
      });
      expect(response.errors?.[0]?.message).toBe(`A commission meets on a working day: ${meetsOn} is ${reason}.`);
    }
  });
});
