import type { EntityManager } from '@mikro-orm/postgresql';
import { departmentGrantsLoader, schoolGrantsLoader } from './grants/grant.loaders.js';

/** Fresh loaders for one request. */
export function createFinanceLoaders(em: EntityManager) {
  return {
    departmentGrants: departmentGrantsLoader(em),
    schoolGrants: schoolGrantsLoader(em),
  };
}

export type FinanceLoaders = ReturnType<typeof createFinanceLoaders>;
