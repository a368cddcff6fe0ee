import { hasRoleFor, type Viewer } from '../common/viewer.js';

/**
 * The one place that decides small-cell suppression (secret statistique) for the subgraph: a count
 * about persons between 1 and `minCell - 1` is hidden (null) from every viewer below
 * PARENTALITY_COORDINATOR of that department. Zero is shown: it reveals no one.
 * Secondary suppression (a hidden cell recoverable by difference) comes with households (issue 6).
 */
export function mayReadSmallCells(viewer: Viewer, departmentCode: string): boolean {
  return hasRoleFor(viewer, ['PARENTALITY_COORDINATOR'], departmentCode);
}

export function suppressCount(value: number, minCell: number, viewer: Viewer, departmentCode: string): number | null {
  if (value === 0 || value >= minCell || mayReadSmallCells(viewer, departmentCode)) return value;
  return null;
}
