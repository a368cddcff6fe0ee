import type { EntityManager } from '@mikro-orm/postgresql';
import { loaderByKey, loaderOfMany } from '../../../platform/loaders.js';
import { Resource, ResourceDeployment } from './resource.entity.js';
import { resourceKpisLoader } from './resource.kpis.js';

/** The resource feature's loaders, spread into the pedagogy loaders of each request. */
export const resourceLoaders = (em: EntityManager) => ({
  resource: loaderByKey(em, Resource, 'code'),
  resourceKpis: resourceKpisLoader(em),
  deploymentsOfSchool: loaderOfMany(em, ResourceDeployment, 'school', (d) => d.school.unwrap().uai, { since: 'asc', id: 'asc' }),
});
