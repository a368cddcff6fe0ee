import { describe, expect, it } from '@jest/globals';
import { kpi } from './types.js';

describe('Kpi', () => {
  it('normalises per 1,000 pupils and per 10,000 inhabitants', () => {
    expect(kpi(42, { pupils: 60_000, inhabitants: 300_000 })).toEqual({
      value: 42,
      perThousandPupils: 0.7,
      perTenThousandInhabitants: 1.4,
      suppressed: false,
    });
  });

  it('gives no ratio without a base, and nothing at all when suppressed', () => {
    expect(kpi(5, {}).perThousandPupils).toBeNull();
    expect(kpi(null, { pupils: 10 })).toEqual({ value: null, perThousandPupils: null, perTenThousandInhabitants: null, suppressed: true });
  });
});
