import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { ContactOrganisation, ProgrammeRole } from './programme-contact.entity.js';

registerEnumType(ProgrammeRole, {
  name: 'ProgrammeRole',
  description: 'A role in a department’s TNE programme (rôle dans le programme).',
  valuesConfig: {
    PROJECT_LEAD: { description: 'The programme’s project lead in the department (chef de projet TNE), at the DSDEN.' },
    ERUN_REFERENT: {
      description: 'Digital education adviser of the programme (référent ERUN, enseignant référent pour les usages du numérique, with the DRANE).',
    },
    CHARGE_DE_MISSION: { description: 'Officer in charge of a part of the programme (chargé de mission), e.g. at the DRANE.' },
    COUNCIL_REFERENT: { description: 'The Conseil départemental’s referent for the programme (référent du Conseil départemental).' },
    PARENTALITY_COORDINATOR: { description: 'Coordinator of the support to families (coordination parentalité numérique).' },
  },
});

registerEnumType(ContactOrganisation, {
  name: 'ContactOrganisation',
  description: 'The organisation that holds a programme role (structure de rattachement).',
  valuesConfig: {
    DSDEN: { description: 'Departmental services of the Éducation nationale (DSDEN).' },
    DRANE: { description: 'The académie’s digital education service (délégation régionale académique au numérique éducatif, DRANE).' },
    RECTORAT: { description: 'The académie’s rectorate (rectorat).' },
    DEPARTMENT_COUNCIL: { description: 'The department’s council (Conseil départemental).' },
    PREFECTURE: { description: 'The State’s prefecture (préfecture).' },
    CAF: { description: 'The family allowance fund (caisse d’allocations familiales, CAF).' },
  },
});

@ObjectType('ProgrammeContact', {
  description:
    'A contact of the department’s programme (contact du programme): a role, the organisation holding it and its functional mailbox — never a person’s name or address.',
})
export class ProgrammeContactType {
  @Field(() => ProgrammeRole, { description: 'Role (rôle).' })
  role!: ProgrammeRole;

  @Field(() => ContactOrganisation, { description: 'Organisation holding the role (structure).' })
  organisation!: ContactOrganisation;

  @Field({ description: 'Label of the role, in French (intitulé), e.g. « Chef de projet TNE du Cher ».' })
  label!: string;

  @Field({ description: 'Functional mailbox of the role (boîte fonctionnelle), never a personal address.' })
  mailbox!: string;
}
