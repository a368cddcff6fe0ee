import { badInput } from '../../../platform/errors.js';
import { parseUai } from '../../../platform/uai.js';

import { today } from '../../../platform/today.js';

/** Today in France (one definition for every subgraph). */
export { today };

const COMMUNE = /^(\d{5}|2[AB]\d{3})$/;

/** A commune INSEE code of the department (its first digits are the department's code). */
export function checkCommune(communeCode: string, departmentCode: string): string {
  const code = communeCode.trim().toUpperCase();
  const inDepartment = code.startsWith(departmentCode);
  if (!COMMUNE.test(code) || !inDepartment) {
    throw badInput(`"${communeCode}" is not the INSEE code of a commune of department ${departmentCode}.`, 'communeCode');
  }
  return code;
}

/** UAIs of schools, checked (any department: a child may go to school across a border). */
export function checkSchools(uais: readonly string[]): string[] {
  return [...new Set(uais.map(parseUai))];
}

export function checkChildren(count: number): number {
  if (!Number.isInteger(count) || count < 0 || count > 20) throw badInput('childrenCount must be between 0 and 20.', 'childrenCount');
  return count;
}

export function checkReference(reference: string): string {
  if (!/^[A-Za-z0-9_-]{4,40}$/.test(reference)) {
    throw badInput('A reference is 4 to 40 letters, digits, "-" or "_" (an opaque code, never a name).', 'reference');
  }
  return reference;
}
