import type { Theme } from '../calls/theme.js';

/** The French name of each theme (thématique), for the titles and summaries people read. */
export const THEME_LABELS: Readonly<Record<Theme, string>> = {
  ROBOTICS_CODING: 'Robotique et codage',
  DIGITAL_CREATION: 'Création numérique',
  MOVING_WITH_DIGITAL: 'Bouger avec le numérique',
  ORAL_AND_DIGITAL: 'Oral et numérique',
  GIRLS_AND_DIGITAL: 'Filles et numérique',
  DIGITAL_FOUNDATION: 'Socle numérique',
  INCLUSION: 'Numérique inclusif',
  PARENTALITY: 'Parents et numérique',
  CITIZENSHIP: 'Citoyenneté numérique',
  RESPONSIBLE_DIGITAL: 'Numérique responsable',
  PEDAGOGICAL_CONTINUITY: 'Continuité pédagogique',
  SCHOOL_NETWORKS: 'Écoles en réseau',
};
