import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../../platform/errors.js';
import { placeholders, rangeCondition } from '../../../platform/loaders.js';
import { offsetPage, type PageArgs } from '../../../platform/pagination.js';
import { resolvePeriod } from '../../../platform/period.js';
import type { WorkshopFilter } from './workshop.inputs.js';
import type { WorkshopConnection, WorkshopType } from './workshop.type.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The filter as one SQL condition on `workshop w` (values bound, never interpolated). */
export function workshopWhere(filter: WorkshopFilter = {}): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const list = (column: string, values: readonly unknown[] | undefined) => {
    if (!values) return;
    if (!values.length) return void parts.push('false');
    parts.push(`${column} in (${placeholders(values)})`);
    params.push(...values);
  };
  if (filter.partnerIds?.some((id) => !UUID.test(id))) throw badInput('A partner id is not a valid id.', 'filter.partnerIds');
  list('w.department_code', filter.departmentCodes);
  list('w.kind::text', filter.kinds);
  list('w.school_uai', filter.schoolUais);
  list('w.commune_code', filter.communeCodes);
  list('w.partner_id', filter.partnerIds);
  if (filter.period) {
    const range = rangeCondition('w.held_on', resolvePeriod(filter.period));
    parts.push(range.sql);
    params.push(...range.params);
  }
  return { sql: parts.length ? parts.join(' and ') : 'true', params };
}

export const readWorkshop = (row: Record<string, unknown>): WorkshopType => ({
  id: String(row.id),
  kind: row.kind as WorkshopType['kind'],
  topic: String(row.topic),
  heldOn: String(row.held_on),
  capacity: Number(row.capacity),
  departmentCode: String(row.department_code),
  communeCode: String(row.commune_code),
  schoolUai: (row.school_uai as string | null) ?? null,
  partnerId: (row.partner_id as string | null) ?? null,
  rawAttendance: Number(row.attendance),
  rawGirlsReached: row.girls_reached === null ? null : Number(row.girls_reached),
  rawSpecialNeedsReached: row.special_needs_reached === null ? null : Number(row.special_needs_reached),
});

/** A page of workshops, latest first (id breaks ties): two statements, the page and the total. */
export async function listWorkshops(em: EntityManager, filter: WorkshopFilter | undefined, page: PageArgs): Promise<WorkshopConnection> {
  const paging = offsetPage(page);
  const where = workshopWhere(filter);
  const connection = em.getConnection('read');
  const [rows, [count]] = await Promise.all([
    connection.execute<Array<Record<string, unknown>>>(
      `select w.id, w.kind::text as kind, w.topic, to_char(w.held_on, 'YYYY-MM-DD') as held_on, w.capacity, w.attendance,
              w.girls_reached, w.special_needs_reached, w.department_code, w.commune_code, w.school_uai, w.partner_id
         from workshop w where ${where.sql} order by w.held_on desc, w.id limit ? offset ?`,
      [...where.params, paging.limit, paging.offset],
    ),
    connection.execute<Array<{ count: number }>>(`select count(*)::int as count from workshop w where ${where.sql}`, where.params),
  ]);
  const result = paging.connection(rows.map(readWorkshop), Number(count!.count));
  return Object.assign(result, { where }) as WorkshopConnection;
}

/**
 * Departments, total attendance and distinct households of the whole filtered list, and whether
 * exactly one listed workshop has a small attendance (the total would then reveal it): one statement.
 */
export async function workshopAggregates(em: EntityManager, where: { sql: string; params: unknown[] }, minCell: number) {
  const [row] = await em.getConnection('read').execute<Array<{ departments: string[]; attendance: number; households: number; small: number }>>(
    `with listed as (select w.id, w.department_code, w.attendance from workshop w where ${where.sql})
     select (select coalesce(array_agg(distinct department_code::text), '{}'::text[]) from listed) as departments,
            (select coalesce(sum(attendance), 0)::int from listed) as attendance,
            (select count(*)::int from listed where attendance > 0 and attendance < ?) as small,
            (select count(distinct p.household_id)::int from workshop_participation p join listed l on l.id = p.workshop_id) as households`,
    [...where.params, minCell],
  );
  const { departments, attendance, households, small } = row!;
  return { departments, attendance: Number(attendance), households: Number(households), singleSmallCell: Number(small) === 1 };
}
