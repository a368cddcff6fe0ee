import { DEPARTMENT_READERS, NATIONAL_READERS } from '../access.js';
import { codedError, forbidden } from '../../../platform/errors.js';
import { actsFor, type Role, type Viewer } from '../../../platform/viewer.js';
import { ACCESS } from '../../../platform/access.js';

/** Roles that decide and pay, for their departments (ADMIN everywhere). */
export const DECIDERS: readonly Role[] = ACCESS.decideSubsidies;

/** Roles that read every department's decisions; staff and commission members read their departments'. */

/**
 * Departments whose commissions and decisions the viewer may read: null for all. PUBLIC must sign
 * in (the department indicators are public); roles without finance records are FORBIDDEN.
 */
export function financeReadScope(viewer: Viewer): string[] | null {
  if (viewer.role === 'PUBLIC') throw codedError('UNAUTHENTICATED', 'Sign in to read commissions and decisions; the department indicators are public.');
  if (NATIONAL_READERS.has(viewer.role)) return null;
  if (!DEPARTMENT_READERS.has(viewer.role)) throw forbidden(`Your role (${viewer.role}) does not read commissions and decisions.`);
  return viewer.departments;
}

/** Checks that the viewer may read one department's commissions and decisions. */
export function requireFinanceReader(viewer: Viewer, departmentCode: string): void {
  const scope = financeReadScope(viewer);
  if (scope && !actsFor(viewer, departmentCode)) throw forbidden(`You do not read the decisions of department ${departmentCode}.`);
}
