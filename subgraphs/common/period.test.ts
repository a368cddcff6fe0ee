import { describe, expect, it } from '@jest/globals';
import { inRange, resolvePeriod, schoolYearOf, schoolYearSeries } from './period.js';

describe('periods', () => {
  it('turns a school year into 1 September – 31 August', () => {
    expect(resolvePeriod({ schoolYear: '2023-2024' })).toEqual({ from: '2023-09-01', to: '2024-08-31' });
  });

  it('keeps a date range and treats no period as all time', () => {
    expect(resolvePeriod({ from: '2022-11-16', to: '2022-11-17' })).toEqual({ from: '2022-11-16', to: '2022-11-17' });
    expect(resolvePeriod(null)).toEqual({ from: null, to: null });
  });

  it.each([
    [{ schoolYear: '2023-2025' }],
    [{ schoolYear: '23-24' }],
    [{ schoolYear: '2023-2024', from: '2023-01-01' }],
    [{ from: '2024-01-02', to: '2024-01-01' }],
  ])('refuses %p with BAD_USER_INPUT', (period) => {
    expect(() => resolvePeriod(period)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
  });

  it('knows the school year of a date', () => {
    expect(schoolYearOf('2023-08-31')).toBe('2022-2023');
    expect(schoolYearOf('2023-09-01')).toBe('2023-2024');
    expect(inRange('2023-09-01', resolvePeriod({ schoolYear: '2023-2024' }))).toBe(true);
    expect(inRange('2024-09-01', resolvePeriod({ schoolYear: '2023-2024' }))).toBe(false);
  });

  it('lists the school years of a series, to the current one by default', () => {
    expect(schoolYearSeries('2020-2021', '2022-2023')).toEqual(['2020-2021', '2021-2022', '2022-2023']);
    expect(schoolYearSeries('2024-2025', null, '2026-01-15')).toEqual(['2024-2025', '2025-2026']);
    expect(schoolYearSeries('2025-2026', '2025-2026')).toEqual(['2025-2026']);
  });

  it.each([
    ['2023-2024', '2022-2023'],
    ['2000-2001', '2030-2031'],
    ['2020', '2022-2023'],
  ])('refuses the series %s … %s with BAD_USER_INPUT', (from, to) => {
    expect(() => schoolYearSeries(from, to)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
  });
});
