import { LockMode } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphAnswerError, GraphUnavailableError, type GraphClient } from '../../../platform/graph-client.js';
import { requireRoleFor } from '../../../platform/authorization.js';
import { badInput, conflict, notFound } from '../../../platform/errors.js';
import type { Viewer } from '../../../platform/viewer.js';
import { audit } from '../audit/audit.js';
import { FundingPlan } from '../plans/funding-plan.entity.js';
import { DECIDERS } from './commission.access.js';
import { Commission, Subsidy, Verdict } from './commission.entity.js';
import { commitGrantorLines } from './grantor-lines.js';
import type { CreateCommissionInput, DecideProjectInput } from './commission.inputs.js';
import { checkCommission, checkDecision, checkDecisionDate, parseDepartmentCode } from './commission.rules.js';
import { programmeOf } from '../../../platform/programme.js';
import { parseId } from '../../../platform/ids.js';
import { announceDecision } from './decision.message.js';

/** What the audit trail keeps of a decision. */
export const subsidySnapshot = (s: Subsidy) => ({
  commissionId: s.commission.unwrap().id,
  projectId: s.projectId,
  verdict: s.verdict,
  amountCents: s.amountCents,
  reason: s.reason,
  decidedOn: s.decidedOn,
  version: s.version,
});

/** Creates a department's selection commission (COMMISSION_MEMBER of the department, or ADMIN). */
export function createCommission(em: EntityManager, viewer: Viewer, input: CreateCommissionInput): Promise<Commission> {
  return em.transactional(async (tx) => {
    const departmentCode = parseDepartmentCode(input.departmentCode);
    requireRoleFor(viewer, DECIDERS, departmentCode, 'create commissions');
    const programme = programmeOf(departmentCode);
    const period = programme && { start: programme.programmeStart, end: programme.programmeEnd };
    const { name, meetsOn } = checkCommission(input.name, input.meetsOn, period);
    const commission = tx.create(Commission, { id: randomUUID(), departmentCode, name, meetsOn });
    audit(tx, viewer, {
      departmentCode,
      entityType: 'Commission',
      entityId: commission.id,
      action: 'createCommission',
      before: null,
      after: { name, meetsOn, departmentCode },
    });
    return commission;
  });
}

/**
 * Records a commission's decision on a project and the subsidy it grants, with its audit entry and
 * the outbox message that will move the project in pedagogy — all in one transaction. The
 * project's department and requested subsidy come from its funding plan (held by finance), so a
 * decision never waits for pedagogy.
 */
export async function decideProject(em: EntityManager, viewer: Viewer, pedagogy: GraphClient, input: DecideProjectInput): Promise<Subsidy> {
  const projectId = parseId(input.projectId, 'projectId');
  await deciderOf(em, viewer, input.commissionId);
  // A second decision is a conflict whatever pedagogy has made of the first by now: the outbox
  // delivers decisions asynchronously, so asking pedagogy first would answer either way.
  if (await em.count(Subsidy, { projectId })) throw conflict('This project has been decided on already.');
  await checkProjectReviewable(pedagogy, projectId);
  return em.transactional(async (tx) => {
    const commission = await deciderOf(tx, viewer, input.commissionId);
    // Locked like a plan change locks it: a decision and a change of the amounts never interleave.
    const plan = await tx.findOne(FundingPlan, { projectId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!plan) throw badInput(`Project "${projectId}" has no funding plan: a decision needs the subsidy it requests.`, 'projectId');
    requireRoleFor(viewer, DECIDERS, plan.departmentCode, 'decide on projects');
    if (plan.departmentCode !== commission.departmentCode) {
      throw badInput(`The project is in department ${plan.departmentCode}; this commission decides for ${commission.departmentCode}.`, 'commissionId');
    }
    if (await tx.count(Subsidy, { projectId })) throw conflict('This project has been decided on already.');
    const { amountCents, reason } = checkDecision({ ...input, requestedCents: plan.requestedSubsidyCents });
    const decidedOn = checkDecisionDate(input.decidedOn ?? commission.meetsOn, commission.meetsOn);
    const subsidy = tx.create(Subsidy, {
      id: randomUUID(),
      commission,
      projectId,
      departmentCode: plan.departmentCode,
      verdict: input.verdict,
      amountCents,
      reason,
      decidedOn,
    });
    if (input.verdict === Verdict.ACCEPTED) await commitGrantorLines(tx, plan, amountCents, decidedOn);
    announceDecision(tx, subsidy);
    audit(tx, viewer, {
      departmentCode: plan.departmentCode,
      entityType: 'Subsidy',
      entityId: subsidy.id,
      action: 'decideProject',
      before: null,
      after: { ...subsidySnapshot(subsidy), version: 1 },
    });
    return subsidy;
  });
}

/** The commission, once the viewer is known to decide for its department. */
async function deciderOf(em: EntityManager, viewer: Viewer, commissionId: string): Promise<Commission> {
  const commission = await em.findOne(Commission, { id: parseId(commissionId, 'commissionId') });
  if (!commission) throw notFound(`No commission has the id "${commissionId}".`);
  requireRoleFor(viewer, DECIDERS, commission.departmentCode, 'decide on projects');
  return commission;
}

const REVIEWABLE = new Set(['SUBMITTED', 'UNDER_REVIEW']);

/**
 * A verdict only makes sense for a project under review: pedagogy would refuse to apply it to a
 * draft or a withdrawn one, and the two subgraphs would then disagree. Asked before the
 * transaction (no lock held across the network); when pedagogy is down, the decision is taken all
 * the same and the outbox delivers it later — pedagogy's own rules apply then.
 */
async function checkProjectReviewable(pedagogy: GraphClient, projectId: string): Promise<void> {
  let status: string | undefined;
  try {
    const data = await pedagogy<{ project: { status: string } | null }>('query($id: ID!) { project(id: $id) { status } }', { id: projectId });
    status = data.project?.status;
  } catch (error) {
    if (error instanceof GraphUnavailableError) return;
    if (error instanceof GraphAnswerError && error.errors.some((e) => e.extensions?.code === 'NOT_FOUND')) {
      throw notFound(`No project has the id "${projectId}".`);
    }
    throw error;
  }
  if (status && !REVIEWABLE.has(status)) {
    throw badInput(`The project is ${status}: a commission decides on SUBMITTED or UNDER_REVIEW projects only.`, 'projectId');
  }
}
