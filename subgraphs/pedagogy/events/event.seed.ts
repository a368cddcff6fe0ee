import { checkWithinProgramme, programmeOf } from '../../../platform/programme.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { SeedStep } from '../../../platform/seeds/steps.js';
import { Call } from '../calls/call.entity.js';
import { Commune } from '../communes/commune.entity.js';
import { Department } from '../departments/department.entity.js';
import { Training } from '../training/training.entity.js';
import { Event, EventAudience as A, EventFormat, EventKind } from './event.entity.js';
import { checkEventDates } from './event.rules.js';

interface EventSeed {
  code: string;
  departmentCode: string;
  title: string;
  description: string;
  kind: EventKind;
  format: EventFormat;
  startsOn: string;
  endsOn: string;
  venue: string;
  communeCode: string | null;
  audiences: A[];
  /** The seeded seminar (a training) whose days or workshops were given at the event. */
  trainings?: { seminar: string; part: 'SEMINAR_AND_WORKSHOPS' | 'WORKSHOPS' };
  contributionCallCode?: string;
}

/**
 * The programmes' public events named by the issue. Dates of the two seminars are the published ones
 * (and those of their seeded trainings). Venues are plausible (the halls are not published in our
 * sources): the communes are right, the halls' names are stand-ins. The WebiDée online session is
 * dated 5 October 2022: 2024's is a Saturday and 2025's falls after Cher's programme (2022-09 →
 * 2025-08); of 2022 and 2023, 2022 is the year the Cher teams discovered the calls, and the date lies
 * in the first campaign of the themed calls (opened 3 October 2022), which the session presented.
 * Finistère's ExplorCamp date is plausible, not published.
 */
const EVENTS: EventSeed[] = [
  {
    code: '18-TERRE-NUMERIQUE-2022',
    departmentCode: '18',
    title: 'Séminaire « Terre numérique »',
    description:
      "Deux journées à Vierzon : conférences, présentation des contributions des écoles et ateliers ExplorCamp, ouvertes aux enseignants, à l'encadrement, aux élus et aux partenaires.",
    kind: EventKind.SEMINAR,
    format: EventFormat.ON_SITE,
    startsOn: '2022-11-16',
    endsOn: '2022-11-17',
    venue: 'Salle des fêtes de Vierzon',
    communeCode: '18279',
    audiences: [A.TEACHERS, A.SCHOOL_HEADS, A.INSPECTORS, A.DIGITAL_ADVISERS, A.ELECTED_OFFICIALS, A.PARTNERS],
    trainings: { seminar: 'Séminaire « Terre numérique »', part: 'SEMINAR_AND_WORKSHOPS' },
    contributionCallCode: '18-TERRE-NUMERIQUE',
  },
  {
    code: '18-EXPLORCAMP-2022',
    departmentCode: '18',
    title: 'ExplorCamp du séminaire « Terre numérique »',
    description: 'Espace de découverte animé avec Réseau Canopé : robotique, création numérique, oral, socle numérique.',
    kind: EventKind.EXPLORCAMP,
    format: EventFormat.ON_SITE,
    startsOn: '2022-11-16',
    endsOn: '2022-11-17',
    venue: 'Salle des fêtes de Vierzon',
    communeCode: '18279',
    audiences: [A.TEACHERS, A.SCHOOL_HEADS, A.DIGITAL_ADVISERS],
    trainings: { seminar: 'Séminaire « Terre numérique »', part: 'WORKSHOPS' },
  },
  {
    code: '18-WEBIDEE-2022',
    departmentCode: '18',
    title: 'WebiDée : des idées pour les projets TNE',
    description: 'Session en ligne présentant les appels à projets du TNE du Cher et des exemples de projets.',
    kind: EventKind.WEBINAR,
    format: EventFormat.ONLINE,
    startsOn: '2022-10-05',
    endsOn: '2022-10-05',
    venue: 'Classe virtuelle',
    communeCode: null,
    audiences: [A.TEACHERS, A.SCHOOL_HEADS],
  },
  {
    code: '29-SEMINAIRE-2023',
    departmentCode: '29',
    title: '« Le TNE, laboratoire des nouvelles modalités de formation »',
    description:
      'Séminaire du TNE du Finistère : formations hybrides, communautés de pratique, ateliers ; enseignants, encadrement, collectivités et partenaires.',
    kind: EventKind.SEMINAR,
    format: EventFormat.ON_SITE,
    startsOn: '2023-11-20',
    endsOn: '2023-11-21',
    venue: 'Centre de congrès de Quimper',
    communeCode: '29232',
    audiences: [A.TEACHERS, A.SCHOOL_HEADS, A.INSPECTORS, A.DIGITAL_ADVISERS, A.ELECTED_OFFICIALS, A.PARTNERS],
    trainings: { seminar: 'Séminaire TNE du Finistère', part: 'SEMINAR_AND_WORKSHOPS' },
  },
  {
    code: '29-EXPLORCAMP-2024',
    departmentCode: '29',
    title: 'ExplorCamp du Finistère',
    description: "Après-midi de découverte d'outils numériques à l'Atelier Canopé, ouvert aux enseignants et aux parents.",
    kind: EventKind.EXPLORCAMP,
    format: EventFormat.ON_SITE,
    startsOn: '2024-03-13',
    endsOn: '2024-03-13',
    venue: 'Atelier Canopé du Finistère',
    communeCode: '29019',
    audiences: [A.TEACHERS, A.PARENTS, A.PARTNERS],
  },
];

/** The seeded trainings given at an event: the seminar and its workshops, or the workshops alone. */
async function trainingsOf(tx: EntityManager, seed: EventSeed): Promise<Training[]> {
  if (!seed.trainings) return [];
  const { seminar, part } = seed.trainings;
  const department = seed.departmentCode;
  const workshops = { department, parent: { title: seminar, department } };
  return tx.find(Training, part === 'WORKSHOPS' ? workshops : { $or: [{ department, title: seminar, parent: null }, workshops] });
}

async function addEvent(tx: EntityManager, seed: EventSeed): Promise<void> {
  checkEventDates(seed);
  for (const day of [seed.startsOn, seed.endsOn]) checkWithinProgramme(programmeOf(seed.departmentCode), day, `The event "${seed.title}"`, 'startsOn');
  const { departmentCode, communeCode, trainings: _trainings, contributionCallCode, ...fields } = seed;
  const event = tx.create(Event, {
    ...fields,
    department: tx.getReference(Department, departmentCode),
    commune: communeCode ? tx.getReference(Commune, communeCode) : null,
    contributionCall: contributionCallCode ? await tx.findOneOrFail(Call, { code: contributionCallCode }) : null,
  });
  event.trainings.set(await trainingsOf(tx, seed));
}

/** The programmes' events, linked to the seminars' trainings and calls seeded before them. */
export const eventsSeed: SeedStep = {
  name: 'events',
  demo: true,
  done: async (em) => (await em.count(Event)) > 0,
  run: async (tx) => {
    for (const seed of EVENTS) await addEvent(tx, seed);
  },
};
