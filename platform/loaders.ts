import DataLoader from 'dataloader';
import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DateRange } from './period.js';

/**
 * A loader of entities by a unique key: every `load` of one tick becomes one `IN (…)` query.
 * Missing keys resolve to null.
 */
export function loaderByKey<T extends object>(em: EntityManager, entity: EntityClass<T>, key: keyof T & string) {
  return new DataLoader<string, T | null>(async (keys) => {
    const rows = await em.find(entity, { [key]: { $in: [...keys] } } as FilterQuery<NoInfer<T>>);
    const byKey = new Map(rows.map((row) => [String(row[key]), row]));
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

/**
 * A loader of the rows that belong to a parent (one-to-many): one query for all parents of a tick.
 * `where` names the foreign key column's property; `keyOf` reads a row's parent key back.
 */
export function loaderOfMany<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  property: string,
  keyOf: (row: T) => string | null,
  orderBy: Record<string, 'asc' | 'desc'> = {},
) {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await em.find(entity, { [property]: { $in: [...keys] } } as FilterQuery<NoInfer<T>>, { orderBy } as never);
    return groupRows(keys, rows, keyOf);
  });
}

/** Groups rows by key, in the order of the keys (every key gets a list, maybe empty). */
export function groupRows<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string | null): T[][] {
  const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row) ?? '')?.push(row);
  return keys.map((k) => groups.get(k)!);
}

/** `?, ?, ?` placeholders for an IN list. */
export const placeholders = (values: readonly unknown[]) => values.map(() => '?').join(', ');

/** Loader key of a per-key aggregate (a department, a school) over a period. */
export interface PeriodKey {
  key: string;
  range: DateRange;
}

export const periodKey = (key: string, range: DateRange): PeriodKey => ({ key, range });

/** A period as text, for DataLoader's cache and the grouping of a tick's keys. */
const periodText = (range: DateRange) => `${range.from ?? ''}|${range.to ?? ''}`;
const cacheKeyOf = ({ key, range }: PeriodKey) => `${key}|${periodText(range)}`;

/** One SQL statement with its bound parameters. */
export interface Statement {
  text: string;
  params: unknown[];
}

export type Row = Record<string, unknown>;

/** The loader keys of a tick grouped by period: each range with its keys. */
function byPeriod(loaderKeys: readonly PeriodKey[]) {
  const groups = new Map<string, { range: DateRange; keys: string[] }>();
  for (const { key, range } of loaderKeys) {
    const period = periodText(range);
    const group = groups.get(period) ?? { range, keys: [] };
    group.keys.push(key);
    groups.set(period, group);
  }
  return groups;
}

/**
 * A loader of aggregates per key and period: every key of a tick, whatever their periods, is
 * computed by ONE statement — each distinct period's statement, tagged with its index, joined by
 * `union all` — so N departments over M school years cost one round trip, never N or M.
 * `statement` writes the SQL of one period for its keys; `collect` reads its rows by key.
 */
export function periodStatementLoader<R>(
  em: EntityManager,
  statement: (keys: string[], range: DateRange) => Statement,
  collect: (rows: Row[]) => Map<string, R>,
  empty: () => R,
) {
  return new DataLoader<PeriodKey, R, string>(
    async (loaderKeys) => {
      const periods = [...byPeriod(loaderKeys)];
      const parts = periods.map(([, { range, keys }]) => statement(keys, range));
      const text = parts.length === 1 ? parts[0]!.text : parts.map((part, i) => `select ${i} as period_index, q.* from (${part.text}) q`).join('\nunion all\n');
      const rows = await em.getConnection('read').execute<Row[]>(
        text,
        parts.flatMap((part) => part.params),
      );
      const results = new Map<string, R>();
      periods.forEach(([period], i) => {
        const own = parts.length === 1 ? rows : rows.filter((row) => Number(row.period_index) === i);
        for (const [key, value] of collect(own)) results.set(`${key}|${period}`, value);
      });
      return loaderKeys.map((k) => results.get(cacheKeyOf(k)) ?? empty());
    },
    { cacheKeyFn: cacheKeyOf },
  );
}

/** SQL condition (with its parameters) restricting a date column to a range. */
export function rangeCondition(column: string, range: DateRange): { sql: string; params: string[] } {
  const parts: string[] = [];
  const params: string[] = [];
  if (range.from) {
    parts.push(`${column} >= ?`);
    params.push(range.from);
  }
  if (range.to) {
    parts.push(`${column} <= ?`);
    params.push(range.to);
  }
  return { sql: parts.length ? parts.join(' and ') : 'true', params };
}

/** What `totalsByPeriod` sums: a table, its key and date columns, and the aggregates to select. */
export interface TotalsSpec<R> {
  table: string;
  /** Column the totals are grouped by (e.g. department_code); loader keys are its values. */
  key: string;
  /** Date column the period applies to. */
  date: string;
  /** Aggregate expressions, with aliases, e.g. `count(*)::int as count`. */
  select: string;
  read: (row: Record<string, unknown>) => R;
  empty: () => R;
}

/**
 * Totals per key and period by one `GROUP BY` statement for all keys and periods of a tick.
 * Table and column names come from code, never from clients; values are bound parameters.
 */
export function totalsByPeriod<R>(em: EntityManager, spec: TotalsSpec<R>) {
  return periodStatementLoader<R>(
    em,
    (keys, range) => {
      const period = rangeCondition(spec.date, range);
      return {
        text: `select ${spec.key} as key, ${spec.select} from ${spec.table}
                where ${spec.key} in (${placeholders(keys)}) and ${period.sql} group by ${spec.key}`,
        params: [...keys, ...period.params],
      };
    },
    (rows) => new Map(rows.map((row) => [String(row.key), spec.read(row)])),
    spec.empty,
  );
}

/**
 * Rows per key and period (a breakdown: by status, by volet…) from one statement for all keys
 * and periods of a tick. `sql` receives the keys and the range and returns the statement,
 * whose rows carry their key in `key`.
 */
export function rowsByPeriod<R>(em: EntityManager, sql: (keys: readonly string[], range: DateRange) => Statement, read: (row: Row) => R) {
  return periodStatementLoader<R[]>(
    em,
    sql,
    (rows) => {
      const grouped = new Map<string, R[]>();
      for (const row of rows) {
        const key = String(row.key);
        grouped.set(key, [...(grouped.get(key) ?? []), read(row)]);
      }
      return grouped;
    },
    () => [],
  );
}
