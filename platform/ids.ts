import { IDENTIFIER_SHAPES } from './identifiers.js';
import { badInput } from './errors.js';

const UUID = IDENTIFIER_SHAPES.uuid.shape;

/** True for a UUID, the form of every identifier the API gives. */
export const isUuid = (value: string) => UUID.test(value);

/**
 * An identifier from a client, checked before it reaches SQL: trimmed and lower-cased when it is a
 * UUID, BAD_USER_INPUT naming the field otherwise (never a database error).
 */
export function parseId(input: string, field = 'id'): string {
  const id = input.trim().toLowerCase();
  if (!isUuid(id)) throw badInput(`"${input}" is not an identifier of this API (a UUID).`, field);
  return id;
}
