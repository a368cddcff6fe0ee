import { cellCsv, cellText, columnLabel } from './cells.js';
import { toCsv } from './csv.js';
import { EMPTY_CELL, SECRET_CELL, type Cell, type Column, type Table } from './flatten.js';

/** One column of a side-by-side comparison: a text column once, a figure as A, B and the difference. */
export interface CompareColumn extends Column {
  figure: boolean;
}
export interface CompareRow {
  a: Record<string, Cell>;
  b: Record<string, Cell>;
}
export interface Comparison {
  columns: CompareColumn[];
  rows: CompareRow[];
}

/**
 * The same analysis for two sets of variables: rows paired in order (Cher beside Finistère, one school
 * year beside the next), columns as the union of both answers.
 */
export function compareTables(a: Table, b: Table): Comparison {
  const columns = new Map<string, Column>();
  for (const column of [...a.columns, ...b.columns]) if (!columns.has(column.key)) columns.set(column.key, column);
  return {
    columns: [...columns.values()].map((c) => ({ ...c, figure: c.kind === 'number' || c.kind === 'money' })),
    rows: Array.from({ length: Math.max(a.rows.length, b.rows.length) }, (_, i) => ({ a: a.rows[i] ?? {}, b: b.rows[i] ?? {} })),
  };
}

/** B − A; withheld when either side is, missing when either is missing or they are not alike. */
export function difference(a: Cell | undefined, b: Cell | undefined): Cell {
  if (a?.kind === 'secret' || b?.kind === 'secret') return SECRET_CELL;
  if (a?.kind === 'number' && b?.kind === 'number') return { kind: 'number', value: Math.round((b.value - a.value) * 1000) / 1000 };
  if (a?.kind === 'money' && b?.kind === 'money' && a.currency === b.currency) return { kind: 'money', cents: b.cents - a.cents, currency: a.currency };
  return EMPTY_CELL;
}

/** A text cell of a pair: once when both sides agree, "A / B" when they differ. */
export function pairText(a: Cell | undefined, b: Cell | undefined, show: (cell: Cell | undefined) => string = cellText): string {
  const left = show(a);
  const right = show(b);
  return left === right ? left : `${left} / ${right}`;
}

export function comparisonCsv(comparison: Comparison): string {
  const heading = comparison.columns.flatMap((c) =>
    c.figure ? [`${columnLabel(c)} — A`, `${columnLabel(c)} — B`, `${columnLabel(c)} — écart (B − A)`] : [columnLabel(c)],
  );
  const lines = comparison.rows.map((row) =>
    comparison.columns.flatMap((c) =>
      c.figure
        ? [cellCsv(row.a[c.key]), cellCsv(row.b[c.key]), cellCsv(difference(row.a[c.key], row.b[c.key]))]
        : [pairText(row.a[c.key], row.b[c.key], cellCsv)],
    ),
  );
  return toCsv([heading, ...lines]);
}
