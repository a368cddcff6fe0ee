import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Funder } from './funder.entity.js';
import type { FunderFilter } from './funder.type.js';

/** Funders by kind and name (reference data: a few hundred rows per department), one statement. */
export function listFunders(em: EntityManager, filter: FunderFilter = {}): Promise<Funder[]> {
  const where: Record<string, unknown> = {};
  if (filter.departmentCodes) where.departmentCodes = { $overlap: filter.departmentCodes.map((code) => code.trim().toUpperCase()) };
  if (filter.kinds) where.kind = { $in: filter.kinds };
  return em.find(Funder, where as FilterQuery<Funder>, { orderBy: { kind: 'asc', name: 'asc', id: 'asc' } });
}
