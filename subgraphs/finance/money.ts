import { BigIntType } from '@mikro-orm/core';

/**
 * Column type of every amount: integer euro cents in a PostgreSQL bigint, read as a JavaScript
 * number (exact up to 2^53 cents, about 90 billion euros) — never a float.
 */
export const centsColumn = () => new BigIntType('number');
