import type { EntityManager } from '@mikro-orm/postgresql';
import { seededRandom, type Random } from '../../../platform/seeds/random.js';
import type { SeedStep } from '../../../platform/seeds/steps.js';
import { Call, type CallCampaign, Eligibility } from '../calls/call.entity.js';
import { Theme } from '../calls/theme.js';
import { School } from '../schools/school.entity.js';
import { Project, ProjectStatusChange } from './project.entity.js';
import { ProjectStatus as S } from './project.lifecycle.js';
import { programmeOf, SEED_REFERENCE_DATE } from '../../../platform/programme.js';
import { planHistory, type HistoryBounds } from '../../../platform/seeds/project-history.js';
import { addDays } from '../../../platform/working-days.js';
import { campaignOpenOn, checkEligibility } from '../calls/call.rules.js';
import { THEME_LABELS } from './theme-labels.js';
import type { SchoolKind } from '../schools/school.entity.js';
import { checkHistory } from './project.history.js';
import { checkReach } from './project.rules.js';

const TITLES: Record<Theme, string[]> = {
  ROBOTICS_CODING: ['Robots en classe', 'Coder pour raconter', 'Défis robotiques inter-écoles'],
  DIGITAL_CREATION: ["Webradio de l'école", 'Stop motion et contes', 'Atelier de création numérique'],
  MOVING_WITH_DIGITAL: ["Course d'orientation connectée", 'Bouger avec les tablettes'],
  ORAL_AND_DIGITAL: ["Podcasts d'élèves", 'Éloquence et baladodiffusion'],
  GIRLS_AND_DIGITAL: ['Les filles codent', 'Ingénieures en herbe'],
  DIGITAL_FOUNDATION: ["Socle numérique de l'école", 'Classe mobile et ENT'],
  INCLUSION: ["Outils numériques pour l'inclusion", 'Lire autrement'],
  PARENTALITY: ["Les parents et l'ENT", 'Café numérique des familles'],
  CITIZENSHIP: ['Éducation aux médias', 'Citoyens du numérique'],
  RESPONSIBLE_DIGITAL: ['Numérique sobre à l’école', 'Réparer et réemployer nos tablettes'],
  PEDAGOGICAL_CONTINUITY: ['La classe à la maison', 'Continuité pédagogique et ENT'],
  SCHOOL_NETWORKS: ['Écoles du secteur en réseau', 'Liaison école-collège numérique'],
};

interface Candidate {
  uai: string;
  kind: string;
  department_code: string;
  priority_territory_code: string | null;
}

/**
 * Statuses a project went through, from submission on, by outcome. Every programme of the
 * demonstration ended before the seeds' reference date, so every path ends in a final status:
 * some accepted projects were abandoned on the way.
 */
const PATHS: Array<[weight: number, path: S[]]> = [
  [5, [S.SUBMITTED, S.UNDER_REVIEW, S.ACCEPTED, S.IN_PROGRESS, S.COMPLETED]],
  [2, [S.SUBMITTED, S.UNDER_REVIEW, S.ACCEPTED, S.IN_PROGRESS, S.WITHDRAWN]],
  [2, [S.SUBMITTED, S.UNDER_REVIEW, S.REJECTED]],
  [1, [S.SUBMITTED, S.WITHDRAWN]],
];

function pickPath(random: Random): S[] {
  let roll = random.int(
    1,
    PATHS.reduce((sum, [w]) => sum + w, 0),
  );
  for (const [weight, path] of PATHS) {
    roll -= weight;
    if (roll <= 0) return path;
  }
  return PATHS[0]![1];
}

