import type { EntityManager } from '@mikro-orm/postgresql';
import { totalsByPeriod } from '../../../platform/loaders.js';
import type { GrantTotals } from './grant.kpis.js';

/** Grant count and amount per school, over a period (departments' are indicators: finance/indicators.ts). */
export const schoolGrantsLoader = (em: EntityManager) =>
  totalsByPeriod<GrantTotals>(em, {
    table: 'equipment_grant',
    key: 'school_uai',
    date: 'granted_on',
    select: 'count(*)::int as count, coalesce(sum(amount_cents), 0)::bigint as cents',
    read: (row) => ({ count: Number(row.count), cents: Number(row.cents) }),
    empty: () => ({ count: 0, cents: 0 }),
  });
