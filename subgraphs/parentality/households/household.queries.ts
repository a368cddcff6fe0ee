import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { offsetPage, type Connection, type PageArgs } from '../../../platform/pagination.js';
import { parseUai } from '../../../platform/uai.js';
import { Household } from './household.entity.js';
import type { HouseholdFilter } from './household.inputs.js';

/** `departments` null means every department (ADMIN without a filter). */
export function householdWhere(departments: string[] | null, filter: HouseholdFilter = {}): FilterQuery<Household> {
  const where: Record<string, unknown>[] = [];
  if (departments) where.push({ departmentCode: { $in: departments } });
  if (filter.communeCodes) where.push({ communeCode: { $in: filter.communeCodes } });
  if (filter.schoolUais) where.push({ childrenSchoolUais: { $overlap: filter.schoolUais.map(parseUai) } });
  return (where.length ? { $and: where } : {}) as FilterQuery<Household>;
}

/** A page of households ordered by department and reference (id breaks ties); two statements. */
export async function listHouseholds(
  em: EntityManager,
  departments: string[] | null,
  filter: HouseholdFilter | undefined,
  page: PageArgs,
): Promise<Connection<Household>> {
  const paging = offsetPage(page);
  const where = householdWhere(departments, filter);
  const [rows, totalCount] = await Promise.all([
    em.find(Household, where, {
      orderBy: [{ departmentCode: 'asc' }, { reference: 'asc' }, { id: 'asc' }] as never,
      limit: paging.limit,
      offset: paging.offset,
    }),
    em.count(Household, where),
  ]);
  return paging.connection(rows, totalCount);
}
