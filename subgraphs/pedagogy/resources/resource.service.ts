import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireRoleFor } from '../../../platform/authorization.js';
import { badInput, conflict, notFound } from '../../../platform/errors.js';
import { checkPage, decodeCursor, toConnection, type Connection, type PageArgs } from '../../../platform/pagination.js';
import { resolvePeriod } from '../../../platform/period.js';
import { parseUai } from '../../../platform/uai.js';
import type { Viewer } from '../../../platform/viewer.js';
import { parseDepartmentCode } from '../departments/department.service.js';
import { School } from '../schools/school.entity.js';
import { Resource, ResourceDeployment } from './resource.entity.js';
import { checkUnits, parseResourceCode } from './resource.rules.js';
import type { RecordResourceDeploymentInput, ResourceDeploymentFilter } from './resource.type.js';
import { ACCESS } from '../../../platform/access.js';

/** Translates the public filter into a query on deployments (joins school and resource as needed). */
export function deploymentWhere(filter: ResourceDeploymentFilter = {}): FilterQuery<ResourceDeployment> {
  const school: Record<string, unknown> = {};
  const resource: Record<string, unknown> = {};
  if (filter.departmentCodes) school.department = { $in: filter.departmentCodes.map(parseDepartmentCode) };
  if (filter.schoolUais) school.uai = { $in: filter.schoolUais.map(parseUai) };
  if (filter.resourceCodes) resource.code = { $in: filter.resourceCodes.map(parseResourceCode) };
  if (filter.kinds) resource.kind = { $in: filter.kinds };
  const where: Record<string, unknown> = {};
  if (Object.keys(school).length) where.school = school;
  if (Object.keys(resource).length) where.resource = resource;
  if (filter.period) {
    const range = resolvePeriod(filter.period);
    where.since = { ...(range.from ? { $gte: range.from } : {}), ...(range.to ? { $lte: range.to } : {}) };
  }
  return where as FilterQuery<ResourceDeployment>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Cursors carry the start date and the id (ties are broken by id). */
function readCursor(cursor: string): [string, string] {
  const [since, id] = decodeCursor(cursor).split('|');
  if (!since || !/^\d{4}-\d{2}-\d{2}$/.test(since) || !id || !UUID.test(id)) throw badInput('The cursor is not one this API gave.', 'after');
  return [since, id];
}

/** A page of deployments by start date then id (keyset): two statements, the page and its total. */
export async function listDeployments(
  em: EntityManager,
  filter: ResourceDeploymentFilter | undefined,
  page: PageArgs,
): Promise<Connection<ResourceDeployment>> {
  checkPage(page);
  const where = deploymentWhere(filter);
  const after = page.after ? readCursor(page.after) : null;
  const keyset = after ? { $or: [{ since: { $gt: after[0] } }, { since: after[0], id: { $gt: after[1] } }] } : null;
  const pageWhere = (keyset ? { $and: [where, keyset] } : where) as FilterQuery<ResourceDeployment>;
  const [rows, totalCount] = await Promise.all([
    em.find(ResourceDeployment, pageWhere, { orderBy: { since: 'asc', id: 'asc' }, limit: page.first + 1 }),
    em.count(ResourceDeployment, where),
  ]);
  return toConnection(rows, page.first, !!after, (d) => `${d.since}|${d.id}`, totalCount);
}

/** Who records deployments: the staff of the school's department (and ADMIN, always). */
const WRITERS = ACCESS.recordDeployments;

/** Records that a school uses a resource from a date, in one transaction. */
export function recordDeployment(em: EntityManager, viewer: Viewer, input: RecordResourceDeploymentInput): Promise<ResourceDeployment> {
  const uai = parseUai(input.schoolUai);
  const code = parseResourceCode(input.resourceCode);
  return em.transactional(async (tx) => {
    const school = await tx.findOne(School, { uai });
    if (!school) throw notFound(`No school has the UAI "${input.schoolUai}".`);
    requireRoleFor(viewer, WRITERS, school.department.unwrap().code, 'record a resource deployment');
    checkUnits(input.units);
    const resource = await tx.findOne(Resource, { code });
    if (!resource) throw badInput(`No resource has the code "${input.resourceCode}".`, 'resourceCode');
    if (await tx.count(ResourceDeployment, { school, resource, since: input.since })) {
      throw conflict(`School ${uai} already has ${code} recorded since ${input.since}.`);
    }
    return tx.create(ResourceDeployment, { school, resource, since: input.since, units: input.units });
  });
}

/** The resources of the graph, by code. */
export const listResources = (em: EntityManager) => em.findAll(Resource, { orderBy: { code: 'asc' } });
