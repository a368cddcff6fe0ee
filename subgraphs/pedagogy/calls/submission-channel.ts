import { registerEnumType } from 'type-graphql';

/** How projects answering a call are submitted (modalité de dépôt). */
export enum SubmissionChannel {
  ACADEMY_FORM = 'ACADEMY_FORM',
  DEPARTMENT_E_SERVICES = 'DEPARTMENT_E_SERVICES',
  EMAIL = 'EMAIL',
}

registerEnumType(SubmissionChannel, {
  name: 'SubmissionChannel',
  description: 'How projects answering a call are submitted (modalité de dépôt).',
  valuesConfig: {
    ACADEMY_FORM: { description: "Online form of the académie (formulaire académique), e.g. Colibris in the académie d'Orléans-Tours." },
    DEPARTMENT_E_SERVICES: { description: 'Online procedure of the Conseil départemental (e-démarches), found by its label.' },
    EMAIL: { description: 'By email to a functional mailbox (adresse fonctionnelle).' },
  },
});
