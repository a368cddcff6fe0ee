import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { offsetPage, type Connection, type PageArgs } from '../../../platform/pagination.js';
import { resolvePeriod } from '../../../platform/period.js';
import { parseUai } from '../../../platform/uai.js';
import { parseDepartmentCode } from '../departments/department.service.js';
import { Project } from './project.entity.js';
import { OrderDirection, ProjectOrderField, type ProjectFilter, type ProjectOrder } from './project.inputs.js';

/** Translates the public filter into a query on projects (joins follow the lead school). */
export function projectWhere(filter: ProjectFilter = {}): FilterQuery<Project> {
  const where: Record<string, unknown>[] = [];
  if (filter.departmentCodes) where.push({ department: { $in: filter.departmentCodes.map(parseDepartmentCode) } });
  if (filter.callIds) where.push({ call: { $in: filter.callIds } });
  if (filter.campaignIds) where.push({ campaign: { $in: filter.campaignIds } });
  if (filter.statuses) where.push({ status: { $in: filter.statuses } });
  if (filter.themes) where.push({ themes: { $overlap: filter.themes } });
  if (filter.schoolKinds) where.push({ leadSchool: { kind: { $in: filter.schoolKinds } } });
  if (filter.priorityTerritoryCodes) where.push({ leadSchool: { commune: { priorityTerritory: { $in: filter.priorityTerritoryCodes } } } });
  if (filter.schoolUais) {
    const uais = filter.schoolUais.map(parseUai);
    where.push({ $or: [{ leadSchool: { $in: uais } }, { partnerSchools: { $in: uais } }] });
  }
  if (filter.period) {
    const range = resolvePeriod(filter.period);
    if (range.from) where.push({ submittedOn: { $gte: range.from } });
    if (range.to) where.push({ submittedOn: { $lte: range.to } });
  }
  return (where.length ? { $and: where } : {}) as FilterQuery<Project>;
}

/**
 * A page of projects in the requested order (id breaks ties). Cursors are positions in that
 * order, so that any ordering pages; two statements: the page and the total.
 */
export async function listProjects(
  em: EntityManager,
  filter: ProjectFilter | undefined,
  order: ProjectOrder | undefined,
  page: PageArgs,
): Promise<Connection<Project>> {
  const paging = offsetPage(page);
  const field = order?.field ?? ProjectOrderField.TITLE;
  const direction = order?.direction ?? OrderDirection.ASC;
  const where = projectWhere(filter);
  const [rows, totalCount] = await Promise.all([
    em.find(Project, where, { orderBy: [{ [field]: direction }, { id: 'asc' }] as never, limit: paging.limit, offset: paging.offset }),
    em.count(Project, where),
  ]);
  return paging.connection(rows, totalCount);
}
