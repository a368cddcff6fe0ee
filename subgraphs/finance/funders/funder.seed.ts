import type { EntityManager } from '@mikro-orm/postgresql';
import { readReferenceExtract } from '../../../platform/seeds/administrative.js';
import type { SeedStep } from '../../../platform/seeds/steps.js';
import { Funder, FunderKind } from './funder.entity.js';

/** The TNE departments whose collectivities are recorded as funders, with their region. */
export const FUNDED_DEPARTMENTS = [
  { code: '18', name: 'Cher', region: { code: '24', name: 'Centre-Val de Loire' } },
  { code: '29', name: 'Finistère', region: { code: '53', name: 'Bretagne' } },
] as const;

const TNE_DEPARTMENTS = ['02', '95', '13', '18', '2A', '25', '29', '971', '34', '38', '86', '88'];

function create(tx: EntityManager, kind: FunderKind, name: string, territoryCode: string | null, departmentCodes: string[]) {
  return tx.create(Funder, { kind, name, territoryCode, departmentCodes });
}

/**
 * The funders of Cher and Finistère: the State programme, both regions and department councils,
 * and every EPCI and commune of the two departments (real names and codes, from the extract of
 * the administrative division). Reference data: they exist whether or not they fund anything yet.
 */
export const fundersSeed: SeedStep = {
  name: 'funders',
  demo: false,
  done: async (em) => (await em.count(Funder)) > 0,
  run: async (tx) => {
    create(tx, FunderKind.STATE, "État — Programme d'investissement d'avenir, opéré par la Banque des Territoires", null, TNE_DEPARTMENTS);
    for (const department of FUNDED_DEPARTMENTS) {
      create(tx, FunderKind.REGION, `Région ${department.region.name}`, department.region.code, [department.code]);
      create(tx, FunderKind.DEPARTMENT_COUNCIL, `Conseil départemental — ${department.name}`, department.code, [department.code]);
    }
    const reference = await readReferenceExtract();
    const departmentOf = new Map(reference.communes.map((c) => [c.code, c.departement!]));
    for (const epci of reference.epcis) {
      const departments = [...new Set(epci.membres.map((m) => departmentOf.get(m.code)).filter((d): d is string => !!d))];
      create(tx, FunderKind.EPCI, epci.nom, epci.code, departments);
    }
    for (const commune of reference.communes) create(tx, FunderKind.COMMUNE, `Commune de ${commune.nom}`, commune.code, [commune.departement!]);
  },
};
