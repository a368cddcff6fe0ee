import type { EntityManager } from '@mikro-orm/postgresql';
import { requireRoleFor } from '../../../platform/authorization.js';
import { badInput, conflict, notFound } from '../../../platform/errors.js';
import type { Viewer } from '../../../platform/viewer.js';
import { getDepartment } from '../departments/department.service.js';
import { Department } from '../departments/department.entity.js';
import type { PedagogyLoaders } from '../loaders.js';
import { Call, CallCampaign } from './call.entity.js';
import type { AddCallCampaignInput, CreateCallInput } from './call.inputs.js';
import { checkSubmissionUrl, checkWindow } from './call.rules.js';
import { parseId } from '../../../platform/ids.js';
import { ACCESS } from '../../../platform/access.js';

const WRITERS = ACCESS.publishCalls;

/** Publishes a call of a department (DEPARTMENT_STAFF of it, or ADMIN). */
export function createCall(em: EntityManager, loaders: PedagogyLoaders, viewer: Viewer, input: CreateCallInput): Promise<Call> {
  return em.transactional(async (tx) => {
    const department = await getDepartment(loaders, input.departmentCode);
    requireRoleFor(viewer, WRITERS, department.code, 'publish calls');
    const code = input.code.trim().toUpperCase();
    if (!/^[A-Z0-9][A-Z0-9-]{1,39}$/.test(code)) throw badInput('A call code is 2 to 40 letters, digits or dashes.', 'code');
    if (!input.title.trim()) throw badInput('A call needs a title.', 'title');
    if (await tx.count(Call, { code })) throw conflict(`A call with the code "${code}" exists already.`);
    const submissionUrl = input.submissionUrl?.trim() || null;
    if (submissionUrl && !input.submissionChannel) throw badInput('A submission link needs its channel.', 'submissionChannel');
    if (submissionUrl && input.submissionChannel) checkSubmissionUrl(input.submissionChannel, submissionUrl);
    return tx.create(Call, {
      code,
      department: tx.getReference(Department, department.code),
      title: input.title.trim(),
      kind: input.kind,
      themes: input.themes,
      eligibleKinds: input.eligibleKinds,
      partnershipsAllowed: input.partnershipsAllowed,
      fundingRequested: input.fundingRequested,
      submissionChannel: input.submissionChannel ?? null,
      submissionUrl,
      submissionLabel: input.submissionLabel?.trim() || null,
      owner: input.owner?.trim() || null,
    });
  });
}

/** Adds a submission window to a call; windows of one call never overlap. */
export function addCallCampaign(em: EntityManager, viewer: Viewer, input: AddCallCampaignInput): Promise<CallCampaign> {
  return em.transactional(async (tx) => {
    const call = await tx.findOne(Call, { id: parseId(input.callId, 'callId') });
    if (!call) throw notFound(`No call has the id "${input.callId}".`);
    requireRoleFor(viewer, WRITERS, call.department.unwrap().code, 'change calls');
    if (!input.name.trim()) throw badInput('A campaign needs a name.', 'name');
    checkWindow(input, await tx.find(CallCampaign, { call }));
    return tx.create(CallCampaign, { call, name: input.name.trim(), opensOn: input.opensOn, closesOn: input.closesOn, eligibility: input.eligibility });
  });
}
