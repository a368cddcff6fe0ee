import { COUNT, HOURS, from, type PedagogyIndicatorEntry } from '../indicator-entries.js';

/** Pedagogy indicators of training sessions held in the period (entries of the catalogue, pedagogy/indicators.ts). */
export const TRAINING_INDICATORS = {
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
} satisfies Record<string, PedagogyIndicatorEntry>;
