import type { EntityManager } from '@mikro-orm/postgresql';
import { seededRandom, type Random } from '../../../platform/seeds/random.js';
import type { SeedStep } from '../../../platform/seeds/steps.js';
import { Call, type CallCampaign, Eligibility } from '../calls/call.entity.js';
import { Theme } from '../calls/theme.js';
import { School } from '../schools/school.entity.js';
import { Project, ProjectStatusChange } from './project.entity.js';
import { ProjectStatus as S } from './project.lifecycle.js';

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

/** Statuses a past project went through, from submission on, by outcome. */
const PATHS: Array<[weight: number, path: S[]]> = [
  [5, [S.SUBMITTED, S.UNDER_REVIEW, S.ACCEPTED, S.IN_PROGRESS, S.COMPLETED]],
  [2, [S.SUBMITTED, S.UNDER_REVIEW, S.ACCEPTED, S.IN_PROGRESS]],
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

const addDays = (date: string, days: number) => new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);

function seedProject(tx: EntityManager, random: Random, call: Call, campaign: CallCampaign, lead: Candidate): void {
  const theme = random.pick(call.themes);
  const span = Math.max(0, (Date.parse(campaign.closesOn) - Date.parse(campaign.opensOn)) / 86_400_000);
  const submittedOn = addDays(campaign.opensOn, random.int(0, span));
  const path = pickPath(random);
  const accepted = path.includes(S.ACCEPTED);
  const project = tx.create(Project, {
    call,
    campaign,
    department: call.department,
    leadSchool: tx.getReference(School, lead.uai),
    title: `${random.pick(TITLES[theme])} — ${lead.uai}`,
    summary: `Projet ${theme.toLowerCase().replace(/_/g, ' ')} porté par l'établissement ${lead.uai}.`,
    themes: [theme],
    status: path.at(-1)!,
    submittedOn,
    pupilsReached: accepted ? random.int(20, 220) : 0,
    teachersReached: accepted ? random.int(1, 8) : 0,
  });
  // Projects for girls and digital careers record the girls they reach: about 60 % of their pupils
  // (derived, not drawn, so the rest of the demonstration data stay as they were).
  if (theme === Theme.GIRLS_AND_DIGITAL && accepted) project.girlsReached = Math.round(project.pupilsReached * 0.6);
  // And every accepted project its pupils with special needs: about 10 % in inclusion projects, 3 % elsewhere.
  if (accepted) project.specialNeedsReached = Math.round(project.pupilsReached * (theme === Theme.INCLUSION ? 0.1 : 0.03));
  const history = (from: S | null, to: S, on: string, reason: string | null = null) =>
    tx.create(ProjectStatusChange, { project, fromStatus: from, toStatus: to, effectiveOn: on, recordedBy: 'seed', recordedByRole: 'ADMIN', reason });
  history(null, S.DRAFT, addDays(submittedOn, -random.int(5, 30)));
  let from: S = S.DRAFT;
  let on = submittedOn;
  for (const to of path) {
    history(from, to, on, to === S.REJECTED ? 'Projet non retenu par la commission' : to === S.WITHDRAWN ? "Retrait par l'établissement" : null);
    from = to;
    on = addDays(on, random.int(10, 60));
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
      for (const campaign of call.campaigns.getItems().sort((a, b) => a.opensOn.localeCompare(b.opensOn))) {
        const eligible = candidates.filter(
          (s) =>
            s.department_code === call.department.unwrap().code &&
            (!call.eligibleKinds.length || call.eligibleKinds.includes(s.kind as never)) &&
            (campaign.eligibility === Eligibility.ALL_SCHOOLS || s.priority_territory_code !== null),
        );
        const count = Math.min(eligible.length, call.kind === 'AMI' ? 12 : call.kind === 'INNOVATION' ? 10 : 4);
        for (let i = 0; i < count; i++) seedProject(tx, random, call, campaign, eligible[(i * 7 + random.int(0, 6)) % eligible.length]!);
      }
    }
  },
};
