import type { EntityManager } from '@mikro-orm/postgresql';
import { householdLoaders } from './households/household.loaders.js';
import { departmentWorkshopsLoader, schoolWorkshopsLoader } from './workshops/workshop.loaders.js';
import { parentalityKpiLoaders } from './workshops/workshop.kpi-loaders.js';
import { parentalityMonthlyLoader } from './workshops/workshop.monthly.js';
import { attendanceGridLoader } from './workshops/workshop.attendance.js';
import { partnerLoader } from './partners/partner.loaders.js';

/** Fresh loaders for one request. */
export function createParentalityLoaders(em: EntityManager) {
  return {
    departmentWorkshops: departmentWorkshopsLoader(em),
    schoolWorkshops: schoolWorkshopsLoader(em),
    ...parentalityKpiLoaders(em),
    parentalityMonthly: parentalityMonthlyLoader(em),
    attendanceGrid: attendanceGridLoader(em),
    partner: partnerLoader(em),
    ...householdLoaders(em),
  };
}

export type ParentalityLoaders = ReturnType<typeof createParentalityLoaders>;
