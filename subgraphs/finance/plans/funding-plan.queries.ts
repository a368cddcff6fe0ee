import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../../platform/errors.js';
import { checkPage, decodeCursor, toConnection, type Connection, type PageArgs } from '../../../platform/pagination.js';
import type { Viewer } from '../../../platform/viewer.js';
import { planReadScope } from './funding-plan.access.js';
import { isUuid, parseId } from '../../../platform/ids.js';
import { FundingPlan } from './funding-plan.entity.js';
import type { FundingPlanFilter } from './funding-plan.inputs.js';

const departmentCodes = (codes: string[]) => codes.map((code) => code.trim().toUpperCase());

/**
 * Translates the public filter, within the viewer's departments, into a query on plans. The line
 * filters (funders, volets, statuses) apply together to one line of the plan.
 */
export function fundingPlanWhere(filter: FundingPlanFilter, scope: string[] | null): FilterQuery<FundingPlan> {
  const and: object[] = [];
  if (scope) and.push({ departmentCode: { $in: scope } });
  if (filter.departmentCodes) and.push({ departmentCode: { $in: departmentCodes(filter.departmentCodes) } });
  if (filter.projectIds) and.push({ projectId: { $in: filter.projectIds.map((id) => parseId(id, 'projectIds')) } });
  const line: Record<string, unknown> = {};
  if (filter.funderIds) line.funder = { $in: filter.funderIds.map((id) => parseId(id, 'funderIds')) };
  if (filter.volets) line.volet = { $in: filter.volets };
  if (filter.statuses) line.status = { $in: filter.statuses };
  if (Object.keys(line).length) and.push({ lines: line });
  return (and.length ? { $and: and } : {}) as FilterQuery<FundingPlan>;
}

/** A page of plans in id order (keyset pagination): two statements, the page and its total. */
export async function listFundingPlans(em: EntityManager, viewer: Viewer, filter: FundingPlanFilter = {}, page: PageArgs): Promise<Connection<FundingPlan>> {
  const scope = planReadScope(viewer);
  checkPage(page);
  const where = fundingPlanWhere(filter, scope);
  let pageWhere = where;
  if (page.after) {
    const after = decodeCursor(page.after);
    if (!isUuid(after)) throw badInput('The cursor is not one this API gave.', 'after');
    pageWhere = { $and: [where, { id: { $gt: after } }] } as FilterQuery<FundingPlan>;
  }
  const [rows, totalCount] = await Promise.all([
    em.find(FundingPlan, pageWhere, { orderBy: { id: 'asc' }, limit: page.first + 1 }),
    em.count(FundingPlan, where),
  ]);
  return toConnection(rows, page.first, !!page.after, (plan) => plan.id, totalCount);
}
