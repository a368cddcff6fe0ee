import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../../common/logger.js';
import { readReferenceExtract } from '../../common/seeds/administrative.js';
import { loadDemoSchools } from '../../common/seeds/demo-schools.js';
import { Commune } from '../communes/commune.entity.js';
import { Department } from '../departments/department.entity.js';
import { School, type SchoolKind, type SchoolSector } from '../schools/school.entity.js';
import { seedCommunes, seedDepartments } from './reference.seed.js';

/** Seeds pedagogy's reference data once: a database that already has departments is left alone. */
export async function seedPedagogy(em: EntityManager, logger: Logger): Promise<void> {
  if ((await em.count(Department)) > 0) return;
  const started = Date.now();
  const reference = await readReferenceExtract();
  const schools = await loadDemoSchools(reference.communes);
  await em.transactional(async (tx) => {
    await seedDepartments(tx, reference.populationByDepartment);
    seedCommunes(tx, reference.communes, reference.epcis);
    for (const { departmentCode, communeCode, ...s } of schools) {
      tx.create(School, {
        ...s,
        kind: s.kind as SchoolKind,
        sector: s.sector as SchoolSector,
        department: tx.getReference(Department, departmentCode),
        commune: tx.getReference(Commune, communeCode),
      });
    }
  });
  logger.info({ ms: Date.now() - started, schools: schools.length }, 'pedagogy seeded');
}
