import type { EntityManager } from '@mikro-orm/postgresql';
import { schoolYearOf } from '../../../platform/period.js';
import type { SeedStep } from '../../../platform/seeds/steps.js';
import { SEED_REFERENCE_DATE } from '../../../platform/programme.js';
import { today } from '../../../platform/today.js';
import { Department } from '../departments/department.entity.js';
import { SchoolKind } from '../schools/school.entity.js';
import { Call, CallCampaign, CallKind, Eligibility } from './call.entity.js';
import { submissionOf } from './call-submission.seed.js';
import { FINISTERE_ONLY_THEMES, FINISTERE_THEMES, Theme } from './theme.js';

type Window = [name: string, opensOn: string, closesOn: string, eligibility?: Eligibility];
interface CallSeed {
  code: string;
  department: string;
  title: string;
  kind: CallKind;
  themes: Theme[];
  windows: Window[];
  partnershipsAllowed?: boolean;
  fundingRequested?: boolean;
  eligibleKinds?: SchoolKind[];
}

const ALL_THEMES = Object.values(Theme).filter((t) => !FINISTERE_ONLY_THEMES.has(t));
const FIRST_DEGREE = [SchoolKind.MATERNELLE, SchoolKind.ELEMENTAIRE, SchoolKind.PRIMAIRE];
const schoolYears: Window[] = [
  ['Année 2022-2023', '2022-09-05', '2023-06-30'],
  ['Année 2023-2024', '2023-09-04', '2024-06-28'],
  ['Année 2024-2025', '2024-09-02', '2025-06-27'],
];
const themed = (code: string, title: string, theme: Theme, extra: Partial<CallSeed> = {}): CallSeed => ({
  code: `18-${code}`,
  department: '18',
  title,
  kind: CallKind.SPECIFIC,
  themes: [theme],
  windows: [
    ['Campagne 2022-2023', '2022-10-03', '2022-12-16'],
    ['Campagne 2023-2024', '2023-10-02', '2023-12-15'],
  ],
  ...extra,
});

/**
 * The calls of docs/DOMAIN.md and the issue: Cher's innovation call, its themed calls, the call for
 * contributions to the "Terre numérique" seminar and the reporting of existing practices;
 * Finistère's AMI with its campaigns (priority territories only until 2022-23, every school from
 * September 2023; the three 2023-24 windows are the published ones).
 */
export const CALLS: CallSeed[] = [
  {
    code: '18-INNOVATION',
    department: '18',
    title: 'Appel à projets innovants',
    kind: CallKind.INNOVATION,
    themes: ALL_THEMES,
    windows: schoolYears,
    partnershipsAllowed: true,
  },
  themed('CREATION', 'Création numérique', Theme.DIGITAL_CREATION),
  themed('BOUGER', 'Bouger avec le numérique', Theme.MOVING_WITH_DIGITAL),
  themed('ROBOTIQUE', 'Codage et robotique', Theme.ROBOTICS_CODING),
  themed('ORAL', 'Oral et numérique', Theme.ORAL_AND_DIGITAL),
  themed('FILLES', 'Filles et numérique', Theme.GIRLS_AND_DIGITAL),
  themed('SOCLE', 'Socle numérique des écoles élémentaires et maternelles', Theme.DIGITAL_FOUNDATION, { eligibleKinds: FIRST_DEGREE }),
  {
    code: '18-TERRE-NUMERIQUE',
    department: '18',
    title: 'Contributions au séminaire « Terre numérique »',
    kind: CallKind.SEMINAR_CONTRIBUTION,
    themes: ALL_THEMES,
    windows: [['Contributions', '2022-09-12', '2022-10-21']],
  },
  {
    code: '18-EXISTANT',
    department: '18',
    title: "Renforcer et rendre visible l'existant",
    kind: CallKind.EXISTING_PRACTICE,
    themes: ALL_THEMES,
    // One window a school year, so that a commission can review each year's reports after it closes.
    windows: [
      ['Année 2022-2023', '2022-09-01', '2023-06-30'],
      ['Année 2023-2024', '2023-09-01', '2024-06-28'],
      ['Année 2024-2025', '2024-09-02', '2025-06-27'],
    ],
    fundingRequested: false,
  },
  {
    code: '29-AMI',
    department: '29',
    title: "Appel à manifestation d'intérêt TNE Finistère",
    kind: CallKind.AMI,
    themes: [...FINISTERE_THEMES],
    partnershipsAllowed: true,
    windows: [
      ['Campagne 2021-2022', '2021-10-04', '2021-12-17', Eligibility.PRIORITY_TERRITORIES],
      ['Campagne 2022-2023', '2022-09-19', '2022-12-16', Eligibility.PRIORITY_TERRITORIES],
      ['Campagne 1 — 2023-2024', '2023-09-04', '2023-10-20'],
      ['Campagne 2 — 2023-2024', '2023-11-06', '2024-01-19'],
      ['Campagne 3 — 2023-2024', '2024-01-29', '2024-04-05'],
    ],
  },
];

