import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../../../platform/errors.js';
import { checkPage, decodeCursor, toConnection, type Connection, type PageArgs } from '../../../platform/pagination.js';
import type { PedagogyLoaders } from '../loaders.js';
import { parseDepartmentCode } from '../departments/department.service.js';
import { School, SchoolDegree, SchoolKind } from './school.entity.js';
import type { SchoolFilter } from './school.type.js';
import { parseUai } from '../../../platform/uai.js';

/** The school with this UAI: BAD_USER_INPUT when the UAI is malformed, NOT_FOUND when unknown. */
export async function getSchool(loaders: PedagogyLoaders, input: string): Promise<School> {
  const school = await loaders.school.load(parseUai(input));
  if (!school) throw notFound(`No school has the UAI "${input}".`);
  return school;
}

const KINDS_OF_DEGREE: Record<SchoolDegree, SchoolKind[]> = {
  [SchoolDegree.FIRST]: [SchoolKind.MATERNELLE, SchoolKind.ELEMENTAIRE, SchoolKind.PRIMAIRE],
  [SchoolDegree.SECOND]: [SchoolKind.COLLEGE, SchoolKind.LYCEE, SchoolKind.LYCEE_PRO],
};

/** Translates the public filter into a query on schools. */
export function schoolWhere(filter: SchoolFilter = {}): FilterQuery<School> {
  const where: Record<string, unknown> = {};
  if (filter.departmentCodes) where.department = { $in: filter.departmentCodes.map(parseDepartmentCode) };
  if (filter.communeCodes) where.commune = { code: { $in: filter.communeCodes } };
  const kinds = [filter.kinds, filter.degree && KINDS_OF_DEGREE[filter.degree]].filter((k): k is SchoolKind[] => !!k);
  if (kinds.length) where.kind = { $in: kinds.reduce((a, b) => a.filter((k) => b.includes(k))) };
  if (filter.sector) where.sector = filter.sector;
  if (filter.tne !== undefined && filter.tne !== null) where.tneJoinedYear = filter.tne ? { $ne: null } : null;
  if (filter.priorityTerritoryCodes) where.commune = { ...(where.commune as object), priorityTerritory: { $in: filter.priorityTerritoryCodes } };
  return where as FilterQuery<School>;
}

/** A page of schools ordered by UAI (keyset pagination): two statements, the page and its total. */
export async function listSchools(em: EntityManager, filter: SchoolFilter | undefined, page: PageArgs): Promise<Connection<School>> {
  checkPage(page);
  const where = schoolWhere(filter);
  const after = page.after ? decodeCursor(page.after) : null;
  const pageWhere = after ? ({ $and: [where, { uai: { $gt: after } }] } as FilterQuery<School>) : where;
  const [rows, totalCount] = await Promise.all([em.find(School, pageWhere, { orderBy: { uai: 'asc' }, limit: page.first + 1 }), em.count(School, where)]);
  return toConnection(rows, page.first, !!after, (s) => s.uai, totalCount);
}
