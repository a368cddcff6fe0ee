import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CHANGE_LINE, CREATE_PLAN, eur, FundingFixture } from '../funding-fixtures.js';
import { Stack, tokenFor } from '../stack.js';

let stack: Stack;
let fx: FundingFixture;
let staff29: string;
let state: string;
beforeAll(async () => {
  stack = await Stack.start();
  fx = new FundingFixture(stack);
  staff29 = await tokenFor('COMMISSION_MEMBER', ['29']); // finance writers (staff read finance only)
  state = await fx.funder('STATE', null, ['18', '29']);
});
afterAll(() => stack?.stop());

const codeOf = (response: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => response.errors?.[0]?.extensions?.code;
const line = (funderId: string, cents: number, volet = 'TRAINING', envelopeId?: string) => ({ funderId, volet, amount: eur(cents), envelopeId });

/** A foundation of Finistère with a training envelope of `cents`, used by no other test. */
async function foundation(name: string, cents: number) {
  const funder = await fx.funder('OTHER', name, ['29'], `Fondation ${name}`);
  return { funder, envelope: await fx.envelope(funder, '29', 'TRAINING', cents) };
}

/** A plan of a fresh project of 29 with one line of `cents` from the funder (and the State's share of 100). */
async function planWith(funder: string, cents: number) {
  const project = await fx.project('29');
  const input = { projectId: project.id, totalCost: eur(cents + 100), requestedSubsidy: eur(100), lines: [line(funder, cents), line(state, 100)] };
  const { data, errors } = await stack.query(CREATE_PLAN, { token: staff29, variables: { input } });
  expect(errors).toBeUndefined();
  return data.createFundingPlan.fundingPlan as { id: string; version: number; lines: Array<{ id: string }> };
}

/** Days within the fixtures' envelope period (2021-09-01 to 2025-08-31): committed, then paid. */
const ON: Record<string, string> = { COMMITTED: '2024-03-04', PAID: '2024-06-03' };
const move = (plan: { id: string }, version: number, lineId: string, status: string, envelopeId?: string) =>
  stack.query(CHANGE_LINE, { token: staff29, variables: { input: { planId: plan.id, version, lineId, status, envelopeId, on: ON[status] } } });

describe('co-financing lines and envelopes', () => {
  it('commits within what remains of the envelope, refuses beyond it (naming what remains), and pays; audited', async () => {
    const { funder, envelope } = await foundation('TEST-E', 1_000);
    const first = await planWith(funder, 800);
    const committed = await move(first, 1, first.lines[0]!.id, 'COMMITTED', envelope.id);
    expect(committed.errors).toBeUndefined();
    expect(committed.data.changeFundingLineStatus).toMatchObject({
      fundingPlan: { version: 2, committed: { cents: 800 } },
      line: { status: 'COMMITTED', envelope: { id: envelope.id } },
    });
    const second = await planWith(funder, 300);
    const before = await fx.snapshot();
    const refused = await move(second, 1, second.lines[0]!.id, 'COMMITTED', envelope.id);
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toMatch(/2\.00 € \(200 cents\) remain of 10\.00 € \(1000 cents\)/);
    expect(await fx.snapshot()).toEqual(before);
    const paid = await move(first, 2, first.lines[0]!.id, 'PAID');
    expect(paid.data.changeFundingLineStatus.fundingPlan).toMatchObject({ version: 3, committed: { cents: 800 }, paid: { cents: 800 } });
    const audit = await fx.finance<any>(`select action, before, after from audit_entry where entity_id = ? order by at`, [first.id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['createFundingPlan', 'changeFundingLineStatus', 'changeFundingLineStatus']);
    expect([audit[1].before.lines[0].status, audit[1].after.lines[0].status, audit[2].after.lines[0].status]).toEqual(['PLEDGED', 'COMMITTED', 'PAID']);
  });

  it('moves lines PLEDGED → COMMITTED → PAID only, on an envelope of their own funder, department and volet', async () => {
    const { funder, envelope } = await foundation('TEST-S', 10_000);
    const other = await foundation('TEST-O', 10_000);
    const plan = await planWith(funder, 500);
    const before = await fx.snapshot();
    const lineId = plan.lines[0]!.id;
    for (const [status, envelopeId, message] of [
      ['PAID', envelope.id, /allowed: COMMITTED/],
      ['COMMITTED', undefined, /give envelopeId/],
      ['COMMITTED', other.envelope.id, /another funder or volet/],
    ] as const) {
      const response = await move(plan, 1, lineId, status, envelopeId);
      expect({ code: codeOf(response), message: response.errors?.[0]?.message }).toEqual({ code: 'BAD_USER_INPUT', message: expect.stringMatching(message) });
    }
    expect(await fx.snapshot()).toEqual(before);
    expect((await move(plan, 1, lineId, 'COMMITTED', envelope.id)).errors).toBeUndefined();
    expect((await move(plan, 2, lineId, 'PLEDGED')).errors?.[0]?.message).toMatch(/allowed: PAID/);
    expect(codeOf(await move(plan, 1, lineId, 'PAID'))).toBe('CONFLICT');
  });

  it('dates commitments and payments within the envelope period, paid never before committed; State lines of projects follow the commission', async () => {
    const { funder, envelope } = await foundation('TEST-T', 10_000);
    const stateEnvelope = await fx.envelope(state, '29', 'TRAINING', 1_000_000);
    const plan = await planWith(funder, 500);
    const [lineId, stateLine] = [plan.lines[0]!.id, plan.lines[1]!.id];
    const dated = (version: number, id: string, status: string, on: string, envelopeId?: string) =>
      stack.query(CHANGE_LINE, { token: staff29, variables: { input: { planId: plan.id, version, lineId: id, status, envelopeId, on } } });
    const before = await fx.snapshot();
    for (const [id, status, on, envelopeId, message] of [
      [
        stateLine,
        'COMMITTED',
        '2024-03-04',
        stateEnvelope.id,
        /A State line of a project follows the commission: the commission's decision \(decideProject\) commits it/,
      ],
      [lineId, 'COMMITTED', '2021-08-31', envelope.id, /2021-08-31 is outside the period of envelope .* \(2021-09-01 to 2025-08-31\)/],
      [lineId, 'COMMITTED', '2999-01-04', envelope.id, /cannot be committed in the future/],
    ] as const) {
      const response = await dated(1, id, status, on, envelopeId);
      expect({ code: codeOf(response), message: response.errors?.[0]?.message }).toEqual({ code: 'BAD_USER_INPUT', message: expect.stringMatching(message) });
    }
    expect(await fx.snapshot()).toEqual(before);
    const committed = await dated(1, lineId, 'COMMITTED', '2024-03-04', envelope.id);
    expect(committed.data.changeFundingLineStatus.line).toMatchObject({ status: 'COMMITTED', committedOn: '2024-03-04', paidOn: null });
    expect((await dated(2, lineId, 'PAID', '2024-03-01')).errors?.[0]?.message).toMatch(/cannot be paid \(2024-03-01\) before it was committed \(2024-03-04\)/);
    const paid = await dated(2, lineId, 'PAID', '2024-03-04');
    expect(paid.data.changeFundingLineStatus.line).toMatchObject({ status: 'PAID', committedOn: '2024-03-04', paidOn: '2024-03-04' });
    const [row] = await fx.finance<{ committed_on: string; paid_on: string }>(
      `select to_char(committed_on, 'YYYY-MM-DD') as committed_on, to_char(paid_on, 'YYYY-MM-DD') as paid_on from funding_line where id = ?`,
      [lineId],
    );
    expect(row).toEqual({ committed_on: '2024-03-04', paid_on: '2024-03-04' });
    await expect(fx.finance(`update funding_line set paid_on = '2024-03-03' where id = ?`, [lineId])).rejects.toThrow(/funding_line_dates/);
  });

  it('lets exactly one of two concurrent commitments through when together they exceed the envelope', async () => {
    const { funder, envelope } = await foundation('TEST-C', 1_000);
    const [a, b] = [await planWith(funder, 600), await planWith(funder, 600)];
    const results = await Promise.all([move(a, 1, a.lines[0]!.id, 'COMMITTED', envelope.id), move(b, 1, b.lines[0]!.id, 'COMMITTED', envelope.id)]);
    expect(results.map(codeOf).sort()).toEqual(['BAD_USER_INPUT', undefined]);
    expect(await fx.committedOn(envelope.id)).toBe(600);
  });

  it('is enforced by the database too: balance, subsidy within cost, no negative amount, envelopes never overspent', async () => {
    const { funder, envelope } = await foundation('TEST-D', 1_000);
    const [a, b] = [await planWith(funder, 900), await planWith(funder, 200)];
    const refuses = (message: RegExp, sql: string, params: unknown[]) => expect(fx.finance(sql, params)).rejects.toThrow(message);
    await refuses(/do not add up/, 'update funding_line set amount_cents = amount_cents + 1 where plan_id = ? and position = 0', [a.id]);
    await refuses(/funding_plan_subsidy_within_cost/, 'update funding_plan set requested_subsidy_cents = total_cost_cents + 1 where id = ?', [a.id]);
    await refuses(/funding_line_amount_non_negative/, 'update funding_line set amount_cents = -1 where plan_id = ? and position = 1', [a.id]);
    const commit = `update funding_line set status = 'COMMITTED', envelope_id = ?, committed_on = '2024-03-04' where plan_id = ? and position = 0`;
    await fx.finance(commit, [envelope.id, a.id]);
    await refuses(/overspent/, commit, [envelope.id, b.id]);
    expect(await fx.committedOn(envelope.id)).toBe(900);
  });
});

describe('when pedagogy is down', () => {
  it('answers SERVICE_UNAVAILABLE and writes nothing, then works again once pedagogy is back', async () => {
    const project = await fx.project('29');
    const input = { projectId: project.id, totalCost: eur(100), requestedSubsidy: eur(100), lines: [line(state, 100)] };
    const before = await fx.snapshot();
    await stack.stopSubgraph('pedagogy');
    try {
      const response = await stack.query(CREATE_PLAN, { token: staff29, variables: { input } });
      expect(codeOf(response)).toBe('SERVICE_UNAVAILABLE');
      expect(response.errors?.[0]?.message).toMatch(/pedagogy/);
      expect(await fx.snapshot()).toEqual(before);
    } finally {
      await stack.restartSubgraph('pedagogy');
    }
    expect((await stack.query(CREATE_PLAN, { token: staff29, variables: { input } })).errors).toBeUndefined();
  });
});
