import type { DateRange } from '../../platform/period.js';
import { ACCESS } from '../../platform/access.js';
import { hasRoleFor, type Viewer } from '../../platform/viewer.js';
import { disclosedCells, type Cell } from './disclosure.js';

/**
 * The one place that decides small-cell suppression (secret statistique) for the subgraph.
 *
 * Primary: a count about persons (households, attendance, participations, loans) between 1 and
 * `minCell - 1` is hidden (null) from every viewer below PARENTALITY_COORDINATOR of that
 * department; ADMIN sees all. Zero is shown: it reveals no one.
 *
 * Secondary: where cells are shown with their total, a single hidden cell could be recovered by
 * difference, so `suppressTable` hides a second one (the smallest non-zero cell still shown).
 */
export function mayReadSmallCells(viewer: Viewer, departmentCode: string): boolean {
  // Those who may read a department's household records may read the small counts made of them.
  return hasRoleFor(viewer, ACCESS.households, departmentCode);
}

/**
 * Below the coordinator, counts about persons are published only as audited tables: a
 * department's figures for all time or for one school year, with `suppressTable` across their
 * breakdown and `suppressSeries` across the years. Any other cut — one workshop, a filtered list,
 * a date range, several school years, a school — could be subtracted from a published figure (or
 * from another cut) to isolate a few families, so it is hidden entirely from those viewers.
 */
export function isAuditedPeriod(range: DateRange): boolean {
  if (range.from === null && range.to === null) return true;
  if (!range.from || !range.to) return false;
  const start = Number(range.from.slice(0, 4));
  return range.from === `${start}-09-01` && range.to === `${start + 1}-08-31`;
}

/** Who reads and how small a cell may be: what every suppression needs. */
export interface PrivacyScope {
  viewer: Viewer;
  privacyMinCell: number;
}

/** True when a count of `value` persons is too small to show (ignoring who reads). */
export const isSmallCell = (value: number, minCell: number) => value > 0 && value < minCell;

/** Primary suppression of one count about persons: null when hidden. */
export function suppressCount(value: number, minCell: number, viewer: Viewer, departmentCode: string): number | null {
  if (!isSmallCell(value, minCell) || mayReadSmallCells(viewer, departmentCode)) return value;
  return null;
}

/** A count about persons as a scope shows it, for one department. */
export const countFor = (scope: PrivacyScope, departmentCode: string, value: number) =>
  suppressCount(value, scope.privacyMinCell, scope.viewer, departmentCode);

/**
 * A count about persons of one department that is a published table cell (`audited`: a
 * department's figure for all time or one school year) or a cut (a school, a month, a date
 * range…): a cut is hidden entirely below the coordinator, a cell gets primary suppression.
 */
export function countOfCut(scope: PrivacyScope, departmentCode: string, audited: boolean, value: number): number | null {
  if (!audited && !mayReadSmallCells(scope.viewer, departmentCode)) return null;
  return countFor(scope, departmentCode, value);
}

/**
 * A count over a filtered list (possibly several departments): shown only to who reads small cells
 * of all of them — for others any filtered total is a cut that could be subtracted (see above).
 */
export function countOver(scope: PrivacyScope, departmentCodes: readonly string[], value: number): number | null {
  return departmentCodes.every((code) => mayReadSmallCells(scope.viewer, code)) ? value : null;
}

/** A table after suppression: its cells and its total, null where hidden. */
export interface SuppressedTable {
  cells: Array<number | null>;
  total: number | null;
}

/**
 * Primary and secondary suppression of a table of counts shown with its total (pure).
 * `reveal` is true for a viewer who may read small cells (nothing is then hidden). When `total`
 * is shown and exactly one cell is hidden, the smallest non-zero cell still shown is hidden too
 * (the first of equals); when there is none, the total is hidden instead. Without a total
 * (undefined), only primary suppression applies.
 */
export function suppressTable(cells: readonly number[], total: number | undefined, minCell: number, reveal = false): SuppressedTable {
  if (reveal) return { cells: [...cells], total: total ?? null };
  const shown: Array<number | null> = cells.map((value) => (isSmallCell(value, minCell) ? null : value));
  let shownTotal: number | null = total === undefined || isSmallCell(total, minCell) ? null : total;
  if (shownTotal !== null && shown.filter((value) => value === null).length === 1) {
    let second = -1;
    shown.forEach((value, index) => {
      if (value !== null && value > 0 && (second < 0 || value < shown[second]!)) second = index;
    });
    if (second >= 0) shown[second] = null;
    else shownTotal = null;
  }
  return { cells: shown, total: shownTotal };
}

