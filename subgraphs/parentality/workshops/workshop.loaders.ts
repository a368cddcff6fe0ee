import type { EntityManager } from '@mikro-orm/postgresql';
import { totalsByPeriod } from '../../../platform/loaders.js';
import type { WorkshopTotals } from './workshop.kpis.js';

/** Workshops held and their attendance per department or school, over a period. */
const workshopTotals = (em: EntityManager, key: 'department_code' | 'school_uai') =>
  totalsByPeriod<WorkshopTotals>(em, {
    table: 'workshop',
    key,
    date: 'held_on',
    select: 'count(*)::int as workshops, coalesce(sum(attendance), 0)::int as attendance',
    read: (row) => ({ workshops: Number(row.workshops), attendance: Number(row.attendance) }),
    empty: () => ({ workshops: 0, attendance: 0 }),
  });

export const departmentWorkshopsLoader = (em: EntityManager) => workshopTotals(em, 'department_code');
export const schoolWorkshopsLoader = (em: EntityManager) => workshopTotals(em, 'school_uai');
