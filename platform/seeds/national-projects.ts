import { programmeOf, SEED_REFERENCE_DATE } from '../programme.js';
import { addDays } from '../working-days.js';
import type { DemoSchool } from './demo-schools.js';
import { planHistory, type HistoryBounds } from './project-history.js';
import { randomFor, seedUuid, type NationalDepartment } from './national.js';
import type { Random } from './random.js';

/**
 * Calls and projects of the national data set, shared by pedagogy (which stores them) and finance
 * (which funds them): both derive the same ids, lead schools, statuses and decision dates.
 */
export const THEMES = [
  'ROBOTICS_CODING',
  'DIGITAL_CREATION',
  'MOVING_WITH_DIGITAL',
  'ORAL_AND_DIGITAL',
  'GIRLS_AND_DIGITAL',
  'DIGITAL_FOUNDATION',
  'INCLUSION',
  'PARENTALITY',
  'CITIZENSHIP',
] as const;

export interface NationalCampaign {
  id: string;
  name: string;
  opensOn: string;
  closesOn: string;
}

export interface NationalCall {
  id: string;
  code: string;
  title: string;
  kind: 'INNOVATION' | 'AMI';
  partnershipsAllowed: boolean;
  campaigns: NationalCampaign[];
}

export interface StatusChange {
  id: string;
  from: string | null;
  to: string;
  on: string;
  reason: string | null;
}

export interface NationalProject {
  id: string;
  callId: string;
  campaignId: string;
  departmentCode: string;
  lead: DemoSchool;
  partners: string[];
  theme: string;
  status: string;
  submittedOn: string | null;
  history: StatusChange[];
  verdict: 'ACCEPTED' | 'REJECTED' | null;
  decidedOn: string | null;
  pupilsReached: number;
  teachersReached: number;
}

/** School years with calls: the programme's three years in TNE departments, four recent ones elsewhere. */
export const callYears = (department: NationalDepartment): number[] =>
  department.tneCohort === null ? [2022, 2023, 2024, 2025] : [0, 1, 2].map((i) => department.tneCohort! + i);

/** TNE departments run an AMI (two campaigns a year) and an innovation call; others a departmental call. */
export function nationalCalls(department: NationalDepartment, seed: number): NationalCall[] {
  const { code } = department;
  const campaign = (callCode: string, name: string, opensOn: string, closesOn: string): NationalCampaign => ({
    id: seedUuid(seed, 'campaign', callCode, opensOn),
    name,
    opensOn,
    closesOn,
  });
  const call = (suffix: string, title: string, kind: NationalCall['kind'], windows: Array<[string, string, string]>): NationalCall => {
    const callCode = `NAT-${code}-${suffix}`;
    return {
      id: seedUuid(seed, 'call', callCode),
      code: callCode,
      title,
      kind,
      partnershipsAllowed: kind === 'AMI',
      campaigns: windows.map(([n, o, c]) => campaign(callCode, n, o, c)),
    };
  };
  const years = callYears(department);
  const yearly = years.map((y): [string, string, string] => [`Année ${y}-${y + 1}`, `${y}-09-01`, `${y + 1}-06-30`]);
  if (department.tneCohort === null) return [call('INNOVATION', `Appel à projets numériques éducatifs — ${department.name}`, 'INNOVATION', yearly)];
  return [
    call('INNOVATION', `Appel à projets innovants TNE — ${department.name}`, 'INNOVATION', yearly),
    call(
      'AMI',
      `Appel à manifestation d'intérêt TNE — ${department.name}`,
      'AMI',
      years.flatMap(
        (y): Array<[string, string, string]> => [
          [`Campagne 1 — ${y}-${y + 1}`, `${y}-10-01`, `${y}-12-15`],
          [`Campagne 2 — ${y}-${y + 1}`, `${y + 1}-01-15`, `${y + 1}-03-31`],
        ],
      ),
    ),
  ];
}

/**
 * Paths from submission on, weighted. Programmes ended before the seeds' reference date, so their
 * projects all reached a final status; outside the programme, the last campaign year also has
 * projects still under way.
 */
