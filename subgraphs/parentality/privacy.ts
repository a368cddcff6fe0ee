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

/** A count over several departments (a filtered list): shown in full only to who reads all of them. */
export function countOver(scope: PrivacyScope, departmentCodes: readonly string[], value: number): number | null {
  const reveal = departmentCodes.every((code) => mayReadSmallCells(scope.viewer, code));
  return reveal || !isSmallCell(value, scope.privacyMinCell) ? value : null;
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
