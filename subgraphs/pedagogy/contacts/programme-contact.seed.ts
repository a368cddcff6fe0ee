import type { SeedStep } from '../../../platform/seeds/steps.js';
import { Department } from '../departments/department.entity.js';
import { ContactOrganisation, ProgrammeContact, ProgrammeRole } from './programme-contact.entity.js';
import { checkFunctionalMailbox } from './programme-contact.rules.js';

type Seeded = [ProgrammeRole, ContactOrganisation, string, string];

/**
 * Each demonstration department's programme roles and their functional mailboxes. Stand-ins: the
 * domains are the académies' and councils' (ac-orleans-tours.fr, ac-rennes.fr, departement18.fr,
 * finistere.fr) but the mailboxes' local parts are not verified; no person is named.
 */
const CONTACTS: Record<string, Seeded[]> = {
  '18': [
    [ProgrammeRole.PROJECT_LEAD, ContactOrganisation.DSDEN, 'Chef de projet TNE du Cher', 'tne18@ac-orleans-tours.fr'],
    [ProgrammeRole.ERUN_REFERENT, ContactOrganisation.DRANE, 'Référents ERUN du Cher', 'erun18@ac-orleans-tours.fr'],
    [ProgrammeRole.CHARGE_DE_MISSION, ContactOrganisation.DRANE, 'Chargé de mission numérique éducatif, DRANE Orléans-Tours', 'drane@ac-orleans-tours.fr'],
    [ProgrammeRole.COUNCIL_REFERENT, ContactOrganisation.DEPARTMENT_COUNCIL, 'Référent TNE du Conseil départemental du Cher', 'tne@departement18.fr'],
    [
      ProgrammeRole.PARENTALITY_COORDINATOR,
      ContactOrganisation.DEPARTMENT_COUNCIL,
      'Coordination parentalité numérique du Cher',
      'parentalite.tne@departement18.fr',
    ],
  ],
  '29': [
    [ProgrammeRole.PROJECT_LEAD, ContactOrganisation.DSDEN, 'Chef de projet TNE du Finistère', 'tne29@ac-rennes.fr'],
    [ProgrammeRole.ERUN_REFERENT, ContactOrganisation.DRANE, 'Référents ERUN du Finistère', 'erun29@ac-rennes.fr'],
    [ProgrammeRole.CHARGE_DE_MISSION, ContactOrganisation.DRANE, 'Chargé de mission numérique éducatif, DRANE Bretagne', 'drane@ac-rennes.fr'],
    [ProgrammeRole.COUNCIL_REFERENT, ContactOrganisation.DEPARTMENT_COUNCIL, 'Référent TNE du Conseil départemental du Finistère', 'tne@finistere.fr'],
    [
      ProgrammeRole.PARENTALITY_COORDINATOR,
      ContactOrganisation.DEPARTMENT_COUNCIL,
      'Coordination parentalité numérique du Finistère',
      'parentalite.tne@finistere.fr',
    ],
  ],
};

/** The programme contacts of Cher and Finistère, each mailbox checked as a functional one. */
export const programmeContactsSeed: SeedStep = {
  name: 'programme contacts',
  demo: true,
  done: async (em) => (await em.count(ProgrammeContact)) > 0,
  run: async (tx) => {
    for (const [code, contacts] of Object.entries(CONTACTS)) {
      for (const [role, organisation, label, mailbox] of contacts) {
        tx.create(ProgrammeContact, { department: tx.getReference(Department, code), role, organisation, label, mailbox: checkFunctionalMailbox(mailbox) });
      }
    }
  },
};
