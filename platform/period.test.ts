import { afterEach, describe, expect, it, jest } from '@jest/globals';
import type { PeriodInput } from './types.js';
import { ALL_TIME, FIRST_SCHOOL_YEAR, MAX_SCHOOL_YEARS, inRange, resolvePeriod, schoolYearOf, schoolYearSeries, type DateRange } from './period.js';

/** The exact GraphQL error a client receives: BAD_USER_INPUT, the field at fault and the message. */
const badUserInput = (field: string, message: string) => expect.objectContaining({ message, extensions: { code: 'BAD_USER_INPUT', field } });

const notASchoolYear = (text: string) => `"${text}" is not a school year such as "2023-2024".`;

describe('schoolYearOf', () => {
  it.each([
    ['2023-08-31', '2022-2023'], // last day of a school year
    ['2023-09-01', '2023-2024'], // first day of the next
    ['2023-12-31', '2023-2024'], // last day of a calendar year
    ['2024-01-01', '2023-2024'], // first day of the next calendar year, same school year
    ['2024-02-29', '2023-2024'], // leap day
    ['2024-08-31', '2023-2024'],
    ['2024-09-01', '2024-2025'],
    ['2000-01-31', '1999-2000'],
  ])('puts %s in %s', (date, schoolYear) => {
    expect(schoolYearOf(date)).toBe(schoolYear);
  });
});

describe('resolvePeriod', () => {
  it.each<[string, PeriodInput | null | undefined, DateRange]>([
    ['no period (null): all time', null, { from: null, to: null }],
    ['no period (undefined): all time', undefined, { from: null, to: null }],
    ['an empty period: all time', {}, { from: null, to: null }],
    ['a school year: 1 September – 31 August', { schoolYear: '2023-2024' }, { from: '2023-09-01', to: '2024-08-31' }],
    ['a school year ending in a leap year', { schoolYear: '2019-2020' }, { from: '2019-09-01', to: '2020-08-31' }],
    ['a date range', { from: '2022-11-16', to: '2022-11-17' }, { from: '2022-11-16', to: '2022-11-17' }],
    ['a single day (from = to)', { from: '2024-02-29', to: '2024-02-29' }, { from: '2024-02-29', to: '2024-02-29' }],
    ['a range over a month end', { from: '2024-01-31', to: '2024-02-01' }, { from: '2024-01-31', to: '2024-02-01' }],
    ['a range without an end: open', { from: '2024-03-01' }, { from: '2024-03-01', to: null }],
    ['a range without a start: open', { to: '2024-02-29' }, { from: null, to: '2024-02-29' }],
    ['an empty school year next to a range: the range', { schoolYear: '', from: '2024-01-01', to: '2024-01-31' }, { from: '2024-01-01', to: '2024-01-31' }],
  ])('resolves %s', (_case, period, range) => {
    expect(resolvePeriod(period)).toEqual(range);
  });

  it('compares from and to only when both are given (an empty to is no end to compare with)', () => {
    expect(resolvePeriod({ from: '2024-01-01', to: '' }).from).toBe('2024-01-01');
    expect(resolvePeriod({ from: '', to: '2024-01-01' }).to).toBe('2024-01-01');
  });

  it.each<[string, PeriodInput, string, string]>([
    ['a school year and a start', { schoolYear: '2023-2024', from: '2023-01-01' }, 'period', 'Give either a school year or a date range, not both.'],
    ['a school year and an end', { schoolYear: '2023-2024', to: '2024-01-01' }, 'period', 'Give either a school year or a date range, not both.'],
    ['a school year and a malformed start', { schoolYear: '23-24', from: '2023-01-01' }, 'period', 'Give either a school year or a date range, not both.'],
    ['years two apart', { schoolYear: '2023-2025' }, 'period.schoolYear', notASchoolYear('2023-2025')],
    ['the same year twice', { schoolYear: '2023-2023' }, 'period.schoolYear', notASchoolYear('2023-2023')],
    ['years reversed', { schoolYear: '2024-2023' }, 'period.schoolYear', notASchoolYear('2024-2023')],
    ['two-digit years', { schoolYear: '23-24' }, 'period.schoolYear', notASchoolYear('23-24')],
    ['text before the year', { schoolYear: 'x2023-2024' }, 'period.schoolYear', notASchoolYear('x2023-2024')],
    ['text after the year', { schoolYear: '2023-2024x' }, 'period.schoolYear', notASchoolYear('2023-2024x')],
    ['a slash', { schoolYear: '2023/2024' }, 'period.schoolYear', notASchoolYear('2023/2024')],
    ['an end the day before the start', { from: '2024-01-02', to: '2024-01-01' }, 'period', 'The period ends before it starts.'],
    ['an end on the leap day before a 1 March start', { from: '2024-03-01', to: '2024-02-29' }, 'period', 'The period ends before it starts.'],
    ['an end a school year before the start', { from: '2024-09-01', to: '2024-08-31' }, 'period', 'The period ends before it starts.'],
  ])('refuses %s', (_case, period, field, message) => {
    expect(() => resolvePeriod(period)).toThrow(badUserInput(field, message));
  });
});

