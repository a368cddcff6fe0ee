import type { DeclaredMutant } from './declared.js';

const PERIOD_TESTS = ['test/e2e/reconciliation.test.ts', 'test/e2e/trends.test.ts'];

/** Period edges and dropped rows, each caught by the reconciliation and the series against SQL. */
export const periodMutants: DeclaredMutant[] = [
  {
    id: 'a period leaves out its first day',
    edits: [{ file: 'subgraphs/common/loaders.ts', find: 'parts.push(`${column} >= ?`)', replace: 'parts.push(`${column} > ?`)' }],
    tests: PERIOD_TESTS,
  },
  {
    id: 'a period leaves out its last day',
    edits: [{ file: 'subgraphs/common/loaders.ts', find: 'parts.push(`${column} <= ?`)', replace: 'parts.push(`${column} < ?`)' }],
    tests: PERIOD_TESTS,
  },
  {
    id: 'a school year starts on 2 September',
    edits: [{ file: 'subgraphs/common/period.ts', find: 'from: `${match[1]}-09-01`', replace: 'from: `${match[1]}-09-02`' }],
    tests: PERIOD_TESTS,
  },
  {
    id: 'a school year ends on 30 August',
    edits: [{ file: 'subgraphs/common/period.ts', find: 'to: `${match[2]}-08-31`', replace: 'to: `${match[2]}-08-30`' }],
    tests: PERIOD_TESTS,
  },
  {
    id: 'a month is cut a day late',
    edits: [{ file: 'subgraphs/common/months.ts', find: "to_char(${source.date}, 'YYYY-MM')", replace: "to_char(${source.date} - 1, 'YYYY-MM')" }],
    tests: PERIOD_TESTS,
  },
  {
    id: 'a breakdown drops its first row',
    edits: [{ file: 'subgraphs/common/loaders.ts', find: 'for (const row of rows) {', replace: 'for (const row of rows.slice(1)) {' }],
    tests: PERIOD_TESTS,
  },
  {
    id: 'totals drop their first key',
    edits: [{ file: 'subgraphs/common/loaders.ts', find: '(rows) => new Map(rows.map(', replace: '(rows) => new Map(rows.slice(1).map(' }],
    tests: PERIOD_TESTS,
  },
];
