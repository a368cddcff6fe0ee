/**
 * French public holidays (jours fériés, metropolitan France) and working days, computed: the fixed
 * days and the three that follow Easter (Monday, Ascension, Whit Monday). No package: the Gregorian
 * Easter computus (Meeus/Jones/Butcher) is a few lines of integer arithmetic.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** Easter Sunday of a Gregorian year, as an ISO date. */
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
  return `${year}-${pad(month)}-${pad(day)}`;
}

const plusDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const FIXED = ['01-01', '05-01', '05-08', '07-14', '08-15', '11-01', '11-11', '12-25'];

/** The eleven public holidays of a year, as ISO dates. */
export function publicHolidays(year: number): string[] {
  const easter = easterSunday(year);
  return [...FIXED.map((day) => `${year}-${day}`), plusDays(easter, 1), plusDays(easter, 39), plusDays(easter, 50)].sort();
}

/** Why a day is not a working day ("a Saturday", "a public holiday"), or null when it is one. */
export function nonWorkingReason(iso: string): string | null {
  const time = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(time)) return null; // not a calendar day: the date scalar refuses it
  const weekday = new Date(time).getUTCDay();
  if (weekday === 6) return 'a Saturday';
  if (weekday === 0) return 'a Sunday';
  if (publicHolidays(Number(iso.slice(0, 4))).includes(iso)) return 'a public holiday';
  return null;
}

/** The first working day on or after a date. */
export function workingDayFrom(iso: string): string {
  let day = iso;
  while (nonWorkingReason(day)) day = plusDays(day, 1);
  return day;
}
