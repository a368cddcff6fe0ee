import { DEPARTMENT_READERS, NATIONAL_READERS } from '../access.js';
import { codedError, forbidden } from '../../../platform/errors.js';
import { actsFor, type Role, type Viewer } from '../../../platform/viewer.js';
import { ACCESS } from '../../../platform/access.js';

/** Who changes funding plans: commission members of the project's department (and ADMIN); staff read finance only (docs/DOMAIN.md). */
export const PLAN_WRITERS = ACCESS.writeFundingPlans;

/** Who reads funding plans: these roles everywhere, staff and commission members in their departments (docs/DOMAIN.md). */

const signIn = (action: string) => codedError('UNAUTHENTICATED', `Sign in to ${action}.`);

/**
 * The first check of a plan mutation, before any lookup: PUBLIC must sign in, and only a writer
 * role goes further (its department is checked with `requireRoleFor` once the project is known).
 */
export function requireWriterRole(viewer: Viewer, action: string): void {
  if (viewer.role === 'PUBLIC') throw signIn(action);
  if (viewer.role !== 'ADMIN' && !(PLAN_WRITERS as readonly Role[]).includes(viewer.role)) {
    throw forbidden(`Your role (${viewer.role}) does not allow you to ${action}.`);
  }
}

/** True when the viewer may read the funding plans of this department. */
export function mayReadPlansOf(viewer: Viewer, departmentCode: string): boolean {
  return NATIONAL_READERS.has(viewer.role) || (DEPARTMENT_READERS.has(viewer.role) && actsFor(viewer, departmentCode));
}

/** One plan: UNAUTHENTICATED for PUBLIC, FORBIDDEN outside the viewer's departments. */
export function requirePlanReader(viewer: Viewer, departmentCode: string): void {
  if (viewer.role === 'PUBLIC') throw signIn('read funding plans; the department indicators are public');
  if (!mayReadPlansOf(viewer, departmentCode)) {
    throw forbidden(`Your role (${viewer.role}) does not allow you to read the funding plans of department ${departmentCode}.`);
  }
}

/** Departments whose plans the viewer may list: null for all. */
export function planReadScope(viewer: Viewer): string[] | null {
  if (viewer.role === 'PUBLIC') throw signIn('read funding plans; the department indicators are public');
  if (NATIONAL_READERS.has(viewer.role)) return null;
  if (DEPARTMENT_READERS.has(viewer.role)) return viewer.departments;
  throw forbidden(`Your role (${viewer.role}) does not allow you to read funding plans.`);
}
