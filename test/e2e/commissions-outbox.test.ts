import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Stack, tokenFor } from '../stack.js';
import { cherProject, createCommission, DECIDE, eventually, fundingPlan, relayOf, sqlOf } from '../commissions.fixtures.js';

let stack: Stack;
let staff18: string;
let member18: string;
let commission18: string;
beforeAll(async () => {
  stack = await Stack.start();
  [staff18, member18] = await Promise.all([tokenFor('DEPARTMENT_STAFF', ['18']), tokenFor('COMMISSION_MEMBER', ['18'])]);
  commission18 = await createCommission(stack, member18);
});
afterAll(() => stack?.stop());

const pedagogy = <T = Record<string, unknown>>(text: string, params: unknown[] = []) => sqlOf(stack, 'pedagogy')<T>(text, params);
const finance = <T = Record<string, unknown>>(text: string, params: unknown[] = []) => sqlOf(stack, 'finance')<T>(text, params);
const messageOf = (decisionId: string) =>
  finance<{ attempts: number; delivered_at: Date | null; last_error: string | null }>(
    `select attempts, delivered_at, last_error from outbox_message where payload->>'decisionId' = ?`,
    [decisionId],
  ).then((rows) => rows[0]!);
const statusOf = (projectId: string) =>
  pedagogy<{ status: string; version: number }>(`select status, version from project where id = ?`, [projectId]).then((r) => r[0]!);
const historyOf = (projectId: string) =>
  pedagogy(
    `select from_status, to_status, effective_on, recorded_by, recorded_by_role, reason from project_status_change where project_id = ? order by recorded_at, to_status`,
    [projectId],
  );
const receiptsOf = (projectId: string) => pedagogy(`select decision_id from commission_decision_receipt where project_id = ?`, [projectId]);

async function decide(projectId: string, input: object = {}) {
  const { data, errors } = await stack.query(DECIDE, {
    token: member18,
    variables: { input: { commissionId: commission18, projectId, verdict: 'ACCEPTED', amountCents: 450_000, ...input } },
  });
  expect(errors).toBeUndefined();
  return data.decideProject.subsidy as { id: string };
}

describe('a decision spans finance and pedagogy', () => {
  it('moves the project in pedagogy shortly after, and a rejection carries its reason', async () => {
    const projectId = await cherProject(stack, staff18);
    await fundingPlan(stack, projectId);
    const decision = await decide(projectId, { verdict: 'REJECTED', amountCents: 0, reason: 'Budget épuisé' });
    expect(
      (
        await eventually(
          () => statusOf(projectId),
          (p) => p.status === 'REJECTED',
          10_000,
        )
      ).status,
    ).toBe('REJECTED');
    expect((await historyOf(projectId)).at(-1)).toMatchObject({
      from_status: 'UNDER_REVIEW',
      to_status: 'REJECTED',
      reason: 'Budget épuisé',
      recorded_by: 'service:finance',
    });
    expect(await receiptsOf(projectId)).toEqual([{ decision_id: decision.id }]);
  });

  it('taken while pedagogy is down, reaches the project once it is back, exactly once', async () => {
    const projectId = await cherProject(stack, staff18, 'SUBMITTED');
    await fundingPlan(stack, projectId);
    const before = await statusOf(projectId);
    await stack.stopSubgraph('pedagogy');

    const decision = await decide(projectId); // finance alone: the plan knows the project's department
    const failed = await eventually(
      () => messageOf(decision.id),
      (m) => m.attempts >= 2,
      10_000,
    );
    expect(failed).toMatchObject({ delivered_at: null, last_error: expect.stringContaining('did not answer') });

    await stack.restartSubgraph('pedagogy');
    expect(await statusOf(projectId)).toEqual(before); // nothing arrived while it was down
    const delivered = await eventually(
      () => messageOf(decision.id),
      (m) => m.delivered_at !== null,
    );
    expect(delivered).toMatchObject({ last_error: null });
    const after = await statusOf(projectId);
    expect(after.status).toBe('ACCEPTED');
    const history = await historyOf(projectId);
    expect(history.slice(-2)).toEqual([
      {
        from_status: 'SUBMITTED',
        to_status: 'UNDER_REVIEW',
        effective_on: '2024-02-01',
        recorded_by: 'service:finance',
        recorded_by_role: 'ADMIN',
        reason: null,
      },
      {
        from_status: 'UNDER_REVIEW',
        to_status: 'ACCEPTED',
        effective_on: '2024-02-01',
        recorded_by: 'service:finance',
        recorded_by_role: 'ADMIN',
        reason: null,
      },
    ]);
    expect(await receiptsOf(projectId)).toEqual([{ decision_id: decision.id }]);

    // The relay delivers at least once: a second delivery of the same decision changes nothing.
    await finance(`update outbox_message set delivered_at = null, next_attempt_at = now() where payload->>'decisionId' = ?`, [decision.id]);
    await relayOf(stack).flush();
    expect((await messageOf(decision.id)).delivered_at).not.toBeNull();
    expect(await statusOf(projectId)).toEqual(after);
    expect(await historyOf(projectId)).toEqual(history);
    expect(history.filter((h) => h.to_status === 'ACCEPTED')).toHaveLength(1);
    expect(await receiptsOf(projectId)).toHaveLength(1);

    const { data } = await stack.query(
      `query($ids: [ID!]) { subsidies(filter: { projectIds: $ids }) { nodes { verdict project { id status history { toStatus } } } } }`,
      {
        token: member18,
        variables: { ids: [projectId] },
      },
    );
    const changes = ['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'ACCEPTED'].map((toStatus) => ({ toStatus }));
    expect(data.subsidies.nodes).toEqual([{ verdict: 'ACCEPTED', project: { id: projectId, status: 'ACCEPTED', history: changes } }]);
  });

  it('lets only platform services and ADMIN record a decision in pedagogy', async () => {
    const projectId = await cherProject(stack, staff18);
    const query = `mutation($input: RecordCommissionDecisionInput!) { recordCommissionDecision(input: $input) { project { status } } }`;
    const input = { decisionId: crypto.randomUUID(), projectId, verdict: 'ACCEPTED', decidedOn: '2024-02-01' };
    for (const [token, code] of [
      [undefined, 'UNAUTHENTICATED'],
      [member18, 'FORBIDDEN'],
    ] as const) {
      const response = await stack.query(query, { token, variables: { input } });
      expect(response.errors?.[0]?.extensions?.code).toBe(code);
    }
    expect((await statusOf(projectId)).status).toBe('UNDER_REVIEW');
    const admin = await stack.query(query, { token: await tokenFor('ADMIN'), variables: { input } });
    expect(admin.data.recordCommissionDecision.project.status).toBe('ACCEPTED');
  });
});
