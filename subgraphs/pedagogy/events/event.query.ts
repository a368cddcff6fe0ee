import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { offsetPage, type Connection, type PageArgs } from '../../../platform/pagination.js';
import { resolvePeriod } from '../../../platform/period.js';
import { parseDepartmentCode } from '../departments/department.service.js';
import { Event } from './event.entity.js';
import type { EventFilter } from './event.type.js';

/** The filter as a MikroORM condition; a period keeps the events with at least one day inside it. */
export function eventWhere(filter: EventFilter = {}): FilterQuery<Event> {
  const where: Record<string, unknown> = {};
  if (filter.departmentCodes) where.department = { $in: filter.departmentCodes.map(parseDepartmentCode) };
  if (filter.kinds) where.kind = { $in: filter.kinds };
  const { from, to } = resolvePeriod(filter.period);
  if (to) where.startsOn = { $lte: to };
  if (from) where.endsOn = { $gte: from };
  return where as FilterQuery<Event>;
}

/** A page of events, earliest first (code breaks ties): two statements, the page and the total. */
export async function listEvents(em: EntityManager, filter: EventFilter | undefined, page: PageArgs): Promise<Connection<Event>> {
  const paging = offsetPage(page);
  const [events, total] = await em.findAndCount(Event, eventWhere(filter), {
    orderBy: { startsOn: 'asc', code: 'asc' },
    limit: paging.limit,
    offset: paging.offset,
  });
  return paging.connection(events, total);
}
