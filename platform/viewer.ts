/** Roles of docs/DOMAIN.md, from least to most privileged where they are comparable. */
export const ROLES = ['PUBLIC', 'ANALYST', 'DEPARTMENT_STAFF', 'COMMISSION_MEMBER', 'PARENTALITY_COORDINATOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** Who is asking: established by the gateway from the JWT, carried to subgraphs in a signed header. */
export interface Viewer {
  /** Subject of the token (a user id); absent for PUBLIC. */
  subject?: string;
  role: Role;
  /** Departments the viewer acts for (codes); ignored for roles whose scope is every department. */
  departments: string[];
}

export const PUBLIC_VIEWER: Viewer = Object.freeze({ role: 'PUBLIC', departments: [] }) as Viewer;

const NATIONAL_ROLES: ReadonlySet<Role> = new Set(['PUBLIC', 'ANALYST', 'ADMIN']);

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** True when the viewer acts for this department (ADMIN acts for all). */
export function actsFor(viewer: Viewer, departmentCode: string): boolean {
  if (viewer.role === 'ADMIN') return true;
  if (NATIONAL_ROLES.has(viewer.role)) return false;
  return viewer.departments.includes(departmentCode);
}

/** True when the viewer holds one of the roles for this department, or is ADMIN. */
export function hasRoleFor(viewer: Viewer, roles: readonly Role[], departmentCode: string): boolean {
  return viewer.role === 'ADMIN' || (roles.includes(viewer.role) && actsFor(viewer, departmentCode));
}
