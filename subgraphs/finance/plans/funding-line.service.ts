import { LockMode, ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireRoleFor } from '../../../platform/authorization.js';
import { badInput, notFound } from '../../../platform/errors.js';
import type { Viewer } from '../../../platform/viewer.js';
import { sqlList } from '../../../platform/sql-literals.js';
import { audit } from '../audit/audit.js';
import { Envelope } from '../envelopes/envelope.entity.js';
import { Funder } from '../funders/funder.entity.js';
import { PLAN_WRITERS, requireWriterRole } from './funding-plan.access.js';
import { envelopeFacts, funderFacts, linesOf, lockPlan, snapshot, toDraft } from './funding-plan.data.js';
import { parseId } from '../../../platform/ids.js';
import { ENGAGED_STATUSES, LineStatus, type FundingLine, type FundingPlan } from './funding-plan.entity.js';
import type { ChangeFundingLineStatusInput } from './funding-plan.inputs.js';
import { checkEnvelopeRoom, checkLineDate, checkLineSources, checkLineTransition, checkMovableByHand } from './funding-plan.rules.js';
import { today } from '../../../platform/today.js';

/**
 * Commits a line on an envelope: the envelope row stays locked until the transaction ends, so
 * that two commitments on one envelope are checked one after the other and never overspend it.
 */
export async function commitOnEnvelope(tx: EntityManager, plan: FundingPlan, line: FundingLine, envelopeId: string | null, on: string): Promise<void> {
  if (!envelopeId) throw badInput('A line is committed on an envelope of its funder: give envelopeId.', 'envelopeId');
  const envelope = await tx.findOne(Envelope, { id: envelopeId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  if (!envelope) throw badInput(`No envelope has the id "${envelopeId}".`, 'envelopeId');
  const funder = await tx.findOneOrFail(Funder, { id: line.funder.id });
  const facts = envelopeFacts(envelope);
  checkLineSources([{ ...toDraft(line), envelopeId }], new Map([[funder.id, funderFacts(funder)]]), new Map([[envelope.id, facts]]), plan.departmentCode);
  const [row] = await tx.execute<Array<{ used: string }>>(
    `select coalesce(sum(amount_cents), 0)::bigint as used from funding_line where envelope_id = ? and status in (${sqlList(ENGAGED_STATUSES)})`,
    [envelope.id],
  );
  checkEnvelopeRoom(facts, Number(row?.used ?? 0), line.amountCents);
  line.committedOn = checkLineDate(LineStatus.COMMITTED, on, envelope, null, today());
  line.envelope = ref(envelope);
}

/** Pays a committed line on a day of its envelope's period, never before its commitment. */
export async function payLine(tx: EntityManager, line: FundingLine, on: string): Promise<void> {
  const envelope = await tx.findOneOrFail(Envelope, { id: line.envelope!.id });
  line.paidOn = checkLineDate(LineStatus.PAID, on, envelope, line.committedOn, today());
}

/** Moves one line of a plan to its next status (PLEDGED → COMMITTED → PAID), at the plan's version. */
export function changeFundingLineStatus(
  em: EntityManager,
  viewer: Viewer,
  input: ChangeFundingLineStatusInput,
): Promise<{ plan: FundingPlan; line: FundingLine }> {
  const action = 'change the status of funding lines';
  requireWriterRole(viewer, action);
  const planId = parseId(input.planId, 'planId');
  const lineId = parseId(input.lineId, 'lineId');
  const envelopeId = input.envelopeId ? parseId(input.envelopeId, 'envelopeId') : null;
  return em.transactional(async (tx) => {
    const plan = await lockPlan(tx, planId, input.version, (p) => requireRoleFor(viewer, PLAN_WRITERS, p.departmentCode, action));
    const lines = await linesOf(tx, plan);
    const line = lines.find((l) => l.id === lineId);
    if (!line) throw notFound(`Funding plan ${planId} has no line "${lineId}".`);
    const before = snapshot(plan, lines);
    checkLineTransition(line.status, input.status);
    const current = line.envelope?.id ?? null;
    if (envelopeId && current && envelopeId !== current && line.status !== LineStatus.PLEDGED) {
      throw badInput('A committed line stays on the envelope it was committed on.', 'envelopeId');
    }
    const funder = await tx.findOneOrFail(Funder, { id: line.funder.id });
    checkMovableByHand(funder.kind, plan.projectId !== null, input.status);
    const on = input.on ?? today();
    if (input.status === LineStatus.COMMITTED) await commitOnEnvelope(tx, plan, line, envelopeId ?? current, on);
    if (input.status === LineStatus.PAID) await payLine(tx, line, on);
    line.status = input.status;
    plan.updatedAt = new Date(); // a change of a line is a change of its plan: new version
    await tx.flush();
    audit(tx, viewer, {
      departmentCode: plan.departmentCode,
      entityType: 'FundingPlan',
      entityId: plan.id,
      action: 'changeFundingLineStatus',
      before,
      after: snapshot(plan, lines),
    });
    return { plan, line };
  });
}
