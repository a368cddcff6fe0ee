import type { EntityManager } from '@mikro-orm/postgresql';
import { periodAggregateLoader, placeholders, rangeCondition } from '../../common/loaders.js';
import type { DateRange } from '../../common/period.js';
import type { WorkshopTotals } from './workshop.kpis.js';

const none = (): WorkshopTotals => ({ workshops: 0, attendance: 0 });

/** Workshop totals grouped by a key column: one statement per distinct period for all keys. */
function workshopTotals(em: EntityManager, column: 'department_code' | 'school_uai') {
  return periodAggregateLoader<WorkshopTotals>(async (keys, range: DateRange) => {
    const period = rangeCondition('held_on', range);
    const rows = await em.getConnection().execute<Array<{ key: string; workshops: number; attendance: number }>>(
      `select ${column} as key, count(*)::int as workshops, coalesce(sum(attendance), 0)::int as attendance
         from workshop where ${column} in (${placeholders(keys)}) and ${period.sql} group by ${column}`,
      [...keys, ...period.params],
    );
    return new Map(rows.map((r) => [r.key, { workshops: Number(r.workshops), attendance: Number(r.attendance) }]));
  }, none);
}

export const departmentWorkshopsLoader = (em: EntityManager) => workshopTotals(em, 'department_code');
export const schoolWorkshopsLoader = (em: EntityManager) => workshopTotals(em, 'school_uai');