describe('inRange', () => {
  const schoolYear: DateRange = { from: '2023-09-01', to: '2024-08-31' };
  const untilLeapDay: DateRange = { from: null, to: '2024-02-29' };
  const fromLeapDay: DateRange = { from: '2024-02-29', to: null };
  const oneDay: DateRange = { from: '2024-02-29', to: '2024-02-29' };

  it.each<[string, DateRange, string, boolean]>([
    ['school year', schoolYear, '2023-08-31', false],
    ['school year', schoolYear, '2023-09-01', true],
    ['school year', schoolYear, '2024-02-29', true],
    ['school year', schoolYear, '2024-08-31', true],
    ['school year', schoolYear, '2024-09-01', false],
    ['open start', untilLeapDay, '1999-01-01', true],
    ['open start', untilLeapDay, '2024-02-28', true],
    ['open start', untilLeapDay, '2024-02-29', true],
    ['open start', untilLeapDay, '2024-03-01', false],
    ['open end', fromLeapDay, '2024-02-28', false],
    ['open end', fromLeapDay, '2024-02-29', true],
    ['open end', fromLeapDay, '2099-12-31', true],
    ['one day', oneDay, '2024-02-28', false],
    ['one day', oneDay, '2024-02-29', true],
    ['one day', oneDay, '2024-03-01', false],
    ['all time', ALL_TIME, '1900-01-01', true],
    ['all time', ALL_TIME, '2999-12-31', true],
  ])('%s %p holds %s: %p', (_case, range, date, expected) => {
    expect(inRange(date, range)).toBe(expected);
  });

  it.each([
    ['2023-08-31', false],
    ['2023-09-01', true],
    ['2024-08-31', true],
    ['2024-09-01', false],
  ])('puts %s in the school year 2023-2024 resolved: %p', (date, expected) => {
    expect(inRange(date, resolvePeriod({ schoolYear: '2023-2024' }))).toBe(expected);
  });

  it('has all time as a frozen range without bounds', () => {
    expect(ALL_TIME).toEqual({ from: null, to: null });
    expect(Object.isFrozen(ALL_TIME)).toBe(true);
  });
});

describe('schoolYearSeries', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('starts with the 2020 pilots and is bounded to 20 school years', () => {
    expect(FIRST_SCHOOL_YEAR).toBe('2020-2021');
    expect(MAX_SCHOOL_YEARS).toBe(20);
  });

  it.each<[string, string | null | undefined, string | undefined, string[]]>([
    ['2020-2021', '2022-2023', undefined, ['2020-2021', '2021-2022', '2022-2023']],
    ['2025-2026', '2025-2026', undefined, ['2025-2026']],
    ['2024-2025', null, '2026-01-15', ['2024-2025', '2025-2026']],
    ['2024-2025', undefined, '2025-08-31', ['2024-2025']], // last day of the school year
    ['2024-2025', undefined, '2025-09-01', ['2024-2025', '2025-2026']], // first day of the next
    ['2023-2024', null, '2024-02-29', ['2023-2024']],
    ['2022-2023', '2023-2024', '2030-01-01', ['2022-2023', '2023-2024']], // a given end wins over today
  ])('lists %s … %s (today %s)', (from, to, today, series) => {
    expect(schoolYearSeries(from, to, today)).toEqual(series);
  });

  it('lists 20 school years, the most a series covers', () => {
    const series = schoolYearSeries('2006-2007', '2025-2026');
    expect(series).toHaveLength(20);
    expect([series[0], series[19]]).toEqual(['2006-2007', '2025-2026']);
  });

  it.each([
    // 31 August 22:30 UTC is already 1 September, 00:30, in France: the new school year.
    ['2025-08-31T22:30:00Z', ['2024-2025', '2025-2026']],
    // 31 August 21:30 UTC is still 31 August, 23:30, in France.
    ['2025-08-31T21:30:00Z', ['2024-2025']],
  ])('ends by default with the school year of the day in France (now %s)', (now, series) => {
    jest.useFakeTimers({ now: new Date(now) });
    expect(schoolYearSeries('2024-2025', undefined)).toEqual(series);
  });

  it.each<[string, string | null, string | undefined, string, string]>([
    ['2023-2024', '2022-2023', undefined, 'to', 'The series ends before it starts.'],
    ['2025-2026', null, '2025-08-31', 'to', 'The series ends before it starts.'],
    ['2005-2006', '2025-2026', undefined, 'from', 'A series covers at most 20 school years.'],
    ['2000-2001', '2030-2031', undefined, 'from', 'A series covers at most 20 school years.'],
    ['2020', '2022-2023', undefined, 'from', notASchoolYear('2020')],
    ['2023-2025', '2025-2026', undefined, 'from', notASchoolYear('2023-2025')],
    ['x2020-2021', '2022-2023', undefined, 'from', notASchoolYear('x2020-2021')],
    ['2020-2021', '2022-2022', undefined, 'to', notASchoolYear('2022-2022')],
    ['2020-2021', '2022-2023 ', undefined, 'to', notASchoolYear('2022-2023 ')],
    ['2020-2021', '2022', undefined, 'to', notASchoolYear('2022')],
  ])('refuses the series %s … %s (today %s)', (from, to, today, field, message) => {
    expect(() => schoolYearSeries(from, to, today)).toThrow(badUserInput(field, message));
  });
});