/** An additive count of a department by school year and kind, with its margins, as shown. */
export interface SuppressedGrid {
  /** One kind in one school year ("2023-2024"); 0 where nothing happened; null when hidden. */
  cell(schoolYear: string, kind: string): number | null;
  /** A school year's total over the kinds. */
  year(schoolYear: string): number | null;
  /** A kind's total over all time. */
  kind(kind: string): number | null;
  /** All time, every kind. */
  total: number | null;
}

/**
 * An additive count about persons (attendance) of one department forms one audited table: school
 * years × kinds, with the years' totals, the kinds' totals and the all-time total as margins.
 * Every figure a viewer below the coordinator may see — a year, a kind, a kind in a year, all time
 * — is read from this one table, so no combination of requests can subtract its way to a hidden
 * cell: primary suppression hides the small figures, then every row and every column (margins
 * included) that has exactly one hidden figure gets a second one — the smallest non-zero figure
 * still shown (an inner cell before a margin) — until none is left alone; and while rows and columns
 * combined still determine a small figure (`disclosedCells`), the smallest figure shown beside it is
 * hidden too.
 */
export function suppressGrid(
  values: ReadonlyMap<string, ReadonlyMap<string, number>>,
  kinds: readonly string[],
  minCell: number,
  reveal: boolean,
): SuppressedGrid {
  const years = [...values.keys()].sort();
  const R = years.length;
  const C = kinds.length;
  // (R + 1) × (C + 1): the last row holds the kinds' totals, the last column the years' totals.
  const grid = years.map((year) => kinds.map((kind) => values.get(year)?.get(kind) ?? 0));
  for (const row of grid) row.push(row.reduce((sum, value) => sum + value, 0));
  grid.push(Array.from({ length: C + 1 }, (_, c) => grid.reduce((sum, row) => sum + row[c]!, 0)));
  const hidden = grid.map((row) => row.map((value) => !reveal && isSmallCell(value, minCell)));
  const smaller = (best: Cell, at: Cell) => (grid[at[0]]![at[1]]! < grid[best[0]]![best[1]]! ? at : best);
  const lines = [
    ...Array.from({ length: R + 1 }, (_, r) => Array.from({ length: C + 1 }, (_, c) => [r, c] as const)),
    ...Array.from({ length: C + 1 }, (_, c) => Array.from({ length: R + 1 }, (_, r) => [r, c] as const)),
  ];
  const small = (r: number, c: number) => isSmallCell(grid[r]![c]!, minCell);
  for (let changed = !reveal; changed; ) {
    changed = false;
    for (const line of lines) {
      if (line.filter(([r, c]) => hidden[r]![c]).length !== 1) continue;
      // The smallest non-zero figure still shown. An inner cell wins over its line's margin by itself: a
      // margin is never smaller than a cell it adds up, and a line lists its cells before its margin.
      const candidates = line.filter(([r, c]) => !hidden[r]![c] && grid[r]![c]! > 0);
      if (!candidates.length) continue; // the rest are zeros: nothing left to recover the hidden one from
      const [r, c] = candidates.reduce(smaller);
      hidden[r]![c] = true;
      changed = true;
    }
    if (changed) continue;
    // Two hidden figures a line are not enough: rows and columns combined may still isolate a small
    // one. Hide the smallest figure still shown beside it (its row or column, else anywhere) and go on.
    const exposed = disclosedCells(hidden, R, C).find(([r, c]) => small(r, c));
    if (!exposed) break;
    const near = lines.filter((line) => line.some(([r, c]) => r === exposed[0] && c === exposed[1])).flat();
    const shownOf = (cells: Cell[], nonZero: boolean) => cells.filter(([r, c]) => !hidden[r]![c] && (!nonZero || grid[r]![c]! > 0));
    // A non-zero figure beside it, else anywhere; a zero only when no other figure is left.
    const pool = [shownOf(near, true), shownOf(lines.flat(), true), shownOf(lines.flat(), false)].find((cells) => cells.length);
    if (!pool) break;
    const [r, c] = pool.reduce(smaller);
    hidden[r]![c] = true;
    changed = true;
  }
  const shown = (r: number, c: number) => (r < 0 || c < 0 ? 0 : hidden[r]![c] ? null : grid[r]![c]!);
  return {
    cell: (year, kind) => shown(years.indexOf(year), kinds.indexOf(kind)),
    year: (year) => shown(years.indexOf(year), C),
    kind: (kind) => shown(R, kinds.indexOf(kind)),
    total: shown(R, C),
  };
}
