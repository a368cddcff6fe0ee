import { describe, expect, it } from '@jest/globals';
import { suppressCount } from './privacy.js';

describe('small-cell suppression', () => {
  const analyst = { role: 'ANALYST' as const, departments: [] };
  const coordinator18 = { role: 'PARENTALITY_COORDINATOR' as const, departments: ['18'] };

  it('hides counts of 1 to 10 persons from viewers below the department\'s coordinator', () => {
    expect(suppressCount(3, 11, analyst, '18')).toBeNull();
    expect(suppressCount(10, 11, analyst, '18')).toBeNull();
    expect(suppressCount(3, 11, coordinator18, '29')).toBeNull();
  });

  it('shows them to the coordinator of that department and to ADMIN, and shows 0 and counts from 11 to all', () => {
    expect(suppressCount(3, 11, coordinator18, '18')).toBe(3);
    expect(suppressCount(3, 11, { role: 'ADMIN', departments: [] }, '29')).toBe(3);
    expect(suppressCount(0, 11, analyst, '18')).toBe(0);
    expect(suppressCount(11, 11, analyst, '18')).toBe(11);
  });
});
