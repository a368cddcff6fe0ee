import { IndicatorCatalogue, type IndicatorDeclaration, IndicatorUnit } from '../common/indicators.js';
import { type PeriodKey, periodKey } from '../common/loaders.js';
import type { DateRange } from '../common/period.js';
import type { PedagogyContext } from './context.js';
import type { PedagogyLoaders } from './loaders.js';

type Entry = IndicatorDeclaration<PedagogyContext>;
const { COUNT, HOURS, RATE, MEAN } = IndicatorUnit;

/** An indicator read from the loader of its KPI group: one statement for every department. */
const from =
  <R>(pick: (l: PedagogyLoaders) => { load(key: PeriodKey): Promise<R> }, read: (row: R) => number | null) =>
  async (ctx: PedagogyContext, code: string, range: DateRange) =>
    read(await pick(ctx.loaders).load(periodKey(code, range)));

const DOMAINS = ['information et données', 'communication et collaboration', 'création de contenus', 'protection et sécurité', 'environnement numérique'];
const domainLevel = (n: number): Entry => ({
  label: `Niveau moyen Pix, domaine ${n} (${DOMAINS[n - 1]})`,
  description: `Mean level in CRCN domain ${n} of the Pix results (niveau moyen).`,
  unit: MEAN,
  field: 'pix.meanLevelByDomain',
  value: from(
    (l) => l.pixDomainLevels,
    (levels) => levels[String(n)] ?? null,
  ),
});

