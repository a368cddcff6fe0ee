import { registerEnumType } from 'type-graphql';

/** Themes of calls and projects (thématiques). */
export enum Theme {
  ROBOTICS_CODING = 'ROBOTICS_CODING',
  DIGITAL_CREATION = 'DIGITAL_CREATION',
  MOVING_WITH_DIGITAL = 'MOVING_WITH_DIGITAL',
  ORAL_AND_DIGITAL = 'ORAL_AND_DIGITAL',
  GIRLS_AND_DIGITAL = 'GIRLS_AND_DIGITAL',
  DIGITAL_FOUNDATION = 'DIGITAL_FOUNDATION',
  INCLUSION = 'INCLUSION',
  PARENTALITY = 'PARENTALITY',
  CITIZENSHIP = 'CITIZENSHIP',
  RESPONSIBLE_DIGITAL = 'RESPONSIBLE_DIGITAL',
  PEDAGOGICAL_CONTINUITY = 'PEDAGOGICAL_CONTINUITY',
  SCHOOL_NETWORKS = 'SCHOOL_NETWORKS',
}

/**
 * Finistère's five themes, in which its calls' projects are filed. Chosen from the objectives its
 * seven pilot territories wrote (equity and inclusive digital, sober uses, a territorial education
 * policy, schools working as a network, pupils trained along their path) and the council's stated
 * priorities (special needs, false news): the académie's page says there are five but the list was
 * not found in the published text, so these are the closest published TNE priorities.
 */
export const FINISTERE_THEMES: readonly Theme[] = [
  Theme.INCLUSION,
  Theme.CITIZENSHIP,
  Theme.RESPONSIBLE_DIGITAL,
  Theme.PEDAGOGICAL_CONTINUITY,
  Theme.SCHOOL_NETWORKS,
];

/** The themes added for Finistère's calls, which Cher's and the national data set's calls do not offer. */
export const FINISTERE_ONLY_THEMES: ReadonlySet<Theme> = new Set([Theme.RESPONSIBLE_DIGITAL, Theme.PEDAGOGICAL_CONTINUITY, Theme.SCHOOL_NETWORKS]);

registerEnumType(Theme, {
  name: 'Theme',
  description: 'Theme of a call or a project (thématique).',
  valuesConfig: {
    ROBOTICS_CODING: { description: 'Robotics and coding (robotique et codage).' },
    DIGITAL_CREATION: { description: 'Digital creation (création numérique).' },
    MOVING_WITH_DIGITAL: { description: 'Moving with digital (bouger avec le numérique).' },
    ORAL_AND_DIGITAL: { description: 'Oral skills and digital (oral et numérique).' },
    GIRLS_AND_DIGITAL: { description: 'Girls and digital (filles et numérique).' },
    DIGITAL_FOUNDATION: { description: 'Digital foundation for schools (socle numérique).' },
    INCLUSION: { description: 'Inclusion (école inclusive).' },
    PARENTALITY: { description: 'Parents and families (parentalité).' },
    CITIZENSHIP: { description: 'Digital citizenship (citoyenneté numérique, éducation aux médias).' },
    RESPONSIBLE_DIGITAL: { description: 'Responsible and sober digital uses (numérique responsable et sobriété des usages).' },
    PEDAGOGICAL_CONTINUITY: { description: 'Pedagogical continuity, at school and at home (continuité pédagogique, hybridation).' },
    SCHOOL_NETWORKS: { description: 'Schools working as a network in their territory (travail en réseau, liaison école-collège).' },
  },
});
