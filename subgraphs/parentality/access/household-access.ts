import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireRoleFor } from '../../../platform/authorization.js';
import { codedError, forbidden } from '../../../platform/errors.js';
import { hasRoleFor, type Viewer } from '../../../platform/viewer.js';
import { HouseholdAccess } from './household-access.entity.js';
import { ACCESS } from '../../../platform/access.js';

/**
 * The one rule for household and loan records (personal data): readable and writable only by the
 * PARENTALITY_COORDINATOR of the record's department, and by ADMIN. Every read of household
 * records is written to the access log (journal des accès).
 */
export const HOUSEHOLD_ROLES = ACCESS.households;

/** True when the viewer may read or write the household and loan records of this department. */
export function mayAccessHouseholds(viewer: Viewer, departmentCode: string): boolean {
  return hasRoleFor(viewer, HOUSEHOLD_ROLES, departmentCode);
}

/** Refuses a single record: PUBLIC → UNAUTHENTICATED, anyone else without the right → FORBIDDEN. */
export function requireHouseholdAccess(viewer: Viewer, departmentCode: string, action: string): void {
  requireRoleFor(viewer, HOUSEHOLD_ROLES, departmentCode, action);
}

/** The role check before any record is looked up (so that no one learns whether an id exists). */
export function requireHouseholdRole(viewer: Viewer, action: string): void {
  if (viewer.role === 'PUBLIC') throw codedError('UNAUTHENTICATED', `Sign in to ${action}.`);
  if (viewer.role !== 'ADMIN' && !(HOUSEHOLD_ROLES as readonly string[]).includes(viewer.role)) {
    throw forbidden(`Your role (${viewer.role}) does not allow you to ${action}.`);
  }
}

/**
 * Departments a list of household or loan records is restricted to: the requested ones that the
 * viewer coordinates (all requested, or null for "every department", for ADMIN). Other roles are
 * refused (PUBLIC → UNAUTHENTICATED, others → FORBIDDEN).
 */
export function householdListDepartments(viewer: Viewer, requested: readonly string[] | null | undefined, action: string): string[] | null {
  requireHouseholdRole(viewer, action);
  if (viewer.role === 'ADMIN') return requested ? [...requested] : null;
  return requested ? requested.filter((code) => viewer.departments.includes(code)) : [...viewer.departments];
}

/** What one read touched: a household and its department. */
export interface HouseholdRead {
  id: string;
  departmentCode: string;
}

/** Writes the access log of one read: one row per department, in one insert of its own. */
export async function logHouseholdRead(em: EntityManager, viewer: Viewer, operation: string, reads: readonly HouseholdRead[]): Promise<void> {
  if (reads.length === 0) return;
  const byDepartment = new Map<string, Set<string>>();
  for (const { id, departmentCode } of reads) byDepartment.set(departmentCode, (byDepartment.get(departmentCode) ?? new Set()).add(id));
  await em.insertMany(
    HouseholdAccess,
    [...byDepartment].map(([departmentCode, ids]) => ({
      departmentCode,
      actorSubject: viewer.subject ?? 'unknown',
      actorRole: viewer.role,
      operation,
      householdIds: [...ids],
    })),
  );
}

/** One nested read to log: who read which household, how. */
export interface LoggedRead extends HouseholdRead {
  operation: string;
  viewer: Viewer;
}

/**
 * Batches the nested reads of one tick (e.g. `loans { household }`) into one insert per operation,
 * so that a list costs a constant number of statements. Loading resolves once the row is written.
 */
export function householdReadLogger(em: EntityManager) {
  return new DataLoader<LoggedRead, true>(
    async (reads) => {
      const byOperation = new Map<string, LoggedRead[]>();
      for (const read of reads) byOperation.set(read.operation, [...(byOperation.get(read.operation) ?? []), read]);
      for (const [operation, group] of byOperation) await logHouseholdRead(em, group[0]!.viewer, operation, group);
      return reads.map(() => true as const);
    },
    { cache: false },
  );
}