/** The pedagogy indicators, each declared once. */
export const PEDAGOGY_INDICATORS = new IndicatorCatalogue('pedagogy', {
  SCHOOLS: {
    label: 'Établissements',
    description: 'Schools recorded (établissements).',
    unit: COUNT,
    field: 'schools',
    value: from(
      (l) => l.departmentStats,
      (s) => s.schools,
    ),
  },
  TNE_SCHOOLS: {
    label: 'Établissements TNE',
    description: 'Schools that had joined the TNE by the end of the period (établissements TNE).',
    unit: COUNT,
    field: 'tneSchools',
    value: from(
      (l) => l.departmentStats,
      (s) => s.tneSchools,
    ),
  },
  PUPILS_REACHED: {
    label: 'Élèves touchés',
    description: 'Pupils of the TNE schools (élèves touchés).',
    unit: COUNT,
    field: 'pupilsReached',
    value: from(
      (l) => l.departmentStats,
      (s) => s.tnePupils,
    ),
  },
  PROJECTS: {
    label: 'Projets déposés',
    description: 'Projects submitted in the period (projets déposés).',
    unit: COUNT,
    field: 'projects.projects',
    monthly: 'projectsSubmitted',
    value: from(
      (l) => l.projectTotals,
      (t) => t.projects,
    ),
  },
  PROJECTS_ACCEPTED: {
    label: 'Projets acceptés',
    description: 'Projects submitted in the period and accepted, under way or completed (projets acceptés).',
    unit: COUNT,
    field: 'projects.accepted',
    value: from(
      (l) => l.projectTotals,
      (t) => t.accepted,
    ),
  },
  PROJECT_PUPILS_REACHED: {
    label: 'Élèves concernés par les projets',
    description: 'Pupils reached by the projects submitted in the period.',
    unit: COUNT,
    field: 'projects.pupilsReached',
    value: from(
      (l) => l.projectTotals,
      (t) => t.pupils,
    ),
  },
  PROJECT_TEACHERS_REACHED: {
    label: 'Enseignants concernés par les projets',
    description: 'Teachers reached by the projects submitted in the period.',
    unit: COUNT,
    field: 'projects.teachersReached',
    value: from(
      (l) => l.projectTotals,
      (t) => t.teachers,
    ),
  },
  TRAININGS: {
    label: 'Formations',
    description: 'Trainings with a session in the period (formations).',
    unit: COUNT,
    field: 'training.trainings',
    value: from(
      (l) => l.trainingKpis,
      (t) => t.trainings,
    ),
  },
  TRAINING_SESSIONS: {
    label: 'Sessions de formation',
    description: 'Training sessions held (sessions).',
    unit: COUNT,
    field: 'training.sessions',
    monthly: 'trainingSessions',
    value: from(
      (l) => l.trainingKpis,
      (t) => t.sessions,
    ),
  },
  TRAINING_HOURS: {
    label: 'Heures de formation dispensées',
    description: 'Training hours delivered (heures dispensées).',
    unit: HOURS,
    field: 'training.hoursDelivered',
    monthly: 'trainingHours',
    value: from(
      (l) => l.trainingKpis,
      (t) => t.hours,
    ),
  },
  TEACHER_HOURS: {
    label: 'Heures-stagiaires',
    description: 'Hours times teachers present (heures-stagiaires).',
    unit: HOURS,
    field: 'training.teacherHours',
    value: from(
      (l) => l.trainingKpis,
      (t) => t.teacherHours,
    ),
  },
  TEACHERS_TRAINED: {
    label: 'Enseignants formés (présences)',
    description: 'Teachers present at training sessions, summed (présences).',
    unit: COUNT,
    field: 'training.teachersTrained',
    monthly: 'teachersTrained',
    value: from(
      (l) => l.trainingKpis,
      (t) => t.attended,
    ),
  },
  PIX_CANDIDATES: {
    label: 'Candidats à la certification Pix',
    description: 'Pupils who took the Pix certification (candidats).',
    unit: COUNT,
    field: 'pix.candidates',
    value: from(
      (l) => l.pixTotals,
      (t) => t.candidates,
    ),
  },
  PIX_CERTIFIED: {
    label: 'Élèves certifiés Pix',
    description: 'Pupils certified by Pix (certifiés).',
    unit: COUNT,
    field: 'pix.certified',
    value: from(
      (l) => l.pixTotals,
      (t) => t.certified,
    ),
  },
  PIX_CERTIFICATION_RATE: {
    label: 'Taux de certification Pix',
    description: 'Certified per candidate, 0 to 1 (taux de certification).',
    unit: RATE,
    field: 'pix.certificationRate',
    value: from(
      (l) => l.pixTotals,
      (t) => t.certificationRate,
    ),
  },
  PIX_MEAN_SCORE: {
    label: 'Score Pix moyen',
    description: 'Mean Pix score of the candidates (score moyen).',
    unit: MEAN,
    field: 'pix.meanScore',
    value: from(
      (l) => l.pixTotals,
      (t) => t.meanScore,
    ),
  },
  PIX_MEAN_LEVEL_DOMAIN_1: domainLevel(1),
  PIX_MEAN_LEVEL_DOMAIN_2: domainLevel(2),
  PIX_MEAN_LEVEL_DOMAIN_3: domainLevel(3),
  PIX_MEAN_LEVEL_DOMAIN_4: domainLevel(4),
  PIX_MEAN_LEVEL_DOMAIN_5: domainLevel(5),
  RESOURCE_DEPLOYMENTS: {
    label: 'Déploiements de ressources',
    description: 'Resource deployments started in the period (déploiements).',
    unit: COUNT,
    field: 'resources.deployments',
    monthly: 'deploymentsStarted',
    value: from(
      (l) => l.resourceKpis,
      (t) => t.deployments,
    ),
  },
  RESOURCE_UNITS: {
    label: 'Unités déployées',
    description: 'Units deployed: kits, sets, accounts… (unités).',
    unit: COUNT,
    field: 'resources.units',
    value: from(
      (l) => l.resourceKpis,
      (t) => t.units,
    ),
  },
  SCHOOLS_EQUIPPED: {
    label: 'Établissements équipés',
    description: 'Schools with a deployment started in the period (établissements équipés).',
    unit: COUNT,
    field: 'resources.schoolsEquipped',
    value: from(
      (l) => l.resourceKpis,
      (t) => t.schools,
    ),
  },
});
