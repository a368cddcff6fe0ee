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
  // Both over every project where recorded, not only those of one theme: girls towards digital careers
  // and the school's inclusion are every project's concern (a robotics club that draws girls or welcomes
  // the pupils of a ULIS counts), and a department may offer neither theme (Finistère's five do not
  // include GIRLS_AND_DIGITAL).
  GIRLS_REACHED: {
    label: 'Filles touchées par les projets',
    description: 'Girls among the pupils reached by the projects submitted in the period, where recorded (filles touchées).',
    unit: COUNT,
    field: 'projects.girlsReached',
    value: SUBMITTED.sum('girlsReached'),
  },
  SPECIAL_NEEDS_PUPILS_REACHED: {
    label: 'Élèves à besoins éducatifs particuliers touchés par les projets',
    description:
      'Pupils with special educational needs among the pupils reached by the projects submitted in the period, where recorded (élèves à besoins éducatifs particuliers touchés).',
    unit: COUNT,
    field: 'projects.specialNeedsReached',
    value: SUBMITTED.sum('specialNeedsReached'),
  },
} satisfies Record<string, PedagogyIndicatorEntry>;
