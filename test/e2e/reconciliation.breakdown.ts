import { expect } from '@jest/globals';
import type { CompareDepartmentsQuery } from '../../schema/generated/graphql.js';

export type Row = Record<string, unknown>;

/** One department of the comparison (the CompareDepartments query) that the reconciliation checks. */
export type ComparedDepartment = CompareDepartmentsQuery['departments'][number];

/** A statement on a subgraph's own database: the first column of its first row, or `.rows` all its rows. */
export interface Sql {
  (text: string, params?: unknown[]): Promise<number>;
  rows: (text: string, params?: unknown[]) => Promise<Row[]>;
}
type Figures = Record<string, number | null | undefined>;

/**
 * A breakdown of the answer (rows by status, theme, volet, kind…) against SQL's `group by`, whose
 * rows name their key `key` and their figures as the answer does. Every key SQL has must be
 * answered — a dropped row fails, which looping over the answer's rows would not notice — no key
 * twice, and every answered row carries SQL's figures (`absent` where SQL has no row: the API
 * may list every value of an enum). Returns how many keys SQL had.
 */
export function expectBreakdown<T>(
  answer: readonly T[],
  keyOf: (row: T) => string,
  figuresOf: (row: T) => Figures,
  sqlRows: Row[],
  absent: 0 | null = 0,
): number {
  const expected = new Map(sqlRows.map((row) => [String(row.key), row]));
  const keys = answer.map(keyOf);
  expect([...expected.keys()].filter((key) => !keys.includes(key))).toEqual([]);
  expect(new Set(keys).size).toBe(keys.length);
  for (const row of answer) {
    const key = keyOf(row);
    for (const [name, value] of Object.entries(figuresOf(row))) {
      const raw = expected.get(key)?.[name];
      const want = raw === undefined || raw === null ? absent : Number(raw);
      // Named, so a failure says which row and figure; hours and means are compared to 2 decimals.
      expect([key, name, value ?? null]).toEqual([key, name, want === null ? null : expect.closeTo(want, 2)]);
    }
  }
  return expected.size;
}

/** Rows of several `group by` statements over the same keys, merged into one row per key. */
export function mergeByKey(...groups: Row[][]): Row[] {
  const merged = new Map<string, Row>();
  for (const row of groups.flat()) merged.set(String(row.key), { ...merged.get(String(row.key)), ...row });
  return [...merged.values()];
}
