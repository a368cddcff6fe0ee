import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../../platform/errors.js';
import { parseUai } from '../../../platform/uai.js';
import { CallCampaign, type Call } from '../calls/call.entity.js';
import { campaignOpenOn, checkEligibility } from '../calls/call.rules.js';
import type { Theme } from '../calls/theme.js';
import { School } from '../schools/school.entity.js';
import type { Project } from './project.entity.js';

import { today } from '../../../platform/today.js';

/** Today in France (one definition for every subgraph). */
export { today };

/** Loads schools by UAI, in order; a malformed UAI is BAD_USER_INPUT, an unknown one too. */
export async function loadSchools(em: EntityManager, uais: readonly string[]): Promise<School[]> {
  const parsed = uais.map(parseUai);
  if (new Set(parsed).size !== parsed.length) throw badInput('A school is listed twice.', 'schools');
  const found = await em.find(School, { uai: { $in: parsed } }, { populate: ['commune'] });
  const byUai = new Map(found.map((s) => [s.uai, s]));
  return parsed.map((uai) => {
    const school = byUai.get(uai);
    if (!school) throw badInput(`No school has the UAI "${uai}".`, 'schools');
    return school;
  });
}

/** The content rules of a project against its call: department, partnerships, themes, title. */
export function checkContent(call: Call, lead: School, partners: School[], themes: readonly Theme[], title: string): void {
  if (!title.trim()) throw badInput('A project needs a title.', 'title');
  if (partners.length && !call.partnershipsAllowed) throw badInput(`The call "${call.title}" does not allow partner schools.`, 'partnerSchoolUais');
  if (partners.some((p) => p.uai === lead.uai)) throw badInput('The lead school cannot also be a partner.', 'partnerSchoolUais');
  const department = call.department.unwrap().code;
  for (const school of [lead, ...partners]) {
    if (school.department.unwrap().code !== department) {
      throw badInput(`School ${school.uai} is not in department ${department}, which the call serves.`, 'schools');
    }
  }
  const foreign = call.themes.length ? themes.filter((t) => !call.themes.includes(t)) : [];
  if (foreign.length) throw badInput(`Themes ${foreign.join(', ')} are not among the call's (${call.themes.join(', ')}).`, 'themes');
}

/**
 * Pupils and teachers reached are counts: whole and not negative; the girls and the pupils with
 * special educational needs among them, when given, too, and never more than the pupils reached.
 */
export function checkReach(pupils: number, teachers: number, girls: number | null = null, specialNeeds: number | null = null): void {
  if (pupils < 0 || teachers < 0) throw badInput('Pupils and teachers reached cannot be negative.', 'pupilsReached');
  if (girls !== null && (girls < 0 || girls > pupils)) {
    throw badInput(`Girls reached must be between 0 and the pupils reached (${pupils}).`, 'girlsReached');
  }
  if (specialNeeds !== null && (specialNeeds < 0 || specialNeeds > pupils)) {
    throw badInput(`Pupils with special needs reached must be between 0 and the pupils reached (${pupils}).`, 'specialNeedsReached');
  }
}

/** Submission: inside an open campaign of the call, by eligible lead and partner schools. */
export async function submit(em: EntityManager, project: Project, on: string): Promise<void> {
  const call = project.call.unwrap();
  const campaigns = await em.find(CallCampaign, { call }, { orderBy: { opensOn: 'asc' } });
  const campaign = campaignOpenOn(call, campaigns, on);
  const schools = await loadSchools(em, [project.leadSchool.unwrap().uai, ...project.partnerSchools.getItems().map((s) => s.uai)]);
  for (const school of schools) {
    checkEligibility(call, campaign, {
      uai: school.uai,
      kind: school.kind,
      departmentCode: school.department.unwrap().code,
      priorityTerritoryCode: school.commune.unwrap().priorityTerritory?.unwrap().code ?? null,
    });
  }
  project.campaign = ref(campaign);
  project.submittedOn = on;
}
