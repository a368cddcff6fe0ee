import { describe, expect, it } from '@jest/globals';
import { sqlList, sqlLiteral } from './sql-literals.js';

describe('enum values as SQL literals', () => {
  it('quotes upper-case code constants', () => {
    expect(sqlLiteral('PAID')).toBe("'PAID'");
    expect(sqlList(['COMMITTED', 'PAID', 'IN_PROGRESS'])).toBe("'COMMITTED', 'PAID', 'IN_PROGRESS'");
  });

  it.each(["PAID' or 1=1 --", 'paid', '', 'A B', '1ST'])('refuses %p, which is no enum value', (value) => {
    expect(() => sqlLiteral(value)).toThrow('Not an enum value');
  });
});
