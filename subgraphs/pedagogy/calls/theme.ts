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
}

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
  },
});
