import { COUNT, from, type PedagogyIndicatorEntry } from '../indicator-entries.js';

/** Pedagogy indicators of the department: its schools and the TNE (entries of the catalogue, pedagogy/indicators.ts). */
export const DEPARTMENT_INDICATORS = {
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
} satisfies Record<string, PedagogyIndicatorEntry>;
