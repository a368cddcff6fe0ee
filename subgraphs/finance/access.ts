import type { Role } from '../../platform/viewer.js';
import { ACCESS } from '../../platform/access.js';

/**
 * Who reads finance records (docs/DOMAIN.md): these roles in every department, and department staff and
 * commission members in their own departments. Plans, commissions and decisions share it.
 */
export const NATIONAL_READERS: ReadonlySet<Role> = new Set(['ANALYST', 'ADMIN']);
export const DEPARTMENT_READERS: ReadonlySet<Role> = new Set(ACCESS.readFinance);