/** The day after an ISO date. */
const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * A campaign open on the day the demonstration is seeded, so that staff can submit a project at
 * once whatever the date: from the start of today's school year (or the day after the call's last
 * campaign, as campaigns never overlap) to its last day. None when a campaign is open already, and
 * none on a day the seeded history covers (the platform's clock set to a day of the programme,
 * TNE_TODAY): that day has its own campaigns, and the history is not rewritten around it.
 */
export function campaignOpenOn(day: string, windows: readonly Window[]): Window | null {
  if (day <= SEED_REFERENCE_DATE) return null;
  const year = schoolYearOf(day);
  const lastClose = windows
    .map(([, , closesOn]) => closesOn)
    .sort()
    .at(-1);
  const start = `${year.slice(0, 4)}-09-01`;
  const opensOn = lastClose && dayAfter(lastClose) > start ? dayAfter(lastClose) : start;
  return opensOn <= day ? [`Campagne ${year} (en cours)`, opensOn, `${year.slice(5)}-08-31`] : null;
}

/** The calls that take submissions all year round get today's campaign. */
const OPEN_TODAY = new Set(['18-INNOVATION', '29-AMI']);

function createCall(tx: EntityManager, seed: CallSeed): Call {
  const call = tx.create(Call, {
    ...submissionOf(seed.department, seed.code),
    code: seed.code,
    department: tx.getReference(Department, seed.department),
    title: seed.title,
    kind: seed.kind,
    themes: seed.themes,
    eligibleKinds: seed.eligibleKinds ?? [],
    partnershipsAllowed: seed.partnershipsAllowed ?? false,
    fundingRequested: seed.fundingRequested ?? true,
  });
  const current = OPEN_TODAY.has(seed.code) ? campaignOpenOn(today(), seed.windows) : null;
  for (const [name, opensOn, closesOn, eligibility] of current ? [...seed.windows, current] : seed.windows) {
    tx.create(CallCampaign, { call, name, opensOn, closesOn, eligibility: eligibility ?? Eligibility.ALL_SCHOOLS });
  }
  return call;
}

export const callsSeed: SeedStep = {
  name: 'calls and campaigns',
  demo: true,
  done: async (em) => (await em.count(Call)) > 0,
  run: async (tx) => {
    for (const seed of CALLS) createCall(tx, seed);
  },
};

/**
 * Databases seeded before calls had channels: the demonstration calls without one get their
 * department's. Calls staff published are left as they are.
 */
export const callSubmissionsSeed: SeedStep = {
  name: 'calls: submission channels',
  demo: true,
  done: async (em) => (await em.count(Call, { submissionChannel: null, code: { $in: CALLS.map((c) => c.code) } })) === 0,
  run: async (tx) => {
    for (const call of await tx.find(Call, { submissionChannel: null, code: { $in: CALLS.map((c) => c.code) } })) {
      Object.assign(call, submissionOf(call.department.unwrap().code, call.code));
    }
  },
};
