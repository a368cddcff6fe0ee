import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_BASSINS, DEMO_CIRCONSCRIPTIONS, DEMO_DSDEN } from '../../../platform/seeds/demo-structure.js';
import type { SeedStep } from '../../../platform/seeds/steps.js';
import { Department } from '../departments/department.entity.js';
import { Bassin } from './bassin.entity.js';
import { Circonscription } from './circonscription.entity.js';

/** Bassins, circonscriptions and DSDEN of Cher and Finistère (platform/seeds/demo-structure.ts). */
async function seedStructure(tx: EntityManager): Promise<void> {
  for (const b of DEMO_BASSINS) tx.create(Bassin, { code: b.code, name: b.name, department: tx.getReference(Department, b.departmentCode) });
  for (const c of DEMO_CIRCONSCRIPTIONS) {
    tx.create(Circonscription, { code: c.code, name: c.name, department: tx.getReference(Department, c.departmentCode) });
  }
  const departments = await tx.find(Department, { code: { $in: DEMO_DSDEN.map((d) => d.departmentCode) } });
  for (const department of departments) {
    const dsden = DEMO_DSDEN.find((d) => d.departmentCode === department.code)!;
    department.dsdenName = dsden.name;
    department.dsdenAddress = dsden.address;
    department.dsdenPostalCode = dsden.postalCode;
    department.dsdenCommuneCode = dsden.communeCode;
  }
}

/**
 * The Éducation nationale's local structure of the demonstration departments. Demonstration data:
 * the circonscriptions' codes and some names are stand-ins, which a real directory import replaces.
 */
export const structureSeed: SeedStep = {
  name: 'bassins, circonscriptions, DSDEN',
  demo: true,
  done: async (em) => (await em.count(Bassin)) > 0,
  run: seedStructure,
};
