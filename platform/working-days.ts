/**
 * Working days in France (jours ouvrés): Monday to Friday, except the eleven public holidays of
 * metropolitan France (Code du travail, art. L3133-1). Commissions meet, and seeds date their
 * decisions, only on such days. Dates are ISO `YYYY-MM-DD`, computed in UTC so that no time zone
 * shifts a day.
 */

const DAY = 86_400_000;

const parse = (date: string): Date => new Date(`${date}T00:00:00Z`);
const format = (date: Date): string => date.toISOString().slice(0, 10);

/** The ISO date `days` days after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  return format(new Date(parse(date).getTime() + days * DAY));
}

/** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const holidayCache = new Map<number, ReadonlySet<string>>();

/** The eleven public holidays (jours fériés) of a year in metropolitan France. */
export function publicHolidays(year: number): ReadonlySet<string> {
  let holidays = holidayCache.get(year);
  if (!holidays) {
    const easter = easterSunday(year);
    const fixed = ['01-01', '05-01', '05-08', '07-14', '08-15', '11-01', '11-11', '12-25'].map((md) => `${year}-${md}`);
    // Easter Monday, Ascension (Easter + 39) and Whit Monday (lundi de Pentecôte, Easter + 50).
    holidays = new Set([...fixed, addDays(easter, 1), addDays(easter, 39), addDays(easter, 50)]);
    holidayCache.set(year, holidays);
  }
  return holidays;
}

/** Whether a day is Saturday or Sunday. */
export function isWeekend(date: string): boolean {
  const weekday = parse(date).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** Whether a day is a French public holiday. */
export function isPublicHoliday(date: string): boolean {
  return publicHolidays(Number(date.slice(0, 4))).has(date);
}

/** Whether a day is a working day: neither a weekend nor a public holiday. */
export function isWorkingDay(date: string): boolean {
  return !isWeekend(date) && !isPublicHoliday(date);
}

/** The first working day on or after `date`. */
export function nextWorkingDay(date: string): string {
  let day = date;
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/** The last working day on or before `date`. */
export function previousWorkingDay(date: string): string {
  let day = date;
  while (!isWorkingDay(day)) day = addDays(day, -1);
  return day;
}

/** The working day `count` working days after `date` (`count` ≥ 1; `date` itself need not be one). */
export function addWorkingDays(date: string, count: number): string {
  let day = date;
  for (let left = count; left > 0; left -= 1) day = nextWorkingDay(addDays(day, 1));
  return day;
}
