import type { EntityManager } from '@mikro-orm/postgresql';
import { periodAggregateLoader, placeholders, rangeCondition } from '../../common/loaders.js';
import type { DateRange } from '../../common/period.js';
import type { GrantTotals } from './grant.kpis.js';

const none = (): GrantTotals => ({ count: 0, cents: 0 });

/** Grant totals grouped by a key column, one statement per distinct period for all keys. */
function grantTotals(em: EntityManager, column: 'department_code' | 'school_uai') {
  return periodAggregateLoader<GrantTotals>(async (keys, range: DateRange) => {
    const period = rangeCondition('granted_on', range);
    const rows = await em.getConnection().execute<Array<{ key: string; count: number; cents: string }>>(
      `select ${column} as key, count(*)::int as count, coalesce(sum(amount_cents), 0)::bigint as cents
         from equipment_grant where ${column} in (${placeholders(keys)}) and ${period.sql} group by ${column}`,
      [...keys, ...period.params],
    );
    return new Map(rows.map((r) => [r.key, { count: Number(r.count), cents: Number(r.cents) }]));
  }, none);
}

export const departmentGrantsLoader = (em: EntityManager) => grantTotals(em, 'department_code');
export const schoolGrantsLoader = (em: EntityManager) => grantTotals(em, 'school_uai');
