import { codedError, forbidden } from './errors.js';
import { hasRoleFor, type Role, type Viewer } from './viewer.js';

/**
 * The write check every mutation makes before anything else: PUBLIC must sign in
 * (UNAUTHENTICATED); a signed-in viewer needs one of the roles for that department (FORBIDDEN).
 */
export function requireRoleFor(viewer: Viewer, roles: readonly Role[], departmentCode: string, action: string): void {
  // A field-level error: the rest of the answer stands, so no HTTP 401 for the whole response.
  if (viewer.role === 'PUBLIC') throw codedError('UNAUTHENTICATED', `Sign in to ${action}.`);
  if (hasRoleFor(viewer, roles, departmentCode)) return;
  // The right role for another department: say so, rather than blame the role.
  if (roles.includes(viewer.role)) {
    const own = viewer.departments.length ? `department ${viewer.departments.join(', ')}` : 'no department';
    throw forbidden(`You act for ${own}, not for department ${departmentCode}: you may not ${action} there.`);
  }
  throw forbidden(`Your role (${viewer.role}) does not allow you to ${action} in department ${departmentCode}.`);
}
