import type { EntityManager } from '@mikro-orm/postgresql';
import { Subsidy } from '../commissions/commission.entity.js';
import { requireRoleFor } from '../../../platform/authorization.js';
import { badInput, conflict, notFound } from '../../../platform/errors.js';
import type { GraphClient } from '../../../platform/graph-client.js';
import type { Viewer } from '../../../platform/viewer.js';
import { audit } from '../audit/audit.js';
import { PLAN_WRITERS, requireWriterRole } from './funding-plan.access.js';
import { createLines, linesOf, loadSources, lockPlan, readLines, snapshot, toDraft } from './funding-plan.data.js';
import { parseId } from '../../../platform/ids.js';
import { FundingPlan } from './funding-plan.entity.js';
import type { CreateFundingPlanInput, UpdateFundingPlanInput } from './funding-plan.inputs.js';
import { centsOf } from './amounts.js';
import { checkAmounts, checkBalanced, checkEquipmentCoFinancing, checkLineSources, checkLinesReplaceable, type LineDraft } from './funding-plan.rules.js';
import { projectFacts, type ProjectFacts } from './project-facts.js';

type Sources = Awaited<ReturnType<typeof loadSources>>;

/** Every rule a plan's amounts and new lines obey (the database checks the same at commit). */
function checkPlan(
  totalCostCents: number,
  requestedSubsidyCents: number,
  lines: LineDraft[],
  departmentCode: string,
  fresh?: { sources: Sources; project: ProjectFacts },
) {
  checkAmounts(totalCostCents, requestedSubsidyCents, lines);
  checkBalanced(totalCostCents, lines);
  if (!fresh) return; // lines kept as they are were checked when they were written
  checkLineSources(lines, fresh.sources.funders, fresh.sources.envelopes, departmentCode);
  checkEquipmentCoFinancing(lines, fresh.sources.funders, fresh.project);
}

/**
 * Creates the funding plan of a project that has none: the project's department and lead school
 * come from pedagogy, asked before the transaction (no lock is held during the call); the plan,
 * its lines and the audit entry are written in one transaction.
 */
export async function createFundingPlan(em: EntityManager, viewer: Viewer, pedagogy: GraphClient, input: CreateFundingPlanInput): Promise<FundingPlan> {
  const action = 'create funding plans';
  requireWriterRole(viewer, action);
  const projectId = parseId(input.projectId, 'projectId');
  const totalCostCents = centsOf(input.totalCost, 'totalCost');
  const requestedSubsidyCents = centsOf(input.requestedSubsidy, 'requestedSubsidy');
  const drafts = readLines(input.lines);
  const project = await projectFacts(pedagogy, projectId);
  requireRoleFor(viewer, PLAN_WRITERS, project.departmentCode, action);
  return em.transactional(async (tx) => {
    const existing = await tx.findOne(FundingPlan, { projectId });
    if (existing) throw conflict(`Project ${projectId} already has a funding plan (${existing.id}); change it with updateFundingPlan.`);
    const sources = await loadSources(tx, drafts);
    checkPlan(totalCostCents, requestedSubsidyCents, drafts, project.departmentCode, { sources, project });
    const plan = tx.create(FundingPlan, { projectId, departmentCode: project.departmentCode, totalCostCents, requestedSubsidyCents });
    const lines = createLines(tx, plan, drafts);
    await tx.flush();
    audit(tx, viewer, {
      departmentCode: plan.departmentCode,
      entityType: 'FundingPlan',
      entityId: plan.id,
      action: 'createFundingPlan',
      before: null,
      after: snapshot(plan, lines),
    });
    return plan;
  });
}

/**
 * Changes a plan's amounts and/or replaces its lines (only while none is committed), at the
 * version the client read. New lines are checked against pedagogy's facts about the project.
 */
export async function updateFundingPlan(em: EntityManager, viewer: Viewer, pedagogy: GraphClient, input: UpdateFundingPlanInput): Promise<FundingPlan> {
  const action = 'change funding plans';
  requireWriterRole(viewer, action);
  const id = parseId(input.id, 'id');
  const totalCost = input.totalCost ? centsOf(input.totalCost, 'totalCost') : null;
  const requestedSubsidy = input.requestedSubsidy ? centsOf(input.requestedSubsidy, 'requestedSubsidy') : null;
  const drafts = input.lines ? readLines(input.lines) : null;
  // Read apart from the transaction's entity manager, which then loads the plan fresh and locked.
  const known = await em.fork().findOne(FundingPlan, { id });
  if (!known) throw notFound(`No funding plan has the id "${id}".`);
  requireRoleFor(viewer, PLAN_WRITERS, known.departmentCode, action);
  const knownProjectId = known.projectId;
  // Equipment, training and parentality plans are written by the seeds from pedagogy's and parentality's facts.
  if (!knownProjectId) throw badInput("Only a project's funding plan is changed through the API.", 'id');
  const project = drafts ? await projectFacts(pedagogy, knownProjectId) : null;
  return em.transactional(async (tx) => {
    const plan = await lockPlan(tx, id, input.version, (p) => requireRoleFor(viewer, PLAN_WRITERS, p.departmentCode, action));
    const lines = await linesOf(tx, plan);
    const before = snapshot(plan, lines);
    const totalCostCents = totalCost ?? plan.totalCostCents;
    const requestedSubsidyCents = requestedSubsidy ?? plan.requestedSubsidyCents;
    if (drafts) checkLinesReplaceable(lines.map((line) => line.status));
    await checkNotDecided(tx, knownProjectId, totalCostCents !== plan.totalCostCents || requestedSubsidyCents !== plan.requestedSubsidyCents);
    const fresh = drafts && project ? { sources: await loadSources(tx, drafts), project } : undefined;
    checkPlan(totalCostCents, requestedSubsidyCents, drafts ?? lines.map(toDraft), plan.departmentCode, fresh);
    plan.totalCostCents = totalCostCents;
    plan.requestedSubsidyCents = requestedSubsidyCents;
    plan.updatedAt = new Date(); // always a change of the plan row, so always a new version
    let current = lines;
    if (drafts) {
      for (const line of lines) tx.remove(line);
      current = createLines(tx, plan, drafts);
    }
    await tx.flush();
    audit(tx, viewer, {
      departmentCode: plan.departmentCode,
      entityType: 'FundingPlan',
      entityId: plan.id,
      action: 'updateFundingPlan',
      before,
      after: snapshot(plan, current),
    });
    return plan;
  });
}

/**
 * Once the commission has decided, the amounts it decided on are settled: a granted subsidy must
 * never end up above a request lowered afterwards. Both this change and the decision lock the plan row.
 */
async function checkNotDecided(tx: EntityManager, projectId: string, amountsChange: boolean): Promise<void> {
  if (!amountsChange) return;
  const decided = await tx.count(Subsidy, { projectId });
  if (decided) throw conflict('The commission has decided on this plan: its total cost and requested subsidy can no longer change.');
}
