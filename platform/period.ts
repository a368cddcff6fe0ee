import { badInput } from './errors.js';
import { today as todayInFrance } from './today.js';
import type { PeriodInput } from './types.js';

/** A closed date range in ISO dates; a missing end is open. */
export interface DateRange {
  from: string | null;
  to: string | null;
}

const SCHOOL_YEAR = /^(\d{4})-(\d{4})$/;

/** The school year containing a date: "2023-2024" for any day from 2023-09-01 to 2024-08-31. */
export function schoolYearOf(isoDate: string): string {
  const [year, month] = isoDate.split('-').map(Number) as [number, number];
  const start = month >= 9 ? year : year - 1;
  return `${start}-${start + 1}`;
}

/** Turns a PeriodInput into a date range, refusing contradictory or malformed input. */
export function resolvePeriod(period: PeriodInput | null | undefined): DateRange {
  if (!period) return { from: null, to: null };
  const { schoolYear, from, to } = period;
  if (schoolYear && (from || to)) {
    throw badInput('Give either a school year or a date range, not both.', 'period');
  }
  if (schoolYear) {
    const match = SCHOOL_YEAR.exec(schoolYear);
    if (!match || Number(match[2]) !== Number(match[1]) + 1) {
      throw badInput(`"${schoolYear}" is not a school year such as "2023-2024".`, 'period.schoolYear');
    }
    return { from: `${match[1]}-09-01`, to: `${match[2]}-08-31` };
  }
  if (from && to && from > to) throw badInput('The period ends before it starts.', 'period');
  return { from: from ?? null, to: to ?? null };
}

/** True when an ISO date lies in the range. */
export function inRange(isoDate: string, range: DateRange): boolean {
  return (range.from === null || isoDate >= range.from) && (range.to === null || isoDate <= range.to);
}

/** The first school year of the programme's time series: the 2020 pilots. */
export const FIRST_SCHOOL_YEAR = '2020-2021';

/** Longest series a client may ask for, so that one request stays bounded. */
export const MAX_SCHOOL_YEARS = 20;

/**
 * The school years from `from` to `to` included ("2020-2021" … "2025-2026"); `to` defaults to the
 * school year of `today`. Malformed, reversed or over-long series are BAD_USER_INPUT.
 */
export function schoolYearSeries(from: string, to: string | null | undefined, today = todayInFrance()): string[] {
  const first = startOfSchoolYear(from, 'from');
  const last = startOfSchoolYear(to ?? schoolYearOf(today), 'to');
  const count = Number(last) - Number(first) + 1;
  if (count < 1) throw badInput('The series ends before it starts.', 'to');
  if (count > MAX_SCHOOL_YEARS) throw badInput(`A series covers at most ${MAX_SCHOOL_YEARS} school years.`, 'from');
  return Array.from({ length: count }, (_, i) => `${Number(first) + i}-${Number(first) + i + 1}`);
}

/** The first calendar year of a school year ("2023-2024" → "2023"); malformed is BAD_USER_INPUT on `field`. */
function startOfSchoolYear(schoolYear: string, field: string): string {
  const match = SCHOOL_YEAR.exec(schoolYear);
  if (!match || Number(match[2]) !== Number(match[1]) + 1) throw badInput(`"${schoolYear}" is not a school year such as "2023-2024".`, field);
  return match[1]!;
}

/** No restriction: all time. */
export const ALL_TIME: DateRange = Object.freeze({ from: null, to: null });
