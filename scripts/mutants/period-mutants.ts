import type { DeclaredMutant } from './declared.js';

const PERIOD_TESTS = ['test/e2e/reconciliation.test.ts', 'test/e2e/trends.test.ts'];

/** Period edges and dropped rows: what breaks, in which file, the text and its replacement. */
const PERIOD_EDITS: Array<[id: string, file: string, find: string, replace: string]> = [
  ['a period leaves out its first day', 'platform/loaders.ts', 'parts.push(`${column} >= ?`)', 'parts.push(`${column} > ?`)'],
  ['a period leaves out its last day', 'platform/loaders.ts', 'parts.push(`${column} <= ?`)', 'parts.push(`${column} < ?`)'],
  ['a school year starts on 2 September', 'platform/period.ts', 'from: `${match[1]}-09-01`', 'from: `${match[1]}-09-02`'],
  ['a school year ends on 30 August', 'platform/period.ts', 'to: `${match[2]}-08-31`', 'to: `${match[2]}-08-30`'],
  ['a month is cut a day late', 'platform/months.ts', "to_char(${source.date}, 'YYYY-MM')", "to_char(${source.date} - 1, 'YYYY-MM')"],
  ['a breakdown drops its first row', 'platform/loaders.ts', 'for (const row of rows) {', 'for (const row of rows.slice(1)) {'],
  ['totals drop their first key', 'platform/loaders.ts', '(rows) => new Map(rows.map(', '(rows) => new Map(rows.slice(1).map('],
];

/** Each caught by the reconciliation and the series against SQL. */
export const periodMutants: DeclaredMutant[] = PERIOD_EDITS.map(([id, file, find, replace]) => ({ id, edits: [{ file, find, replace }], tests: PERIOD_TESTS }));
