import { COUNT, from, type PedagogyIndicatorEntry } from '../indicator-entries.js';

/** Pedagogy indicators of projects submitted in the period (entries of the catalogue, pedagogy/indicators.ts). */
export const PROJECT_INDICATORS = {
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
} satisfies Record<string, PedagogyIndicatorEntry>;
