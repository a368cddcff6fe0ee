import type { EntityManager } from '@mikro-orm/postgresql';
import { totalsByPeriod } from '../../../platform/loaders.js';
import type { WorkshopTotals } from './workshop.kpis.js';

/** Workshops held, their attendance and whom they reached among it, per department or school, over a period. */
const workshopTotals = (em: EntityManager, key: 'department_code' | 'school_uai') =>
  totalsByPeriod<WorkshopTotals>(em, {
    table: 'workshop',
    key,
    date: 'held_on',
    select: `count(*)::int as workshops, coalesce(sum(attendance), 0)::int as attendance,
             coalesce(sum(girls_reached), 0)::int as girls, coalesce(sum(special_needs_reached), 0)::int as special_needs`,
    read: (row) => ({
      workshops: Number(row.workshops),
      attendance: Number(row.attendance),
      girls: Number(row.girls),
      specialNeeds: Number(row.special_needs),
    }),
    empty: () => ({ workshops: 0, attendance: 0, girls: 0, specialNeeds: 0 }),
  });

export const departmentWorkshopsLoader = (em: EntityManager) => workshopTotals(em, 'department_code');
export const schoolWorkshopsLoader = (em: EntityManager) => workshopTotals(em, 'school_uai');
