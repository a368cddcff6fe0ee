import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type DataLoader from 'dataloader';
import { type PeriodKey, periodKey, periodStatementLoader, placeholders, rangeCondition, type Statement } from './loaders.js';
import type { DateRange } from './period.js';

/** A condition on properties: one of these values (`IN`), or, for an array property, holding a value. */
export type Where<E> = { [P in keyof E]?: E[P] extends ReadonlyArray<infer Item> ? { holds: Item } : readonly E[P][] };

/** The properties of E that hold numbers (a sum's operand). */
export type NumberProperty<E> = { [P in keyof E]-?: E[P] extends number | null | undefined ? P : never }[keyof E] & string;

/** One aggregate of a source's rows: their count, or the sum of a number property, maybe filtered. */
export interface Aggregate<E> {
  sum?: NumberProperty<E>;
  where?: Where<E>;
}

/** Reads one measure of a department over a period, within a request (its forked entity manager). */
export type MeasureReader = (context: { em: EntityManager }, code: string, range: DateRange) => Promise<number>;

/**
 * Where indicators are counted from: an entity, the property that gives each row's department and
 * the date property a period narrows. Indicators declare their measure on it (`count(…)`, `sum(…)`),
 * by entity and property names the compiler checks and enum values from the TypeScript enums; the
 * source turns every measure into ONE statement for all departments and periods of a request.
 */
export class AggregateSource<E extends object> {
  private readonly aggregates: Aggregate<E>[] = [];
  private readonly loaders = new WeakMap<EntityManager, DataLoader<PeriodKey, number[], string>>();

  constructor(
    readonly entity: EntityClass<E>,
    readonly department: keyof E & string,
    readonly date: keyof E & string,
  ) {}

  /** The number of rows (matching `where`): an indicator entry's `value`. */
  count(where?: Where<E>): MeasureReader {
    return this.measure({ where });
  }

  /** The sum of a number property over the rows (matching `where`); nulls are left out. */
  sum(property: NumberProperty<E>, where?: Where<E>): MeasureReader {
    return this.measure({ sum: property, where });
  }

  private measure(aggregate: Aggregate<E>): MeasureReader {
    const index = this.aggregates.push(aggregate) - 1;
    return async ({ em }, code, range) => (await this.loaderOf(em).load(periodKey(code, range)))[index]!;
  }

  private loaderOf(em: EntityManager) {
    let loader = this.loaders.get(em);
    if (!loader) {
      loader = periodStatementLoader(
        em,
        (keys, range) => this.statement(em, keys, range),
        (rows) => new Map(rows.map((row) => [String(row.key), this.aggregates.map((_, i) => Number(row[`m${i}`]))])),
        () => this.aggregates.map(() => 0),
      );
      this.loaders.set(em, loader);
    }
    return loader;
  }

  /** The SQL of every measure for some departments over one period. */
  statement(em: EntityManager, keys: string[], range: DateRange): Statement {
    const meta = em.getMetadata().get(this.entity);
    const properties = meta.properties as Record<string, { fieldNames: string[] }>;
    const column = (property: string) => properties[property]!.fieldNames[0]!;
    const params: unknown[] = [];
    const measures = this.aggregates.map((aggregate, i) => {
      const filter = this.condition(aggregate.where, column, params);
      const value = aggregate.sum ? `coalesce(sum(${column(aggregate.sum)})${filter}, 0)` : `count(*)${filter}`;
      return `${value}::float8 as m${i}`;
    });
    const key = column(this.department);
    const period = rangeCondition(column(this.date), range);
    return {
      text: `select ${key} as key, ${measures.join(', ')} from ${meta.tableName}
              where ${key} in (${placeholders(keys)}) and ${period.sql} group by ${key}`,
      params: [...params, ...keys, ...period.params],
    };
  }

  /** ` filter (where …)` for a measure's condition, its values pushed to `params`; '' without one. */
  private condition(where: Where<E> | undefined, column: (property: string) => string, params: unknown[]): string {
    const parts = Object.entries(where ?? {}).map(([property, wanted]) => {
      if (Array.isArray(wanted)) {
        params.push(...wanted);
        return `${column(property)} in (${placeholders(wanted)})`;
      }
      params.push((wanted as { holds: unknown }).holds);
      return `? = any(${column(property)})`;
    });
    return parts.length ? ` filter (where ${parts.join(' and ')})` : '';
  }
}
