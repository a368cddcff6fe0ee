import { badInput } from '../../../platform/errors.js';
import { Verdict } from './commission.entity.js';
import { isPublicHoliday, isWeekend } from '../../../platform/working-days.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

import { today } from '../../../platform/today.js';

/** Today in France (one definition for every subgraph). */
export { today };

export { parseDepartmentCode } from '../../../platform/department-code.js';

/** The period of a department's programme (pedagogy's Department.programmeStart/End). */
export interface Programme {
  start: string;
  end: string;
}

/**
 * A commission needs a name and a meeting day: a working day (not a weekend nor a French public
 * holiday) and, when the department's programme is known, within it.
 */
export function checkCommission(name: string, meetsOn: string, programme: Programme | null = null): { name: string; meetsOn: string } {
  if (!name.trim()) throw badInput('A commission needs a name.', 'name');
  if (!ISO_DATE.test(meetsOn)) throw badInput(`"${meetsOn}" is not a date.`, 'meetsOn');
  const weekday = new Date(`${meetsOn}T00:00:00Z`).getUTCDay();
  const closed = Number.isNaN(weekday)
    ? null
    : isWeekend(meetsOn)
      ? weekday === 6
        ? 'a Saturday'
        : 'a Sunday'
      : isPublicHoliday(meetsOn)
        ? 'a public holiday'
        : null;
  if (closed) throw badInput(`A commission meets on a working day: ${meetsOn} is ${closed}.`, 'meetsOn');
  if (programme && (meetsOn < programme.start || meetsOn > programme.end)) {
    throw badInput(`A commission meets within the department's programme (${programme.start} to ${programme.end}), not on ${meetsOn}.`, 'meetsOn');
  }
  return { name: name.trim(), meetsOn };
}

/** What a decision rule needs to know. */
export interface DecisionFacts {
  verdict: Verdict;
  amountCents?: number | null;
  reason?: string | null;
  /** The subsidy the project's funding plan requests. */
  requestedCents: number;
}

/**
 * THE decision rule (docs/DOMAIN.md): ACCEPTED grants 0 < amount ≤ the requested subsidy; REJECTED
 * grants nothing and needs a reason. Returns the amount and reason to store; the database checks
 * the same shape (subsidy_verdict_amount).
 */
export function checkDecision({ verdict, amountCents, reason, requestedCents }: DecisionFacts): { amountCents: number; reason: string | null } {
  const why = reason?.trim() || null;
  if (verdict === Verdict.REJECTED) {
    if (!why) throw badInput('A rejection needs a reason (motif).', 'reason');
    if (amountCents) throw badInput(`A rejection grants nothing: the amount must be 0 (got ${amountCents} cents).`, 'amountCents');
    return { amountCents: 0, reason: why };
  }
  if (amountCents === undefined || amountCents === null) throw badInput('An acceptance needs the amount granted.', 'amountCents');
  if (!Number.isSafeInteger(amountCents) || amountCents <= 0) {
    throw badInput(`The amount granted must be a whole number of cents above 0 (got ${amountCents}).`, 'amountCents');
  }
  if (amountCents > requestedCents) {
    throw badInput(`The amount granted (${amountCents} cents) exceeds the subsidy requested by the funding plan (${requestedCents} cents).`, 'amountCents');
  }
  return { amountCents, reason: why };
}

/** A decision is dated on or after its commission's meeting, and never in the future. */
export function checkDecisionDate(decidedOn: string, meetsOn: string, now = today()): string {
  if (!ISO_DATE.test(decidedOn)) throw badInput(`"${decidedOn}" is not a date.`, 'decidedOn');
  if (decidedOn < meetsOn) throw badInput(`A decision cannot predate its commission's meeting (${meetsOn}).`, 'decidedOn');
  if (decidedOn > now) throw badInput('A decision cannot be dated in the future.', 'decidedOn');
  return decidedOn;
}

/** What the disbursement rule needs to know of the subsidy. */
export interface SubsidyBalance {
  verdict: Verdict;
  amountCents: number;
  decidedOn: string;
  /** Sum of the payments already made. */
  disbursedCents: number;
}

/** THE payment rule: an accepted subsidy is paid in positive amounts whose sum never exceeds it. */
export function checkDisbursement(subsidy: SubsidyBalance, amountCents: number, paidOn: string, now = today()): void {
  if (subsidy.verdict !== Verdict.ACCEPTED) throw badInput('A rejected decision grants nothing to pay.', 'subsidyId');
  if (!Number.isSafeInteger(amountCents) || amountCents <= 0) {
    throw badInput(`A payment is a whole number of cents above 0 (got ${amountCents}).`, 'amountCents');
  }
  const remaining = subsidy.amountCents - subsidy.disbursedCents;
  if (amountCents > remaining) {
    throw badInput(`The payment (${amountCents} cents) exceeds what remains of the subsidy (${remaining} cents).`, 'amountCents');
  }
  if (!ISO_DATE.test(paidOn)) throw badInput(`"${paidOn}" is not a date.`, 'paidOn');
  if (paidOn < subsidy.decidedOn) throw badInput(`A payment cannot predate the decision (${subsidy.decidedOn}).`, 'paidOn');
  if (paidOn > now) throw badInput('A payment cannot be dated in the future.', 'paidOn');
}
