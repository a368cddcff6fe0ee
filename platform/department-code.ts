import { IDENTIFIER_SHAPES } from './identifiers.js';
import { badInput } from './errors.js';

/** The shape of a department code, as platform/identifiers.ts declares it. */
export const DEPARTMENT_CODE = IDENTIFIER_SHAPES.department.shape;

/**
 * Checks the shape of a department code ("01"…"95", "2A", "2B", "971"…"976") and normalises it
 * ("2a" → "2A"); malformed is BAD_USER_INPUT on `field`. Pedagogy owns the list of departments.
 */
export function parseDepartmentCode(input: string, field = 'departmentCode'): string {
  const code = input.trim().toUpperCase();
  if (!DEPARTMENT_CODE.test(code)) throw badInput(`"${input}" is not a department code such as "18", "29", "2A" or "971".`, field);
  return code;
}
