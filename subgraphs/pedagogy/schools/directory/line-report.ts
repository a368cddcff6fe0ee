import { codedError } from '../../../../platform/errors.js';

/** One refused line: the file, its line number (the header is line 1), the UAI when one was read, what is wrong. */
export interface LineFault {
  file: string;
  line: number;
  uai: string | null;
  reason: string;
}

/** At most this many faults are kept (all are counted), so that a wrong file costs bounded memory. */
export const MAX_REPORTED_FAULTS = 1000;

/** Every fault of an import's files: the first MAX_REPORTED_FAULTS kept, all counted. */
export class LineReport {
  readonly faults: LineFault[] = [];
  count = 0;

  add(fault: LineFault): void {
    this.count++;
    if (this.faults.length < MAX_REPORTED_FAULTS) this.faults.push(fault);
  }
}

/** BAD_USER_INPUT carrying the line-numbered report (`extensions.report`), capped, with the full count. */
export function reportError(report: LineReport) {
  const shown = report.faults.length < report.count ? ` (the first ${report.faults.length} are listed)` : '';
  return codedError('BAD_USER_INPUT', `The files have ${report.count} bad line(s)${shown}; nothing was imported.`, {
    report: report.faults,
    errorCount: report.count,
  });
}
