import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Connection, PageArgs } from '../../../platform/pagination.js';
import { offsetPage } from '../../../platform/pagination.js';
import { today } from '../households/household.rules.js';
import { Device, Loan } from './device.entity.js';
import type { DeviceFilter, LoanFilter } from './device.inputs.js';

/** `departments` null means every department (ADMIN without a filter). */
export function loanWhere(departments: string[] | null, filter: Omit<LoanFilter, 'departmentCodes'> = {}): FilterQuery<Loan> {
  const where: Record<string, unknown>[] = [];
  if (departments) where.push({ departmentCode: { $in: departments } });
  if (filter.open === true) where.push({ returnedOn: null });
  if (filter.open === false) where.push({ returnedOn: { $ne: null } });
  if (filter.overdue === true) where.push({ returnedOn: null, dueOn: { $lt: today() } });
  if (filter.overdue === false) where.push({ $or: [{ returnedOn: { $ne: null } }, { dueOn: { $gte: today() } }] });
  return (where.length ? { $and: where } : {}) as FilterQuery<Loan>;
}

/** A page of loans, latest first (id breaks ties); two statements. */
export async function listLoans(em: EntityManager, departments: string[] | null, filter: LoanFilter | undefined, page: PageArgs): Promise<Connection<Loan>> {
  const paging = offsetPage(page);
  const where = loanWhere(departments, filter);
  const [rows, totalCount] = await Promise.all([
    em.find(Loan, where, { orderBy: [{ startsOn: 'desc' }, { id: 'asc' }] as never, limit: paging.limit, offset: paging.offset }),
    em.count(Loan, where),
  ]);
  return paging.connection(rows, totalCount);
}

/** Open loans past their due day, the most overdue first. */
export function overdueLoans(em: EntityManager, departments: string[] | null): Promise<Loan[]> {
  return em.find(Loan, loanWhere(departments, { overdue: true }), { orderBy: [{ dueOn: 'asc' }, { id: 'asc' }] as never });
}

export function listDevices(em: EntityManager, filter: DeviceFilter = {}): Promise<Device[]> {
  const where: Record<string, unknown> = {};
  if (filter.departmentCodes) where.departmentCode = { $in: filter.departmentCodes };
  if (filter.kinds) where.kind = { $in: filter.kinds };
  if (filter.statuses) where.status = { $in: filter.statuses };
  return em.find(Device, where as FilterQuery<Device>, { orderBy: [{ departmentCode: 'asc' }, { label: 'asc' }] as never });
}
