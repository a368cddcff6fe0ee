import type { EntityManager } from '@mikro-orm/postgresql';
import { totalsByPeriod } from '../../../platform/loaders.js';
import type { GrantTotals } from './grant.kpis.js';

/** Grant count and amount per department or school, over a period. */
const grantTotals = (em: EntityManager, key: 'department_code' | 'school_uai') =>
  totalsByPeriod<GrantTotals>(em, {
    table: 'equipment_grant',
    key,
    date: 'granted_on',
    select: 'count(*)::int as count, coalesce(sum(amount_cents), 0)::bigint as cents',
    read: (row) => ({ count: Number(row.count), cents: Number(row.cents) }),
    empty: () => ({ count: 0, cents: 0 }),
  });

export const departmentGrantsLoader = (em: EntityManager) => grantTotals(em, 'department_code');
export const schoolGrantsLoader = (em: EntityManager) => grantTotals(em, 'school_uai');
