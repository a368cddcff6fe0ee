import { badInput } from '../../../platform/errors.js';
import { addDays } from '../../../platform/working-days.js';

/** Longest loan: one school year (a device lent in September comes back by the summer). */
export const MAX_LOAN_DAYS = 366;

/** A loan is due on or after it starts, and within a school year of its start. */
export function checkLoanDates(startsOn: string, dueOn: string): void {
  if (dueOn < startsOn) throw badInput('dueOn cannot be before startsOn.', 'dueOn');
  if (dueOn > addDays(startsOn, MAX_LOAN_DAYS)) throw badInput(`A loan lasts a school year at most: due by ${addDays(startsOn, MAX_LOAN_DAYS)}.`, 'dueOn');
}

/** A device comes back on or after the loan started, and not in the future. */
export function checkReturn(startsOn: string, returnedOn: string, today: string): void {
  if (returnedOn < startsOn) throw badInput('returnedOn cannot be before the loan started.', 'returnedOn');
  if (returnedOn > today) throw badInput('returnedOn cannot be in the future.', 'returnedOn');
}
