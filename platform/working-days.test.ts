import { describe, expect, it } from '@jest/globals';
import {
  addDays,
  addWorkingDays,
  easterSunday,
  isPublicHoliday,
  isWeekend,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  publicHolidays,
} from './working-days.js';

describe('working days', () => {
  it.each([
    [2020, '2020-04-12'],
    [2021, '2021-04-04'],
    [2022, '2022-04-17'],
    [2023, '2023-04-09'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
  ])('finds Easter Sunday of %i on %s', (year, easter) => {
    expect(easterSunday(year)).toBe(easter);
  });

  it("lists France's eleven public holidays, the movable ones from Easter", () => {
    expect([...publicHolidays(2024)].sort()).toEqual([
      '2024-01-01',
      '2024-04-01', // lundi de Pâques
      '2024-05-01',
      '2024-05-08',
      '2024-05-09', // Ascension
      '2024-05-20', // lundi de Pentecôte
      '2024-07-14',
      '2024-08-15',
      '2024-11-01',
      '2024-11-11',
      '2024-12-25',
    ]);
    expect(isPublicHoliday('2023-05-29')).toBe(true); // Whit Monday 2023
    expect(isPublicHoliday('2023-05-30')).toBe(false);
  });

  it('refuses weekends and holidays, accepts other days', () => {
    expect(isWeekend('2024-06-15')).toBe(true); // Saturday
    expect(isWeekend('2024-06-16')).toBe(true); // Sunday
    expect(isWorkingDay('2024-06-17')).toBe(true); // Monday
    expect(isWorkingDay('2024-11-11')).toBe(false); // Armistice, a Monday
    expect(isWorkingDay('2025-12-25')).toBe(false);
  });

  it('moves to the nearest working day in either direction', () => {
    expect(nextWorkingDay('2024-06-15')).toBe('2024-06-17');
    expect(nextWorkingDay('2024-06-17')).toBe('2024-06-17');
    expect(nextWorkingDay('2024-04-30')).toBe('2024-04-30');
    expect(nextWorkingDay('2024-05-01')).toBe('2024-05-02');
    expect(previousWorkingDay('2024-04-01')).toBe('2024-03-29'); // Easter Monday back to Friday (Good Friday is worked)
    // From Tuesday 7 May 2024: 8 May and Ascension (9 May) are skipped, Friday 10 is the first, Monday 13 the second.
    expect(addWorkingDays('2024-05-07', 2)).toBe('2024-05-13');
  });

  it('adds calendar days across months and years', () => {
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});
