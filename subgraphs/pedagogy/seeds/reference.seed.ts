import type { EntityManager } from '@mikro-orm/postgresql';
import { Commune } from '../communes/commune.entity.js';
import { Epci } from '../communes/epci.entity.js';
import { Department } from '../departments/department.entity.js';
import { ACADEMY_OF, TNE_DEPARTMENTS } from '../departments/department.facts.js';
import type { SeedStep } from '../../../platform/seeds/steps.js';
import { loadDemoSchools } from '../../../platform/seeds/demo-schools.js';
import { School, type SchoolKind, type SchoolSector } from '../schools/school.entity.js';
import { Circonscription } from '../schools/circonscription.entity.js';
import { Bassin } from '../schools/bassin.entity.js';
import { refreshSummariesIn, SUMMARIES } from '../summaries.js';
import {
  readAdministrative,
  readReferenceExtract,
  type RawCommune,
  type RawDepartment,
  type RawEpci,
  type RawRegion,
} from '../../../platform/seeds/administrative.js';
import { demoCommunes } from '../../../platform/seeds/demo-schools.js';

/** Every department (101) with real names, regions, académies and populations; TNE facts. */
export async function seedDepartments(em: EntityManager, population: Readonly<Record<string, number>>): Promise<void> {
  const [departments, regions] = await Promise.all([readAdministrative<RawDepartment>('departements'), readAdministrative<RawRegion>('regions')]);
  const regionName = new Map(regions.map((r) => [r.code, r.nom]));
  for (const raw of departments) {
    const academy = ACADEMY_OF.get(raw.code);
    if (!academy) continue; // overseas collectivities are not departments
    const tne = TNE_DEPARTMENTS.get(raw.code);
    em.create(Department, {
      code: raw.code,
      name: raw.nom,
      regionCode: raw.region,
      regionName: regionName.get(raw.region) ?? raw.region,
      academy,
      population: population[raw.code] ?? 0,
      tneCohortYear: tne?.cohortYear ?? null,
      programmeStart: tne?.programmeStart ?? null,
      programmeEnd: tne?.programmeEnd ?? null,
    });
  }
}

/** Communes of the seeded departments and the EPCIs they belong to, with membership. */
export function seedCommunes(em: EntityManager, communes: RawCommune[], epcis: RawEpci[]): Commune[] {
  const local = demoCommunes(communes);
  const localCodes = new Set(local.map((c) => c.code));
  const epciOf = new Map<string, Epci>();
  for (const raw of epcis) {
    if (!raw.membres.some((m) => localCodes.has(m.code))) continue;
    const epci = em.create(Epci, { siren: raw.code, name: raw.nom, kind: raw.type, population: raw.populationMunicipale ?? 0 });
    for (const member of raw.membres) epciOf.set(member.code, epci);
  }
  return local.map((c) =>
    em.create(Commune, {
      code: c.code,
      name: c.nom,
      department: em.getReference(Department, c.departement!),
      epci: epciOf.get(c.code) ?? null,
      siren: c.siren ?? null,
      population: c.population ?? 0,
    }),
  );
}

/** Departments, and the communes and EPCIs of Cher and Finistère: real reference data. */
export const referenceSeed: SeedStep = {
  name: 'departments, communes, EPCIs',
  demo: false,
  done: async (em) => (await em.count(Department)) > 0,
  run: async (tx) => {
    const reference = await readReferenceExtract();
    await seedDepartments(tx, reference.populationByDepartment);
    seedCommunes(tx, reference.communes, reference.epcis);
  },
};

/** The demonstration schools of Cher and Finistère (generated from the real communes), in their circonscriptions and bassins. */
export const demoSchoolsSeed: SeedStep = {
  name: 'demonstration schools',
  demo: true,
  done: async (em) => (await em.count(School)) > 0,
  run: async (tx) => {
    for (const { departmentCode, communeCode, circonscriptionCode, bassinCode, ...school } of await loadDemoSchools()) {
      tx.create(School, {
        ...school,
        kind: school.kind as SchoolKind,
        sector: school.sector as SchoolSector,
        department: tx.getReference(Department, departmentCode),
        commune: tx.getReference(Commune, communeCode),
        circonscription: circonscriptionCode ? tx.getReference(Circonscription, circonscriptionCode) : null,
        bassin: bassinCode ? tx.getReference(Bassin, bassinCode) : null,
      });
    }
    await tx.flush();
    await refreshSummariesIn(tx, SUMMARIES.schools);
  },
};