const PATHS: Array<[number, string[]]> = [
  [5, ['SUBMITTED', 'UNDER_REVIEW', 'ACCEPTED', 'IN_PROGRESS', 'COMPLETED']],
  [2, ['SUBMITTED', 'UNDER_REVIEW', 'ACCEPTED', 'IN_PROGRESS', 'WITHDRAWN']],
  [2, ['SUBMITTED', 'UNDER_REVIEW', 'REJECTED']],
  [1, ['SUBMITTED', 'WITHDRAWN']],
];
const OPEN_PATHS: Array<[number, string[]]> = [
  [1, []],
  [2, ['SUBMITTED']],
  [2, ['SUBMITTED', 'UNDER_REVIEW']],
  [3, ['SUBMITTED', 'UNDER_REVIEW', 'ACCEPTED', 'IN_PROGRESS']],
  [1, ['SUBMITTED', 'UNDER_REVIEW', 'REJECTED']],
];

function pick<T>(random: Random, weighted: Array<[number, T]>): T {
  let roll = random.int(
    1,
    weighted.reduce((sum, [w]) => sum + w, 0),
  );
  for (const [weight, item] of weighted) {
    roll -= weight;
    if (roll <= 0) return item;
  }
  return weighted[0]![1];
}

export { addDays };

/** The dates a project of this department and campaign keeps to (see project-history.ts). */
export const boundsOf = (department: NationalDepartment, campaign: NationalCampaign): HistoryBounds => ({
  opensOn: campaign.opensOn,
  closesOn: campaign.closesOn,
  programme: programmeOf(department.code),
  reference: SEED_REFERENCE_DATE,
});

function project(
  seed: number,
  random: Random,
  department: NationalDepartment,
  call: NationalCall,
  campaign: NationalCampaign,
  index: number,
  open: boolean,
): NationalProject {
  const id = seedUuid(seed, 'project', campaign.id, index);
  const tne = department.schools.filter((s) => s.tneJoinedYear !== null);
  const lead = tne.length && random.next() < 0.7 ? random.pick(tne) : random.pick(department.schools);
  const partners = call.partnershipsAllowed && random.next() < 0.3 ? [random.pick(department.schools).uai].filter((uai) => uai !== lead.uai) : [];
  const span = Math.max(0, (Date.parse(campaign.closesOn) - Date.parse(campaign.opensOn)) / 86_400_000);
  const submittedOn = addDays(campaign.opensOn, random.int(0, span));
  const path = pick(random, open ? OPEN_PATHS : PATHS);
  const history: StatusChange[] = planHistory(random, path, submittedOn, boundsOf(department, campaign)).map((change, i) => ({
    id: seedUuid(seed, 'status', id, i),
    ...change,
  }));
  const decision = history.find((h) => h.to === 'ACCEPTED' || h.to === 'REJECTED');
  const accepted = decision?.to === 'ACCEPTED';
  return {
    id,
    callId: call.id,
    campaignId: campaign.id,
    departmentCode: department.code,
    lead,
    partners,
    theme: random.pick(THEMES),
    status: history.at(-1)!.to,
    submittedOn: path.length ? submittedOn : null,
    history,
    verdict: (decision?.to as NationalProject['verdict']) ?? null,
    decidedOn: decision?.on ?? null,
    pupilsReached: accepted ? random.int(20, 220) : 0,
    teachersReached: accepted ? random.int(1, 8) : 0,
  };
}

/** The department's projects: about one a year per 10 schools in TNE departments, per 50 elsewhere. */
export function nationalProjects(department: NationalDepartment, calls: NationalCall[], seed: number): NationalProject[] {
  const random = randomFor(seed, department.code, 'projects');
  const perYear = Math.max(1, Math.round(department.schools.length / (department.tneCohort === null ? 50 : 10)));
  const lastYear = Math.max(...callYears(department));
  const campaigns = calls.flatMap((call) => call.campaigns.map((campaign) => ({ call, campaign })));
  const perCampaign = Math.max(1, Math.round((perYear * callYears(department).length) / campaigns.length));
  return campaigns.flatMap(({ call, campaign }) => {
    const open = department.tneCohort === null && Number(campaign.opensOn.slice(0, 4)) >= lastYear && !campaign.name.startsWith('Campagne 1');
    return Array.from({ length: perCampaign }, (_, i) => project(seed, random, department, call, campaign, i, open));
  });
}
