import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { groupRows, loaderByKey, loaderOfMany, placeholders } from '../../../platform/loaders.js';
import { Call, CallCampaign } from '../calls/call.entity.js';
import { Commune } from '../communes/commune.entity.js';
import { PriorityTerritory } from '../territories/priority-territory.entity.js';
import { Project, ProjectStatusChange } from './project.entity.js';

/** Loaders of calls, campaigns, territories and projects: one statement per kind and request. */
export const projectLoaders = (em: EntityManager) => ({
  call: loaderByKey(em, Call, 'id'),
  project: loaderByKey(em, Project, 'id'),
  priorityTerritory: loaderByKey(em, PriorityTerritory, 'code'),
  callsOfDepartment: loaderOfMany(em, Call, 'department', (c) => c.department.unwrap().code, { code: 'asc' }),
  campaignsOfCall: loaderOfMany(em, CallCampaign, 'call', (c) => c.call.unwrap().id, { opensOn: 'asc' }),
  territoriesOfDepartment: loaderOfMany(em, PriorityTerritory, 'department', (t) => t.department.unwrap().code, { code: 'asc' }),
  communesOfTerritory: loaderOfMany(em, Commune, 'priorityTerritory', (c) => c.priorityTerritory?.unwrap().code ?? null, { name: 'asc' }),
  projectsOfCampaign: loaderOfMany(em, Project, 'campaign', (p) => p.campaign?.unwrap().id ?? null, { title: 'asc' }),
  projectsOfLeadSchool: loaderOfMany(em, Project, 'leadSchool', (p) => p.leadSchool.unwrap().uai, { title: 'asc' }),
  // Changes recorded together (a decision moving a SUBMITTED project through UNDER_REVIEW) share
  // their instant; the lifecycle order of the status enum breaks the tie.
  historyOfProject: loaderOfMany(em, ProjectStatusChange, 'project', (c) => c.project.unwrap().id, { recordedAt: 'asc', toStatus: 'asc' }),
  /** Partner school UAIs per project, from the pivot table (the schools then load by UAI). */
  partnerUais: new DataLoader<string, string[]>(async (ids) => {
    const rows = await em
      .getConnection('read')
      .execute<Array<{ project_id: string; school_uai: string }>>(
        `select project_id, school_uai from project_partner where project_id in (${placeholders(ids)}) order by school_uai`,
        [...ids],
      );
    return groupRows(ids, rows, (r) => r.project_id).map((group) => group.map((r) => r.school_uai));
  }),
});
