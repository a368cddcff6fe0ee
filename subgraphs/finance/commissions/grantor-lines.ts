import type { EntityManager } from '@mikro-orm/postgresql';
import { Envelope } from '../envelopes/envelope.entity.js';
import { grantorOf } from '../funders/grantor.js';
import { commitOnEnvelope, payLine } from '../plans/funding-line.service.js';
import { FundingLine, type FundingPlan, LineStatus } from '../plans/funding-plan.entity.js';
import { stateCommitments } from '../plans/funding-plan.rules.js';

/**
 * The plan's lines of the funder its commission grants for (the State in the programme's
 * departments, the department council elsewhere: `grantorOf`) in one status, in order, as the
 * transaction sees them.
 */
const grantorLines = (tx: EntityManager, plan: FundingPlan, status: LineStatus) =>
  tx.find(FundingLine, { plan, status, funder: grantorOf(plan.departmentCode) }, { orderBy: { position: 'asc' }, refresh: true });

/**
 * An accepted decision commits the plan's pledged lines of the grantor (the State in the programme)
 * for the amount granted, on the decision's day, on the grantor's envelopes (room and period checked,
 * the envelope row locked), in the decision's transaction. A line granted in part is split: its
 * remainder stays PLEDGED.
 */
export async function commitGrantorLines(tx: EntityManager, plan: FundingPlan, grantedCents: number, decidedOn: string): Promise<void> {
  const lines = await grantorLines(tx, plan, LineStatus.PLEDGED);
  const commitments = stateCommitments(lines, grantedCents);
  const [last] = await tx.find(FundingLine, { plan }, { orderBy: { position: 'desc' }, limit: 1 });
  let position = (last?.position ?? -1) + 1;
  for (const { lineId, committedCents, remainderCents } of commitments) {
    const line = lines.find((l) => l.id === lineId)!;
    if (remainderCents > 0) {
      line.amountCents = committedCents;
      tx.create(FundingLine, { plan, position: position++, funder: line.funder, volet: line.volet, amountCents: remainderCents });
    }
    const envelope = await tx.findOne(Envelope, { funder: line.funder.id, departmentCode: plan.departmentCode, volet: line.volet });
    await commitOnEnvelope(tx, plan, line, line.envelope?.id ?? envelope?.id ?? null, decidedOn);
    line.status = LineStatus.COMMITTED;
    await tx.flush(); // the next line's envelope room counts this one
  }
  plan.updatedAt = new Date();
}

/** The payment that completes a subsidy pays the plan's committed lines of the grantor, on its day. */
export async function payGrantorLines(tx: EntityManager, plan: FundingPlan, paidOn: string): Promise<void> {
  for (const line of await grantorLines(tx, plan, LineStatus.COMMITTED)) {
    await payLine(tx, line, paidOn);
    line.status = LineStatus.PAID;
  }
  plan.updatedAt = new Date();
  await tx.flush();
}
