import type { Programme } from '../programme.js';
import { addDays, addWorkingDays, previousWorkingDay } from '../working-days.js';
import type { Random } from './random.js';

/**
 * Histories of seeded projects, dated by construction so that they obey the rules the services and
 * the invariants test apply (pedagogy's `project.history.ts` checks every one before it is written):
 * a draft, a submission inside the campaign, review, the commission's verdict on its meeting day,
 * then work under way and completed, all within the programme and up to the seeds' reference date.
 */

/** One move of a project's history. */
export interface PlannedChange {
  from: string | null;
  to: string;
  on: string;
  reason: string | null;
}

/** The window a seeded project's dates must keep to. */
export interface HistoryBounds {
  opensOn: string;
  closesOn: string;
  /** The department's programme, when it has one. */
  programme: Pick<Programme, 'programmeStart' | 'programmeEnd'> | null;
  /** The seeds' reference date: nothing is dated after it. */
  reference: string;
}

/** Working days between a campaign's close and its commission: the time to review the files. */
const REVIEW_WORKING_DAYS = 15;

/** The last day a project of these bounds can be dated. */
export const lastDay = (bounds: HistoryBounds): string =>
  bounds.programme && bounds.programme.programmeEnd < bounds.reference ? bounds.programme.programmeEnd : bounds.reference;

/**
 * The day a campaign's commission meets (one per department and campaign): three weeks of working
 * days after it closes, or the last working day the bounds allow; null when none is left.
 */
export function commissionDay(bounds: HistoryBounds): string | null {
  const end = lastDay(bounds);
  const planned = addWorkingDays(bounds.closesOn, REVIEW_WORKING_DAYS);
  const day = planned <= end ? planned : previousWorkingDay(end);
  return day > bounds.closesOn ? day : null;
}

/** Whether a programme ended before the reference date: its projects must all be in a final status. */
export const programmeOver = (bounds: HistoryBounds): boolean => bounds.programme !== null && bounds.programme.programmeEnd < bounds.reference;

export const REASONS: Readonly<Record<string, string>> = {
  REJECTED: 'Projet non retenu par la commission',
  WITHDRAWN: "Retrait par l'établissement",
};

/**
 * The dated history of a path of statuses (from submission on; empty for a draft). The draft opens
 * 5 to 30 days before the submission (not before the programme), review starts within days, the
 * verdict falls on the commission's day, work starts weeks after it and ends before the last day.
 */
export function planHistory(random: Random, path: readonly string[], submittedOn: string, bounds: HistoryBounds): PlannedChange[] {
  const end = lastDay(bounds);
  const commission = commissionDay(bounds);
  const earliest = bounds.programme ? bounds.programme.programmeStart : '0000-01-01';
  const draftOn = [addDays(submittedOn, -random.int(5, 30)), earliest].sort().at(-1)!;
  const changes: PlannedChange[] = [{ from: null, to: 'DRAFT', on: draftOn, reason: null }];
  const clamp = (day: string, low: string, high: string) => (day < low ? low : day > high ? high : day);
  for (const to of path) {
    const previous = changes.at(-1)!;
    let on: string;
    if (to === 'SUBMITTED') on = submittedOn;
    else if (to === 'ACCEPTED' || to === 'REJECTED') {
      if (!commission) throw new Error(`No commission can meet after ${bounds.closesOn} before ${end}.`);
      on = commission;
    } else if (to === 'UNDER_REVIEW') on = clamp(addDays(previous.on, random.int(3, 20)), previous.on, commission ? addDays(commission, -1) : end);
    else if (to === 'IN_PROGRESS') on = clamp(addDays(previous.on, random.int(10, 45)), previous.on, end);
    else if (to === 'COMPLETED') on = clamp(addDays(previous.on, random.int(90, 300)), previous.on, end);
    else on = clamp(addDays(previous.on, random.int(10, 60)), previous.on, end); // WITHDRAWN
    changes.push({ from: previous.to, to, on, reason: REASONS[to] ?? null });
  }
  return changes;
}
