import { programmeOf, SEED_REFERENCE_DATE } from '../../../platform/programme.js';

/**
 * The period of a department's seeded envelopes: its programme (platform/programme.ts); outside the
 * programme, the school years the benchmark data cover, up to the seeds' reference date.
 */
export function fundingPeriodOf(departmentCode: string): { start: string; end: string } {
  const programme = programmeOf(departmentCode);
  return programme ? { start: programme.programmeStart, end: programme.programmeEnd } : { start: '2022-09-01', end: SEED_REFERENCE_DATE };
}
