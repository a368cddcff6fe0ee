import type { EntityManager } from '@mikro-orm/postgresql';
import { seededRandom, type Random } from '../../../platform/seeds/random.js';
import type { SeedStep } from '../../../platform/seeds/steps.js';
import { checkWithinProgramme, programmeOf } from '../../../platform/programme.js';
import { isWorkingDay, nextWorkingDay } from '../../../platform/working-days.js';
import { Commune } from '../communes/commune.entity.js';
import { Department } from '../departments/department.entity.js';
import { CrcnCompetence } from '../pix/crcn.entity.js';
import { TrainingSession } from './training-session.entity.js';
import { Training, TrainingFormat as F, TrainingProvider as P, type TrainingAudience } from './training.entity.js';
import { checkParent, checkSessionCounts, checkSessionHours, checkSessionPlace, checkTitle } from './training.rules.js';
import { EVENTS, SEEDED_DEPARTMENTS, TOPICS, type EventSeed, type SessionSeed } from './training.seed-data.js';

interface TrainingSeed {
  departmentCode: string;
  title: string;
  description?: string;
  audience: TrainingAudience;
  format: F;
  provider: P;
  competences: string[];
  parent?: Training;
}

function addTraining(tx: EntityManager, seed: TrainingSeed): Training {
  const { departmentCode, description, competences, parent, ...fields } = seed;
  checkTitle(fields.title);
  if (parent) checkParent(departmentCode, { departmentCode: parent.department.unwrap().code, hasParent: parent.parent !== null });
  const training = tx.create(Training, {
    ...fields,
    department: tx.getReference(Department, departmentCode),
    description: description ?? null,
    parent: parent ?? null,
  });
  training.competences.set(competences.map((code) => tx.getReference(CrcnCompetence, code)));
  return training;
}

/** A session obeys the service's rules, and falls on a working day within its department's programme. */
function addSession(tx: EntityManager, training: Training, session: SessionSeed, communeCode: string | null, venue: string | null = null) {
  checkSessionCounts(session);
  checkSessionHours(session.hours);
  checkSessionPlace(communeCode, venue);
  checkWithinProgramme(programmeOf(training.department.unwrap().code), session.date, `A session of "${training.title}"`);
  if (!isWorkingDay(session.date)) throw new Error(`A session of "${training.title}" falls on ${session.date}, not a working day.`);
  tx.create(TrainingSession, { ...session, training, commune: communeCode ? tx.getReference(Commune, communeCode) : null, venue });
}

/** Counts within the rule: some places stay free, some registered teachers do not come. */
function countsFor(random: Random, capacity: number): Pick<SessionSeed, 'capacity' | 'registered' | 'attended'> {
  const registered = random.int(Math.ceil(capacity * 0.6), capacity);
  return { capacity, registered, attended: random.int(Math.ceil(registered * 0.7), registered) };
}

/** A seminar, its days, and its workshops held once on each day. */
function seedEvent(tx: EntityManager, event: EventSeed, random: Random): void {
  const seminar = addTraining(tx, { ...event, format: F.SEMINAR });
  for (const session of event.sessions) addSession(tx, seminar, session, event.communeCode);
  for (const workshop of event.workshops) {
    const child = addTraining(tx, { ...workshop, departmentCode: event.departmentCode, format: F.EXPLORCAMP_WORKSHOP, parent: seminar });
    for (const { date } of event.sessions) addSession(tx, child, { date, hours: 1.5, ...countsFor(random, 24) }, event.communeCode);
  }
}

/** A working day of the school year that starts in `year`; month 0 is September, 9 is June. */
function schoolDay(random: Random, year: number, month: number): string {
  return nextWorkingDay(new Date(Date.UTC(year, 8 + month, random.int(1, 28))).toISOString().slice(0, 10));
}

/** How each regular format runs: how many a year, sessions, hours, places, months between sessions. */
const PLANS = [
  { format: F.EAFC_COURSE, perYear: 14, providers: [P.EAFC, P.EAFC, P.INSPE], sessions: [2, 3], hours: [3, 6], capacity: [12, 24], gap: 1, prefix: '' },
  {
    format: F.WEBINAR,
    perYear: 10,
    providers: [P.DRANE, P.RESEAU_CANOPE],
    sessions: [1, 1],
    hours: [1, 1.5],
    capacity: [60, 120],
    gap: 0,
    prefix: 'Webinaire : ',
  },
  {
    format: F.COMMUNITY_OF_PRACTICE,
    perYear: 8,
    providers: [P.DRANE, P.RESEAU_CANOPE, P.OTHER],
    sessions: [3, 5],
    hours: [2, 2],
    capacity: [10, 18],
    gap: 2,
    prefix: 'Communauté de pratique : ',
  },
] as const;

/** One department's courses, webinars and communities of practice for one school year. */
function seedYear(tx: EntityManager, departmentCode: string, year: number, random: Random): void {
  const { towns } = SEEDED_DEPARTMENTS[departmentCode]!;
  for (const plan of PLANS) {
    for (let i = 0; i < plan.perYear; i++) {
      const topic = random.pick(TOPICS);
      const online = plan.format === F.WEBINAR;
      const [communeCode, town] = random.pick(towns);
      const title = `${plan.prefix}${topic.title}${online ? '' : ` — ${town}`}`;
      const training = addTraining(tx, { ...topic, departmentCode, title, format: plan.format, provider: random.pick(plan.providers) });
      const sessions = random.int(plan.sessions[0], plan.sessions[1]);
      const start = random.int(0, 9 - (sessions - 1) * plan.gap);
      const hours = random.pick(plan.hours);
      for (let s = 0; s < sessions; s++) {
        const capacity = random.int(plan.capacity[0], plan.capacity[1]);
        const session = { date: schoolDay(random, year, start + s * plan.gap), hours, ...countsFor(random, capacity) };
        if (online) addSession(tx, training, session, null, 'Classe virtuelle');
        else addSession(tx, training, session, communeCode);
      }
    }
  }
}

/** The seminars of Cher (2022) and Finistère (2023) and each year's regular trainings, deterministic. */
export const trainingSeed: SeedStep = {
  name: 'trainings',
  demo: true,
  done: async (em) => (await em.count(Training)) > 0,
  run: async (tx) => {
    const random = seededRandom(1829);
    for (const event of EVENTS) seedEvent(tx, event, random);
    for (const [departmentCode, { years }] of Object.entries(SEEDED_DEPARTMENTS)) {
      for (const year of years) seedYear(tx, departmentCode, year, random);
    }
  },
};
