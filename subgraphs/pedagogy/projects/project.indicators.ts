import { AggregateSource } from '../../../platform/indicator-source.js';
import { Theme } from '../calls/theme.js';
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
  GIRLS_REACHED: {
    label: 'Filles touchées par les projets « filles et numérique »',
    description: 'Girls among the pupils reached by the GIRLS_AND_DIGITAL projects submitted in the period (filles touchées).',
    unit: COUNT,
    field: 'projects.girlsReached',
    value: SUBMITTED.sum('girlsReached', { themes: { holds: Theme.GIRLS_AND_DIGITAL } }),
  },
  // Every project, not only the INCLUSION ones: the school's inclusion is every project's concern
  // (a robotics club that welcomes pupils of a ULIS counts), and projects record it only when known.
  SPECIAL_NEEDS_PUPILS_REACHED: {
    label: 'Élèves à besoins éducatifs particuliers touchés par les projets',
    description:
      'Pupils with special educational needs among the pupils reached by the projects submitted in the period, where recorded (élèves à besoins éducatifs particuliers touchés).',
    unit: COUNT,
    field: 'projects.specialNeedsReached',
    value: SUBMITTED.sum('specialNeedsReached'),
  },
} satisfies Record<string, PedagogyIndicatorEntry>;
