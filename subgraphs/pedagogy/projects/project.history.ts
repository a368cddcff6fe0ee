import { badInput } from '../../../platform/errors.js';
import type { HistoryBounds } from '../../../platform/seeds/project-history.js';
import { isWorkingDay } from '../../../platform/working-days.js';
import { checkTransition, isOpen, type ProjectStatus } from './project.lifecycle.js';

/** One move of a history as written: from, to, effective day, reason. */
export interface HistoryEntry {
  from: string | null;
  to: string;
  on: string;
  reason: string | null;
}

const VERDICTS = new Set(['ACCEPTED', 'REJECTED']);

/**
 * The rules a whole history obeys, checked on every seeded project before it is written (the
 * services check the same one move at a time; `test/e2e/seed-invariants.test.ts` checks the
 * databases): it starts as a DRAFT, each move is one the lifecycle allows, days never go back, the
 * submission falls inside its campaign, the verdict on a working day after the campaign closed,
 * nothing before the programme or after its end and the reference date, and a project of a
 * programme that ended before the reference date has reached a final status.
 */
export function checkHistory(history: readonly HistoryEntry[], bounds: HistoryBounds, submittedOn: string | null): void {
  const first = history[0];
  if (!first || first.from !== null || first.to !== 'DRAFT') throw badInput('A history starts with the creation of a DRAFT.', 'history');
  const end = bounds.programme && bounds.programme.programmeEnd < bounds.reference ? bounds.programme.programmeEnd : bounds.reference;
  const start = bounds.programme?.programmeStart ?? '0000-01-01';
  history.forEach((entry, i) => {
    const previous = history[i - 1];
    if (previous) {
      if (entry.from !== previous.to) throw badInput(`Move ${i} starts from ${entry.from}, not ${previous.to}.`, 'history');
      checkTransition(previous.to as ProjectStatus, entry.to as ProjectStatus);
      if (entry.on < previous.on) throw badInput(`${entry.to} (${entry.on}) is dated before ${previous.to} (${previous.on}).`, 'history');
    }
    if (entry.on < start || entry.on > end) throw badInput(`${entry.to} (${entry.on}) falls outside ${start} → ${end}.`, 'history');
    if ((entry.to === 'REJECTED' || entry.to === 'WITHDRAWN') && !entry.reason?.trim()) throw badInput(`${entry.to} needs a reason.`, 'reason');
    if (entry.to === 'SUBMITTED') {
      if (entry.on !== submittedOn) throw badInput(`The submission (${entry.on}) is not the project's (${submittedOn}).`, 'submittedOn');
      if (entry.on < bounds.opensOn || entry.on > bounds.closesOn) {
        throw badInput(`The submission (${entry.on}) falls outside its campaign (${bounds.opensOn} → ${bounds.closesOn}).`, 'submittedOn');
      }
    }
    if (VERDICTS.has(entry.to)) {
      if (entry.on <= bounds.closesOn) throw badInput(`The verdict (${entry.on}) comes before the campaign closed (${bounds.closesOn}).`, 'history');
      if (!isWorkingDay(entry.on)) throw badInput(`The commission cannot meet on ${entry.on}, not a working day.`, 'history');
    }
  });
  const last = history.at(-1)!.to as ProjectStatus;
  if (bounds.programme && bounds.programme.programmeEnd < bounds.reference && isOpen(last)) {
    throw badInput(`The programme ended on ${bounds.programme.programmeEnd}; a project cannot still be ${last}.`, 'status');
  }
  if (submittedOn !== null && !history.some((h) => h.to === 'SUBMITTED')) throw badInput('A submission date without a submission.', 'submittedOn');
}
