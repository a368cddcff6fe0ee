import { cols, type TableRows } from '../../../platform/seeds/bulk.js';
import { randomFor, seedUuid, type NationalDepartment } from '../../../platform/seeds/national.js';
import type { Random } from '../../../platform/seeds/random.js';
import { checkWithinProgramme, programmeOf } from '../../../platform/programme.js';
import { nextWorkingDay } from '../../../platform/working-days.js';
import { TOPICS } from '../training/training.seed-data.js';

/** School years of the national trainings (outside the programme; TNE departments keep their programme's). */
const TRAINING_YEARS = [2021, 2022, 2023, 2024, 2025];

/** Formats as in training.seed.ts: providers, sessions, hours, places, months between sessions. */
const FORMATS = [
  { format: 'EAFC_COURSE', share: 5, providers: ['EAFC', 'EAFC', 'INSPE'], sessions: [2, 3], hours: [3, 6], capacity: [12, 24], gap: 1, prefix: '' },
  {
    format: 'WEBINAR',
    share: 3,
    providers: ['DRANE', 'RESEAU_CANOPE'],
    sessions: [1, 1],
    hours: [1, 1.5],
    capacity: [60, 120],
    gap: 0,
    prefix: 'Webinaire : ',
  },
  {
    format: 'COMMUNITY_OF_PRACTICE',
    share: 2,
    providers: ['DRANE', 'RESEAU_CANOPE', 'OTHER'],
    sessions: [3, 5],
    hours: [2, 2],
    capacity: [10, 18],
    gap: 2,
    prefix: 'Communauté de pratique : ',
  },
] as const;

/** A working day of the school year that starts in `year`; month 0 is September, 9 is June. */
function schoolDay(random: Random, year: number, month: number): string {
  return nextWorkingDay(new Date(Date.UTC(year, 8 + month, random.int(1, 28))).toISOString().slice(0, 10));
}

/** The school years of a department's trainings: its programme's in TNE departments. */
function trainingYears(department: NationalDepartment): number[] {
  const programme = programmeOf(department.code);
  if (!programme) return TRAINING_YEARS;
  const first = Number(programme.programmeStart.slice(0, 4));
  return TRAINING_YEARS.filter((year) => year >= first && year < Number(programme.programmeEnd.slice(0, 4)));
}

/** Trainings a year: more where the TNE runs, and in proportion to the department's size. */
const trainingsPerYear = (d: NationalDepartment) => (d.tneCohort === null ? 4 : 12) + Math.round(d.schools.length / (d.tneCohort === null ? 150 : 60));

/** Each department's courses, webinars and communities of practice, with sessions and targeted CRCN competences. */
export function trainingRows(departments: readonly NationalDepartment[], seed: number): TableRows[] {
  const trainings: TableRows = {
    table: 'training',
    columns: cols(
      'id uuid',
      'department_code',
      'title',
      'audience training_audience',
      'format training_format',
      'provider training_provider',
      'created_at timestamptz',
      'updated_at timestamptz',
    ),
    rows: [],
  };
  const competences: TableRows = { table: 'training_competence', columns: cols('training_id uuid', 'competence_code'), rows: [] };
  const sessions: TableRows = {
    table: 'training_session',
    columns: cols('id uuid', 'training_id uuid', 'date date', 'commune_code', 'venue', 'hours numeric', 'capacity int', 'registered int', 'attended int'),
    rows: [],
  };
  for (const department of departments) {
    const random = randomFor(seed, department.code, 'trainings');
    const towns = [...department.communes].sort((a, b) => (b.population ?? 0) - (a.population ?? 0) || a.code.localeCompare(b.code)).slice(0, 6);
    let serial = 0;
    for (const year of trainingYears(department)) {
      for (let i = 0; i < trainingsPerYear(department); i++) {
        const plan = FORMATS[i % 10 < 5 ? 0 : i % 10 < 8 ? 1 : 2]!;
        const topic = random.pick(TOPICS);
        const town = random.pick(towns);
        const online = plan.format === 'WEBINAR';
        const id = seedUuid(seed, 'training', department.code, serial++);
        const count = random.int(plan.sessions[0], plan.sessions[1]);
        const start = random.int(0, 9 - (count - 1) * plan.gap);
        const hours = random.pick(plan.hours);
        const dates = Array.from({ length: count }, (_, s) => schoolDay(random, year, start + s * plan.gap));
        for (const date of dates) checkWithinProgramme(programmeOf(department.code), date, 'A training session');
        // Recorded on its first session's day: a fixed time keeps two runs identical.
        const at = `${dates[0]}T08:00:00Z`;
        trainings.rows.push([
          id,
          department.code,
          `${plan.prefix}${topic.title}${online ? '' : ` — ${town.nom}`}`,
          topic.audience,
          plan.format,
          random.pick(plan.providers),
          at,
          at,
        ]);
        for (const code of topic.competences) competences.rows.push([id, code]);
        dates.forEach((date, s) => {
          const capacity = random.int(plan.capacity[0], plan.capacity[1]);
          const registered = random.int(Math.ceil(capacity * 0.6), capacity);
          const attended = random.int(Math.ceil(registered * 0.7), registered);
          sessions.rows.push([
            seedUuid(seed, 'session', id, s),
            id,
            date,
            online ? null : town.code,
            online ? 'Classe virtuelle' : null,
            hours,
            capacity,
            registered,
            attended,
          ]);
        });
      }
    }
  }
  return [trainings, competences, sessions];
}

const FIRST_DEGREE = new Set(['MATERNELLE', 'ELEMENTAIRE', 'PRIMAIRE']);

/**
 * Deployments: TNE schools get kits from the year they joined, as in the demonstration seed; a few
 * other schools have some too. The graph knows only two ENTs (PrimOT, Toutatice), of académies with
 * no national TNE department, so none is deployed here.
 */
export function deploymentRows(departments: readonly NationalDepartment[], seed: number): TableRows[] {
  const rows: TableRows = {
    table: 'resource_deployment',
    columns: cols('id uuid', 'school_uai', 'resource_code', 'since date', 'units int', 'recorded_at timestamptz'),
    rows: [],
  };
  for (const department of departments) {
    const random = randomFor(seed, department.code, 'deployments');
    for (const school of department.schools) {
      const first = FIRST_DEGREE.has(school.kind);
      const tne = school.tneJoinedYear !== null;
      const year = school.tneJoinedYear ?? random.int(2021, 2025);
      const add = (code: string, since: string, units: number) =>
        rows.rows.push([seedUuid(seed, 'deployment', school.uai, code), school.uai, code, since, units, `${since}T09:00:00Z`]);
      const day = () => new Date(Date.UTC(year, 8, 1 + random.int(0, 200))).toISOString().slice(0, 10);
      const maybe = (chance: number, code: string, units: () => number) => {
        if (random.next() < (tne ? chance : chance / 12)) add(code, day(), units());
      };
      maybe(first ? 0.7 : 0.4, school.kind === 'MATERNELLE' ? 'BLUE_BOT' : 'THYMIO', () => random.int(6, 16));
      maybe(0.5, 'TABLET_CLASS_SET', () => random.int(12, 30));
      maybe(first ? 0.1 : 0.5, 'VR_CLASS_SET', () => random.int(8, 16));
      maybe(0.6, 'EDUTHEQUE', () => Math.max(2, Math.round(school.pupils / 22)));
    }
  }
  return [rows];
}
