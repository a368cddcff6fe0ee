import { forbidden, unauthenticated } from './errors.js';
import { hasRoleFor, type Role, type Viewer } from './viewer.js';

/**
 * The write check every mutation makes before anything else: PUBLIC must sign in
 * (UNAUTHENTICATED); a signed-in viewer needs one of the roles for that department (FORBIDDEN).
 */
export function requireRoleFor(viewer: Viewer, roles: readonly Role[], departmentCode: string, action: string): void {
  if (viewer.role === 'PUBLIC') throw unauthenticated(`Sign in to ${action}.`);
  if (!hasRoleFor(viewer, roles, departmentCode)) {
    throw forbidden(`Your role (${viewer.role}) does not allow you to ${action} in department ${departmentCode}.`);
  }
}
