import { BigIntType } from '@mikro-orm/core';

/**
 * Column type of every amount: integer euro cents in a PostgreSQL bigint, read as a JavaScript
 * number (exact up to 2^53 cents, about 90 billion euros) — never a float.
 */
export const centsColumn = () => new BigIntType('number');

/** The sum of an amount over rows (cents, counts). */
export const sumOf = <T>(rows: readonly T[], value: (row: T) => number): number => rows.reduce((total, row) => total + value(row), 0);
