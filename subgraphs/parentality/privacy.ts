import type { DateRange } from '../common/period.js';
import { hasRoleFor, type Viewer } from '../common/viewer.js';

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
  return hasRoleFor(viewer, ['PARENTALITY_COORDINATOR'], departmentCode);
}

/**
 * Below the coordinator, counts about persons are published only as audited tables: a
 * department's figures for all time or for whole school years, with `suppressTable` across their
 * breakdown. Any other cut — one workshop, a filtered list, a date range, a school — could be
 * subtracted from a published figure (or from another cut) to isolate a few families, so it is
 * hidden entirely from those viewers.
 */
export function isAuditedPeriod(range: DateRange): boolean {
  if (range.from === null && range.to === null) return true;
  if (!range.from || !range.to) return false;
  return range.from.endsWith('-09-01') && range.to.endsWith('-08-31') && range.from < range.to;
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
