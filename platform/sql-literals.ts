/**
 * Enum values written into SQL text (a filter in an aggregate, a monthly measure): taken from the
 * TypeScript enums, so a renamed value changes the SQL with it. Only code constants come here
 * (upper-case words, checked), never a client's text: those are bound parameters.
 */
export function sqlLiteral(value: string): string {
  if (!/^[A-Z][A-Z0-9_]*$/.test(value)) throw new Error(`Not an enum value: ${JSON.stringify(value)}`);
  return `'${value}'`;
}

/** A list of enum values for `in (…)`. */
export const sqlList = (values: readonly string[]): string => values.map(sqlLiteral).join(', ');
