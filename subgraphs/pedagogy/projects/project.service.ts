import type { EntityManager } from '@mikro-orm/postgresql';
import { requireRoleFor } from '../../../platform/authorization.js';
import { checkVersion } from '../../../platform/versions.js';
import { badInput, forbidden, notFound } from '../../../platform/errors.js';
import { hasRoleFor, type Viewer } from '../../../platform/viewer.js';
import { Call } from '../calls/call.entity.js';
import { Department } from '../departments/department.entity.js';
import { Project, ProjectStatusChange } from './project.entity.js';
import type { ChangeProjectStatusInput, CreateProjectInput, UpdateProjectInput } from './project.inputs.js';
import { checkTransition, ProjectStatus } from './project.lifecycle.js';
import { checkContent, checkReach, loadSchools, submit, today } from './project.rules.js';
import { parseId } from '../../../platform/ids.js';
import { ACCESS } from '../../../platform/access.js';

const WRITERS = ACCESS.writeProjects;
/**
 * ACCEPTED and REJECTED are the commission's verdict: finance records it and delivers it here
 * (recordCommissionDecision), so that the two subgraphs never disagree; only ADMIN may set them by hand.
 */
const DECIDERS = ACCESS.decideProjectsByHand;

async function loadProject(em: EntityManager, id: string, version: number): Promise<Project> {
  const project = await em.findOne(Project, { id: parseId(id) }, { populate: ['call', 'partnerSchools'] });
  if (!project) throw notFound(`No project has the id "${id}".`);
  checkVersion(project.version, version, 'project');
  return project;
}

function record(em: EntityManager, project: Project, from: ProjectStatus | null, effectiveOn: string, viewer: Viewer, reason?: string) {
  em.create(ProjectStatusChange, {
    project,
    fromStatus: from,
    toStatus: project.status,
    effectiveOn,
    recordedBy: viewer.subject ?? 'unknown',
    recordedByRole: viewer.role,
    reason: reason ?? null,
  });
}

/** Creates a draft project answering a call, led by a school of the call's department. */
export function createProject(em: EntityManager, viewer: Viewer, input: CreateProjectInput): Promise<Project> {
  return em.transactional(async (tx) => {
    const call = await tx.findOne(Call, { id: parseId(input.callId, 'callId') });
    if (!call) throw notFound(`No call has the id "${input.callId}".`);
    requireRoleFor(viewer, WRITERS, call.department.unwrap().code, 'create projects');
    const [lead, ...partners] = await loadSchools(tx, [input.leadSchoolUai, ...input.partnerSchoolUais]);
    checkContent(call, lead!, partners, input.themes, input.title);
    checkReach(input.pupilsReached, input.teachersReached, input.girlsReached ?? null, input.specialNeedsReached ?? null);
    const project = tx.create(Project, {
      call,
      department: tx.getReference(Department, call.department.unwrap().code),
      leadSchool: lead!,
      title: input.title.trim(),
      summary: input.summary,
      themes: input.themes,
      pupilsReached: input.pupilsReached,
      teachersReached: input.teachersReached,
      girlsReached: input.girlsReached ?? null,
      specialNeedsReached: input.specialNeedsReached ?? null,
    });
    project.partnerSchools.set(partners);
    record(tx, project, null, today(), viewer);
    return project;
  });
}

/** Edits a project: its content while a draft, its reach while it is not withdrawn or rejected. */
export function updateProject(em: EntityManager, viewer: Viewer, input: UpdateProjectInput): Promise<Project> {
  return em.transactional(async (tx) => {
    const project = await loadProject(tx, input.id, input.version);
    requireRoleFor(viewer, WRITERS, project.department.unwrap().code, 'change projects');
    const contentChange = [input.title, input.summary, input.themes, input.partnerSchoolUais].some((v) => v !== undefined && v !== null);
    if (contentChange && project.status !== ProjectStatus.DRAFT) {
      throw badInput(`Only a DRAFT project's content can change; this one is ${project.status}.`, 'status');
    }
    const partners = input.partnerSchoolUais ? await loadSchools(tx, input.partnerSchoolUais) : [...project.partnerSchools];
    const [lead] = await loadSchools(tx, [project.leadSchool.unwrap().uai]);
    checkContent(project.call.unwrap(), lead!, partners, input.themes ?? project.themes, input.title ?? project.title);
    checkReach(
      input.pupilsReached ?? project.pupilsReached,
      input.teachersReached ?? project.teachersReached,
      input.girlsReached ?? project.girlsReached,
      input.specialNeedsReached ?? project.specialNeedsReached,
    );
    if (input.title) project.title = input.title.trim();
    if (input.summary !== undefined && input.summary !== null) project.summary = input.summary;
    if (input.themes) project.themes = input.themes;
    if (input.partnerSchoolUais) project.partnerSchools.set(partners);
    if (input.pupilsReached !== undefined && input.pupilsReached !== null) project.pupilsReached = input.pupilsReached;
    if (input.teachersReached !== undefined && input.teachersReached !== null) project.teachersReached = input.teachersReached;
    if (input.girlsReached !== undefined && input.girlsReached !== null) project.girlsReached = input.girlsReached;
    if (input.specialNeedsReached !== undefined && input.specialNeedsReached !== null) project.specialNeedsReached = input.specialNeedsReached;
    return project;
  });
}

/** Moves a project along its lifecycle; a submission must fall in an open campaign and be eligible. */
export function changeProjectStatus(em: EntityManager, viewer: Viewer, input: ChangeProjectStatusInput): Promise<Project> {
  return em.transactional(async (tx) => {
    const project = await loadProject(tx, input.id, input.version);
    // The department first (nothing about another department's project is told), then the move
    // (an illegal one names the allowed ones), then who may make it.
    requireRoleFor(viewer, WRITERS, project.department.unwrap().code, 'change the status of projects');
    checkTransition(project.status, input.status);
    const deciding = input.status === ProjectStatus.ACCEPTED || input.status === ProjectStatus.REJECTED;
    if (deciding && !hasRoleFor(viewer, DECIDERS, project.department.unwrap().code)) {
      throw forbidden(`A project becomes ${input.status} by a commission's decision (decideProject); only ADMIN may set it by hand.`);
    }
    const effectiveOn = input.effectiveOn ?? today();
    if (effectiveOn > today()) throw badInput('A status change cannot take effect in the future.', 'effectiveOn');
    // The window is the call's rule: staff submit today, inside an open campaign. Recording a past
    // submission (history being entered afterwards) is ADMIN's.
    if (input.status === ProjectStatus.SUBMITTED && effectiveOn !== today() && viewer.role !== 'ADMIN') {
      throw badInput('Only ADMIN may record a past submission; a submission takes effect today.', 'effectiveOn');
    }
    const needsReason = input.status === ProjectStatus.REJECTED || input.status === ProjectStatus.WITHDRAWN;
    if (needsReason && !input.reason?.trim()) throw badInput(`A reason is required to mark a project ${input.status}.`, 'reason');
    if (input.status === ProjectStatus.SUBMITTED) await submit(tx, project, effectiveOn);
    const from = project.status;
    project.status = input.status;
    record(tx, project, from, effectiveOn, viewer, input.reason?.trim());
    return project;
  });
}
