import { describe, expect, it } from '@jest/globals';
import { easterSunday, nonWorkingReason, publicHolidays, workingDayFrom } from './working-days.js';

describe('French public holidays and working days', () => {
  it.each([
    [2021, '2021-04-04'],
    [2022, '2022-04-17'],
    [2023, '2023-04-09'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
  ])('Easter %p is on %p', (year, day) => {
    expect(easterSunday(year)).toBe(day);
  });

  it('lists the eleven holidays of 2024, Easter Monday, Ascension and Whit Monday included', () => {
    expect(publicHolidays(2024)).toEqual([
      '2024-01-01',
      '2024-04-01',
      '2024-05-01',
      '2024-05-08',
      '2024-05-09',
      '2024-05-20',
      '2024-07-14',
      '2024-08-15',
      '2024-11-01',
      '2024-11-11',
      '2024-12-25',
    ]);
  });

  it.each([
    ['2024-02-03', 'a Saturday'],
    ['2024-02-04', 'a Sunday'],
    ['2023-05-18', 'a public holiday'], // Ascension 2023, a Thursday
    ['2022-11-11', 'a public holiday'],
    ['2024-02-01', null],
    ['2024-04-02', null],
  ])('%p is %p', (day, reason) => {
    expect(nonWorkingReason(day)).toBe(reason);
  });

  it('moves to the next working day', () => {
    expect(workingDayFrom('2024-03-30')).toBe('2024-04-02'); // Saturday, Sunday, Easter Monday
    expect(workingDayFrom('2024-02-01')).toBe('2024-02-01');
  });
});
