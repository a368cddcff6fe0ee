import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../../../platform/errors.js';
import { offsetPage, type Connection, type PageArgs } from '../../../platform/pagination.js';
import type { Viewer } from '../../../platform/viewer.js';
import { financeReadScope, requireFinanceReader } from './commission.access.js';
import { Commission, Subsidy } from './commission.entity.js';
import type { CommissionFilter, SubsidyFilter } from './commission.inputs.js';
import { parseDepartmentCode } from './commission.rules.js';
import { parseId } from '../../../platform/ids.js';

/** Department conditions: the filter's codes, within the viewer's scope (null: every department). */
function departmentConditions(codes: string[] | undefined, scope: string[] | null): object[] {
  const and: object[] = [];
  if (scope) and.push({ departmentCode: { $in: scope } });
  if (codes) and.push({ departmentCode: { $in: codes.map((c) => parseDepartmentCode(c, 'departmentCodes')) } });
  return and;
}

/** Commissions the viewer may read, by meeting day then name. */
export function listCommissions(em: EntityManager, viewer: Viewer, filter: CommissionFilter = {}): Promise<Commission[]> {
  const and = departmentConditions(filter.departmentCodes, financeReadScope(viewer));
  return em.find(Commission, (and.length ? { $and: and } : {}) as FilterQuery<Commission>, { orderBy: { meetsOn: 'asc', name: 'asc', id: 'asc' } });
}

/** One commission by id: NOT_FOUND when unknown, FORBIDDEN outside the viewer's departments. */
export async function getCommission(em: EntityManager, viewer: Viewer, id: string): Promise<Commission> {
  financeReadScope(viewer);
  const commission = await em.findOne(Commission, { id: parseId(id) });
  if (!commission) throw notFound(`No commission has the id "${id}".`);
  requireFinanceReader(viewer, commission.departmentCode);
  return commission;
}

/** A page of decisions the viewer may read, newest first (id breaks ties); page and total in two statements. */
export async function listSubsidies(em: EntityManager, viewer: Viewer, filter: SubsidyFilter = {}, page: PageArgs): Promise<Connection<Subsidy>> {
  const paging = offsetPage(page);
  const and = departmentConditions(filter.departmentCodes, financeReadScope(viewer));
  if (filter.commissionIds) and.push({ commission: { $in: filter.commissionIds.map((id) => parseId(id, 'commissionIds')) } });
  if (filter.projectIds) and.push({ projectId: { $in: filter.projectIds.map((id) => parseId(id, 'projectIds')) } });
  if (filter.verdicts) and.push({ verdict: { $in: filter.verdicts } });
  const where = (and.length ? { $and: and } : {}) as FilterQuery<Subsidy>;
  const [rows, totalCount] = await Promise.all([
    em.find(Subsidy, where, { orderBy: { decidedOn: 'desc', id: 'asc' }, limit: paging.limit, offset: paging.offset }),
    em.count(Subsidy, where),
  ]);
  return paging.connection(rows, totalCount);
}
