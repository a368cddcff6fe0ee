import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../../platform/errors.js';
import { placeholders, rangeCondition } from '../../../platform/loaders.js';
import { checkPage, decodeCursor, toConnection, type Connection, type PageArgs } from '../../../platform/pagination.js';
import { resolvePeriod } from '../../../platform/period.js';
import { parseDepartmentCode } from '../departments/department.service.js';
import { Training } from './training.entity.js';
import { parseId } from '../../../platform/ids.js';
import { OrderDirection } from '../../../platform/pagination.js';
import { TrainingOrderField, type TrainingFilter, type TrainingOrder } from './training.inputs.js';

/** A WHERE clause on `training t` with its bound parameters. */
interface Where {
  sql: string;
  params: unknown[];
}

/** Translates the public filter into SQL: column names come from here, values are parameters. */
export function trainingWhere(filter: TrainingFilter = {}): Where {
  const parts: string[] = [];
  const params: unknown[] = [];
  const within = (column: string, values: readonly unknown[] | undefined) => {
    if (!values) return;
    parts.push(values.length ? `${column} in (${placeholders(values)})` : 'false');
    params.push(...values);
  };
  within('t.department_code', filter.departmentCodes?.map(parseDepartmentCode));
  within('t.audience', filter.audiences);
  within('t.format', filter.formats);
  within('t.provider', filter.providers);
  if (filter.competenceCodes) {
    parts.push(
      `exists (select 1 from training_competence tc where tc.training_id = t.id and tc.competence_code in (${placeholders(filter.competenceCodes) || 'null'}))`,
    );
    params.push(...filter.competenceCodes);
  }
  if (filter.period) {
    const range = rangeCondition('s.date', resolvePeriod(filter.period));
    parts.push(`exists (select 1 from training_session s where s.training_id = t.id and ${range.sql})`);
    params.push(...range.params);
  }
  if (filter.topLevel !== undefined && filter.topLevel !== null) parts.push(filter.topLevel ? 't.parent_id is null' : 't.parent_id is not null');
  if (filter.search?.trim()) {
    parts.push('strpos(lower(t.title), lower(?)) > 0');
    params.push(filter.search.trim());
  }
  return { sql: parts.length ? parts.join(' and ') : 'true', params };
}

const FIRST_DATE = '(select min(s.date) from training_session s where s.training_id = t.id)::text';

/** Sort key of an order, as text so that one keyset comparison fits all; no session sorts last. */
function sortKey(field: TrainingOrderField, desc: boolean): string {
  if (field === TrainingOrderField.TITLE) return 't.title';
  return `coalesce(${FIRST_DATE}, '${desc ? '' : '9999-12-31'}')`;
}

/** Cursors carry the sort key and the id (ties are broken by id). */
function readCursor(cursor: string): [string, string] {
  let key: unknown;
  try {
    key = JSON.parse(decodeCursor(cursor));
  } catch {
    throw badInput('The cursor is not one this API gave.', 'after');
  }
  if (!Array.isArray(key) || key.length !== 2 || typeof key[0] !== 'string' || typeof key[1] !== 'string') {
    throw badInput('The cursor is not one this API gave.', 'after');
  }
  return [key[0], parseId(key[1], 'after')];
}

/**
 * A page of trainings (keyset pagination on the order's key, then id): two statements, the page
 * (rows mapped to entities) and the total of the filtered list.
 */
export async function listTrainings(
  em: EntityManager,
  filter: TrainingFilter | undefined,
  page: PageArgs,
  order: TrainingOrder | undefined,
): Promise<Connection<Training>> {
  checkPage(page);
  const where = trainingWhere(filter);
  const desc = order?.direction === OrderDirection.DESC;
  const key = sortKey(order?.field ?? TrainingOrderField.START_DATE, desc);
  const after = page.after ? readCursor(page.after) : null;
  const direction = desc ? 'desc' : 'asc';
  const keyset = after ? `where (f.sort_key, f.id) ${desc ? '<' : '>'} (?, cast(? as uuid))` : '';
  const connection = em.getConnection('read');
  const [rows, [total]] = await Promise.all([
    connection.execute<Array<Record<string, unknown>>>(
      `select * from (select t.*, ${key} as sort_key from training t where ${where.sql}) f ${keyset}
        order by f.sort_key ${direction}, f.id ${direction} limit ?`,
      [...where.params, ...(after ?? []), page.first + 1],
    ),
    connection.execute<Array<{ total: number }>>(`select count(*)::int as total from training t where ${where.sql}`, where.params),
  ]);
  const sortKeys = new Map<Training, string>();
  const trainings = rows.map(({ sort_key: sortValue, ...row }) => {
    const training = em.map(Training, row);
    sortKeys.set(training, String(sortValue));
    return training;
  });
  return toConnection(trainings, page.first, !!after, (t) => JSON.stringify([sortKeys.get(t), t.id]), total?.total ?? 0);
}
