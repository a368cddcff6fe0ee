import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, codedError, forbidden, notFound } from '../../../platform/errors.js';
import type { Viewer } from '../../../platform/viewer.js';
import { parseId } from '../../../platform/ids.js';
import { CommissionDecisionReceipt } from './decision-receipt.entity.js';
import { Project, ProjectStatusChange } from './project.entity.js';
import { Verdict, type RecordCommissionDecisionInput } from './project-decision.inputs.js';
import { ACCEPTED_STATUSES, checkTransition, ProjectStatus as S } from './project.lifecycle.js';

/** Statuses in which a project already reflects each verdict (it may have moved on since). */
const REFLECTS: Record<Verdict, readonly S[]> = {
  [Verdict.ACCEPTED]: ACCEPTED_STATUSES,
  [Verdict.REJECTED]: [S.REJECTED],
};

/** Commission decisions reach pedagogy from finance (a platform service, role ADMIN) or from an ADMIN. */
function requirePlatform(viewer: Viewer): void {
  if (viewer.role === 'PUBLIC') throw codedError('UNAUTHENTICATED', 'Sign in to record commission decisions.');
  if (viewer.role !== 'ADMIN') throw forbidden('Commission decisions are recorded by finance (or an ADMIN); decide with decideProject.');
}

/** The statuses a decision moves a project through: a SUBMITTED project is examined first. */
export function decisionPath(from: S, verdict: Verdict): S[] {
  const target = verdict === Verdict.ACCEPTED ? S.ACCEPTED : S.REJECTED;
  const path = from === S.SUBMITTED ? [S.UNDER_REVIEW, target] : [target];
  let current = from;
  for (const next of path) {
    checkTransition(current, next);
    current = next;
  }
  return path;
}

/**
 * Applies a commission's decision to its project, once: the project is locked, then the receipt
 * of the decision is looked up — found, the call is a no-op returning the project; otherwise the
 * project moves (through UNDER_REVIEW when SUBMITTED) with its history, and the receipt is written
 * in the same transaction. A project already in the decided status only gets the receipt.
 */
export function recordCommissionDecision(em: EntityManager, viewer: Viewer, input: RecordCommissionDecisionInput): Promise<Project> {
  requirePlatform(viewer);
  const decisionId = parseId(input.decisionId, 'decisionId');
  const projectId = parseId(input.projectId, 'projectId');
  return em.transactional(async (tx) => {
    const project = await tx.findOne(Project, { id: projectId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!project) throw notFound(`No project has the id "${input.projectId}".`);
    const receipt = await tx.findOne(CommissionDecisionReceipt, { decisionId });
    if (receipt) {
      if (receipt.project.unwrap().id !== projectId) throw badInput(`Decision ${decisionId} was recorded for another project.`, 'decisionId');
      return project;
    }
    const reason = input.reason?.trim() || null;
    if (input.verdict === Verdict.REJECTED && !reason) throw badInput('A rejection needs a reason (motif).', 'reason');
    if (!REFLECTS[input.verdict].includes(project.status)) {
      for (const next of decisionPath(project.status, input.verdict)) {
        const from = project.status;
        project.status = next;
        tx.create(ProjectStatusChange, {
          project,
          fromStatus: from,
          toStatus: next,
          effectiveOn: input.decidedOn,
          recordedBy: viewer.subject ?? 'unknown',
          recordedByRole: viewer.role,
          reason: next === S.UNDER_REVIEW ? null : reason,
        });
      }
    }
    tx.create(CommissionDecisionReceipt, { decisionId, project });
    return project;
  });
}
