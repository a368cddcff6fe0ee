import type { EntityManager } from '@mikro-orm/postgresql';
import { loaderByKey, loaderOfMany } from '../../platform/loaders.js';
import { Commune } from './communes/commune.entity.js';
import { Epci } from './communes/epci.entity.js';
import { Department } from './departments/department.entity.js';
import { eventLoaders } from './events/event.loaders.js';
import { contactLoaders } from './contacts/programme-contact.loaders.js';
import { pedagogyMonthlyLoader } from './departments/department.monthly.js';
import { departmentStatsLoader } from './departments/department.stats.js';
import { crcnLoaders } from './pix/crcn.loaders.js';
import { pixLoaders } from './pix/pix.loaders.js';
import { projectKpiLoaders } from './projects/project.kpis.js';
import { projectLoaders } from './projects/project.loaders.js';
import { resourceLoaders } from './resources/resource.loaders.js';
import { School } from './schools/school.entity.js';
import { Circonscription } from './schools/circonscription.entity.js';
import { Bassin } from './schools/bassin.entity.js';
import { trainingLoaders } from './training/training.loaders.js';

/** Fresh loaders for one request: each list below resolves in one SQL statement per kind. */
export function createPedagogyLoaders(em: EntityManager) {
  return {
    ...crcnLoaders(em),
    ...pixLoaders(em),
    ...trainingLoaders(em),
    ...eventLoaders(em),
    ...contactLoaders(em),
    ...resourceLoaders(em),
    ...projectLoaders(em),
    ...projectKpiLoaders(em),
    department: loaderByKey(em, Department, 'code'),
    commune: loaderByKey(em, Commune, 'code'),
    epci: loaderByKey(em, Epci, 'siren'),
    school: loaderByKey(em, School, 'uai'),
    circonscription: loaderByKey(em, Circonscription, 'code'),
    bassin: loaderByKey(em, Bassin, 'code'),
    bassinsOfDepartment: loaderOfMany(em, Bassin, 'department', (b) => b.department.unwrap().code, { name: 'asc' }),
    circonscriptionsOfDepartment: loaderOfMany(em, Circonscription, 'department', (c) => c.department.unwrap().code, { name: 'asc' }),
    departmentStats: departmentStatsLoader(em),
    pedagogyMonthly: pedagogyMonthlyLoader(em),
    communesOfDepartment: loaderOfMany(em, Commune, 'department', (c) => c.department.unwrap().code, { name: 'asc' }),
    communesOfEpci: loaderOfMany(em, Commune, 'epci', (c) => c.epci?.unwrap().siren ?? null, { name: 'asc' }),
    schoolsOfCommune: loaderOfMany(em, School, 'commune', (s) => s.commune.unwrap().code, { uai: 'asc' }),
  };
}

export type PedagogyLoaders = ReturnType<typeof createPedagogyLoaders>;
