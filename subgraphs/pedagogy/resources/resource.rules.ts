import { badInput } from '../../../platform/errors.js';
import { IDENTIFIER_SHAPES } from '../../../platform/identifiers.js';

/** Most units one deployment may carry: a whole département's teacher accounts fit. */
export const MAX_UNITS = 100_000;

/** Units of a deployment: a whole number from 1 (the database checks units > 0 too). */
export function checkUnits(units: number): void {
  if (!Number.isInteger(units) || units < 1 || units > MAX_UNITS) {
    throw badInput(`units must be a whole number from 1 to ${MAX_UNITS} (got ${units}).`, 'units');
  }
}

/** Resource codes are upper-case words such as "PRIMOT" or "VR_CLASS_SET". */
export function parseResourceCode(input: string): string {
  const code = input.trim().toUpperCase();
  if (!IDENTIFIER_SHAPES.resource.shape.test(code)) throw badInput(`"${input}" is not a resource code such as "PRIMOT".`, 'resourceCode');
  return code;
}
