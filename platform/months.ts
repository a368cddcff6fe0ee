import type { EntityManager } from '@mikro-orm/postgresql';
import { placeholders, rangeCondition, rowsByPeriod } from './loaders.js';
import type { DateRange } from './period.js';

/** Longest monthly series returned for an open period (from the first active month on). */
export const MAX_MONTHS = 240;

/** "2023-09" → the next month, "2023-10". */
function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * Every month of a series, with no gaps, so that a chart draws a zero rather than skipping a
 * month: the period's months when it is bounded, else from the first to the last active month.
 */
export function monthSeries(range: DateRange, active: readonly string[]): string[] {
  const sorted = [...active].sort();
  const first = range.from?.slice(0, 7) ?? sorted[0];
  const last = range.to?.slice(0, 7) ?? sorted.at(-1);
  if (!first || !last || first > last) return [];
  const months = [first];
  while (months.at(-1)! < last && months.length < MAX_MONTHS) months.push(nextMonth(months.at(-1)!));
  return months;
}

/** One source of a monthly activity statement: a table (with joins), its key, date and measures. */
export interface MonthlySource {
  /** `from …` part, e.g. `training_session s join training t on t.id = s.training_id`. */
  from: string;
  key: string;
  date: string;
  /** Extra condition (no parameters), e.g. `c.to_status = 'SUBMITTED'`. */
  where?: string;
  /** An expression per measure of the statement; measures a source lacks count as 0. */
  measures: Record<string, string>;
}

/**
 * Activity per key and month from several sources in ONE statement per distinct period for all
 * keys of a tick (a `union all` grouped by key and month). Names come from code, values are bound.
 */
export function monthlyActivityLoader<M extends string>(em: EntityManager, measures: readonly M[], sources: readonly MonthlySource[]) {
  const read = (row: Record<string, unknown>) =>
    ({ month: String(row.month), ...Object.fromEntries(measures.map((m) => [m, Number(row[m])])) }) as { month: string } & Record<M, number>;
  return rowsByPeriod(
    em,
    (keys, range) => {
      const params: unknown[] = [];
      const branches = sources.map((source) => {
        const period = rangeCondition(source.date, range);
        params.push(...keys, ...period.params);
        const columns = measures.map((m) => `${source.measures[m] ?? '0'} as "${m}"`).join(', ');
        return `select ${source.key} as key, to_char(${source.date}, 'YYYY-MM') as month, ${columns}
                from ${source.from}
               where ${source.key} in (${placeholders(keys)}) and ${period.sql}${source.where ? ` and ${source.where}` : ''}`;
      });
      const sums = measures.map((m) => `sum("${m}")::numeric as "${m}"`).join(', ');
      return { text: `select key, month, ${sums} from (${branches.join(' union all ')}) a group by key, month order by key, month`, params };
    },
    read,
  );
}

/** The rows of a monthly loader spread over the whole series, missing months as zeros. */
export function denseMonths<R extends { month: string }>(range: DateRange, rows: readonly R[], zero: (month: string) => R): R[] {
  const byMonth = new Map(rows.map((row) => [row.month, row]));
  return monthSeries(
    range,
    rows.map((row) => row.month),
  ).map((month) => byMonth.get(month) ?? zero(month));
}
