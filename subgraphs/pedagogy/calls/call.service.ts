import type { EntityManager } from '@mikro-orm/postgresql';
import { parseDepartmentCode } from '../departments/department.service.js';
import { Call } from './call.entity.js';
import type { CallFilter } from './call.type.js';

/** Calls matching the filter, by department then code. */
export function listCalls(em: EntityManager, filter: CallFilter): Promise<Call[]> {
  const where: Record<string, unknown> = {};
  if (filter.departmentCodes) where.department = { $in: filter.departmentCodes.map(parseDepartmentCode) };
  if (filter.kinds) where.kind = { $in: filter.kinds };
  if (filter.themes) where.themes = { $overlap: filter.themes };
  return em.find(Call, where, { orderBy: { department: 'asc', code: 'asc' } });
}