function seedProject(tx: EntityManager, random: Random, call: Call, campaigns: readonly CallCampaign[], campaign: CallCampaign, lead: Candidate): void {
  const theme = random.pick(call.themes);
  const span = Math.max(0, (Date.parse(campaign.closesOn) - Date.parse(campaign.opensOn)) / 86_400_000);
  const submittedOn = addDays(campaign.opensOn, random.int(0, span));
  const path = pickPath(random);
  const accepted = path.includes(S.ACCEPTED);
  const bounds: HistoryBounds = {
    opensOn: campaign.opensOn,
    closesOn: campaign.closesOn,
    programme: programmeOf(call.department.unwrap().code),
    reference: SEED_REFERENCE_DATE,
  };
  const changes = planHistory(random, path, submittedOn, bounds);
  // The rules the services apply (eligibility of the lead on its submission day, content, reach)
  // and the history's: a seeded project the API would refuse stops the seed.
  checkEligibility(call, campaignOpenOn(call, campaigns, submittedOn), {
    uai: lead.uai,
    kind: lead.kind as SchoolKind,
    departmentCode: lead.department_code,
    priorityTerritoryCode: lead.priority_territory_code,
  });
  checkHistory(changes, bounds, submittedOn);
  const project = tx.create(Project, {
    call,
    campaign,
    department: call.department,
    leadSchool: tx.getReference(School, lead.uai),
    title: `${random.pick(TITLES[theme])} — ${lead.uai}`,
    summary: `Projet « ${THEME_LABELS[theme].toLowerCase()} » porté par l'établissement ${lead.uai}.`,
    themes: [theme],
    status: changes.at(-1)!.to as S,
    submittedOn,
    pupilsReached: accepted ? random.int(20, 220) : 0,
    teachersReached: accepted ? random.int(1, 8) : 0,
  });
  // Accepted projects record the girls they reach: about 60 % of their pupils for girls and digital
  // careers, 48 % elsewhere (derived, not drawn, so the rest of the demonstration data stay as they were).
  if (accepted) project.girlsReached = Math.round(project.pupilsReached * (theme === Theme.GIRLS_AND_DIGITAL ? 0.6 : 0.48));
  // And every accepted project its pupils with special needs: about 10 % in inclusion projects, 3 % elsewhere.
  if (accepted) project.specialNeedsReached = Math.round(project.pupilsReached * (theme === Theme.INCLUSION ? 0.1 : 0.03));
  checkReach(project.pupilsReached, project.teachersReached, project.girlsReached, project.specialNeedsReached);
  for (const { from, to, on, reason } of changes) {
    tx.create(ProjectStatusChange, {
      project,
      fromStatus: from as S | null,
      toStatus: to as S,
      effectiveOn: on,
      recordedBy: 'seed',
      recordedByRole: 'ADMIN',
      reason,
    });
  }
}

/** Demonstration projects for every campaign, led by schools eligible to it, with their history. */
export const projectsSeed: SeedStep = {
  name: 'projects',
  demo: true,
  done: async (em) => (await em.count(Project)) > 0,
  run: async (tx) => {
    const random = seededRandom(20231106);
    const candidates = await tx.getConnection().execute<Candidate[]>(
      `select s.uai, s.kind, s.department_code, c.priority_territory_code from school s
         join commune c on c.code = s.commune_code order by s.tne_joined_year nulls last, s.uai`,
    );
    const calls = await tx.find(Call, {}, { populate: ['campaigns'], orderBy: { code: 'asc' } });
    for (const call of calls) {
      const campaigns = call.campaigns.getItems().sort((a, b) => a.opensOn.localeCompare(b.opensOn));
      // The campaign open on the day the data are seeded is for live submissions: no project yet.
      for (const campaign of campaigns.filter((c) => c.closesOn <= SEED_REFERENCE_DATE)) {
        const eligible = candidates.filter(
          (s) =>
            s.department_code === call.department.unwrap().code &&
            (!call.eligibleKinds.length || call.eligibleKinds.includes(s.kind as never)) &&
            (campaign.eligibility === Eligibility.ALL_SCHOOLS || s.priority_territory_code !== null),
        );
        const count = Math.min(eligible.length, call.kind === 'AMI' ? 12 : call.kind === 'INNOVATION' ? 10 : 4);
        for (let i = 0; i < count; i++) seedProject(tx, random, call, campaigns, campaign, eligible[(i * 7 + random.int(0, 6)) % eligible.length]!);
      }
    }
  },
};
