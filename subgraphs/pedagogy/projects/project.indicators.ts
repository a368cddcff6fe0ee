import { AggregateSource } from '../../../platform/indicator-source.js';
import { COUNT, type PedagogyIndicatorEntry } from '../indicator-entries.js';
import { Project } from './project.entity.js';
import { ACCEPTED_STATUSES } from './project.lifecycle.js';

/** Projects by their department, in the period of their submission: one statement for every measure. */
const SUBMITTED = new AggregateSource(Project, 'department', 'submittedOn');

/** Pedagogy indicators of projects submitted in the period (entries of the catalogue, pedagogy/indicators.ts). */
export const PROJECT_INDICATORS = {
  PROJECTS: {
    label: 'Projets déposés',
    description: 'Projects submitted in the period (projets déposés).',
    unit: COUNT,
    field: 'projects.projects',
    monthly: 'projectsSubmitted',
    value: SUBMITTED.count(),
  },
  PROJECTS_ACCEPTED: {
    label: 'Projets acceptés',
    description: 'Projects submitted in the period and accepted, under way or completed (projets acceptés).',
    unit: COUNT,
    field: 'projects.accepted',
    value: SUBMITTED.count({ status: ACCEPTED_STATUSES }),
  },
  PROJECT_PUPILS_REACHED: {
    label: 'Élèves concernés par les projets',
    description: 'Pupils reached by the projects submitted in the period (élèves touchés).',
    unit: COUNT,
    field: 'projects.pupilsReached',
    value: SUBMITTED.sum('pupilsReached'),
  },
  PROJECT_TEACHERS_REACHED: {
    label: 'Enseignants concernés par les projets',
    description: 'Teachers reached by the projects submitted in the period (enseignants impliqués).',
    unit: COUNT,
    field: 'projects.teachersReached',
    value: SUBMITTED.sum('teachersReached'),
  },
} satisfies Record<string, PedagogyIndicatorEntry>;
