import type { EntityManager } from '@mikro-orm/postgresql';
import { departmentWorkshopsLoader, schoolWorkshopsLoader } from './workshops/workshop.loaders.js';

/** Fresh loaders for one request. */
export function createParentalityLoaders(em: EntityManager) {
  return {
    departmentWorkshops: departmentWorkshopsLoader(em),
    schoolWorkshops: schoolWorkshopsLoader(em),
  };
}

export type ParentalityLoaders = ReturnType<typeof createParentalityLoaders>;
