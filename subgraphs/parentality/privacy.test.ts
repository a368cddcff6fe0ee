import { describe, expect, it } from '@jest/globals';
import { seededRandom } from '../../platform/seeds/random.js';
import { disclosedCells } from './disclosure.js';
import { ROLES, type Role, type Viewer } from '../../platform/viewer.js';
import { countFor, countOfCut, countOver, isAuditedPeriod, isSmallCell, mayReadSmallCells, suppressCount, suppressGrid, suppressTable } from './privacy.js';

const analyst = { role: 'ANALYST' as const, departments: [] };
const coordinator18 = { role: 'PARENTALITY_COORDINATOR' as const, departments: ['18'] };

describe('small-cell suppression', () => {
  it("hides counts of 1 to 10 persons from viewers below the department's coordinator", () => {
    expect(suppressCount(3, 11, analyst, '18')).toBeNull();
    expect(suppressCount(10, 11, analyst, '18')).toBeNull();
    expect(suppressCount(3, 11, coordinator18, '29')).toBeNull();
  });

  it('shows them to the coordinator of that department and to ADMIN, and shows 0 and counts from 11 to all', () => {
    expect(suppressCount(3, 11, coordinator18, '18')).toBe(3);
    expect(suppressCount(3, 11, { role: 'ADMIN', departments: [] }, '29')).toBe(3);
    expect(suppressCount(0, 11, analyst, '18')).toBe(0);
    expect(suppressCount(11, 11, analyst, '18')).toBe(11);
  });

  it('shows a filtered total only to who reads small cells of every department in it, however large', () => {
    expect(countOver({ viewer: coordinator18, privacyMinCell: 11 }, ['18'], 3)).toBe(3);
    expect(countOver({ viewer: coordinator18, privacyMinCell: 11 }, ['18', '29'], 3)).toBeNull();
    // A large filtered total is still a cut that could be subtracted from a published figure.
    expect(countOver({ viewer: coordinator18, privacyMinCell: 11 }, ['18', '29'], 30)).toBeNull();
  });

  it('publishes figures below the coordinator for all time or whole school years only', () => {
    expect(isAuditedPeriod({ from: null, to: null })).toBe(true);
    expect(isAuditedPeriod({ from: '2023-09-01', to: '2024-08-31' })).toBe(true);
    expect(isAuditedPeriod({ from: '2023-09-02', to: '2024-08-31' })).toBe(false);
    expect(isAuditedPeriod({ from: '2023-09-01', to: null })).toBe(false);
    // Several school years are a cut too: two spans differ by a year, hidden or not.
    expect(isAuditedPeriod({ from: '2019-09-01', to: '2025-08-31' })).toBe(false);
  });
});

describe('suppressTable (secondary suppression)', () => {
  it('hides a second cell, the smallest non-zero one, when exactly one is hidden and the total is shown', () => {
    expect(suppressTable([3, 40, 0, 12, 25], 80, 11)).toEqual({ cells: [null, 40, 0, null, 25], total: 80 });
  });

  it('makes the hidden cell unrecoverable: total minus the shown cells never equals one hidden cell', () => {
    const cells = [5, 14, 30, 22];
    const { cells: shown, total } = suppressTable(cells, 71, 11);
    const hidden = shown.flatMap((value, index) => (value === null ? [index] : []));
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    const rest = total! - shown.reduce<number>((sum, value) => sum + (value ?? 0), 0);
    expect(hidden.some((index) => cells[index] === rest)).toBe(false);
  });

  it('adds nothing when two or more cells are already hidden, or when no total is shown', () => {
    expect(suppressTable([3, 4, 40], 47, 11)).toEqual({ cells: [null, null, 40], total: 47 });
    expect(suppressTable([3, 40, 20], undefined, 11)).toEqual({ cells: [null, 40, 20], total: null });
  });

  it('hides a small total (and then every small cell)', () => {
    expect(suppressTable([3, 0, 4], 7, 11)).toEqual({ cells: [null, 0, null], total: null });
  });

  it('hides the total when no other cell can be hidden (cells that do not add up, e.g. distinct households)', () => {
    expect(suppressTable([5, 0, 0], 12, 11)).toEqual({ cells: [null, 0, 0], total: null });
  });

  it('breaks ties on the first smallest cell, and hides nothing for a viewer who may read small cells', () => {
    expect(suppressTable([2, 15, 15], 32, 11)).toEqual({ cells: [null, null, 15], total: 32 });
    expect(suppressTable([2, 15, 15], 32, 11, true)).toEqual({ cells: [2, 15, 15], total: 32 });
  });
});

describe('suppressGrid (secondary suppression across school years and kinds)', () => {
  const KINDS = ['A', 'B', 'C'];
  const grid = (rows: Record<string, Record<string, number>>) => new Map(Object.entries(rows).map(([y, kinds]) => [y, new Map(Object.entries(kinds))]));
  const values = grid({ '2019-2020': { A: 4 }, '2021-2022': { A: 60, B: 95 }, '2022-2023': { A: 81, B: 100, C: 30 }, '2023-2024': { B: 176, C: 200 } });

  /** No row or column (margins included) may have exactly one hidden figure. */
  function expectNoLoneHidden(shown: ReturnType<typeof suppressGrid>, years: string[]) {
    const rows = [...years.map((y) => [...KINDS.map((k) => shown.cell(y, k)), shown.year(y)]), [...KINDS.map((k) => shown.kind(k)), shown.total]];
    const columns = [...KINDS, 'total'].map((_, c) => rows.map((row) => row[c]));
    for (const line of [...rows, ...columns]) expect(line.filter((v) => v === null).length).not.toBe(1);
  }

  it('hides a small cell and enough others that no year, kind or total gives it back by subtraction', () => {
    const shown = suppressGrid(values, KINDS, 11, false);
    expect(shown.cell('2019-2020', 'A')).toBeNull();
    expect(shown.year('2019-2020')).toBeNull(); // 4: small itself
    expectNoLoneHidden(shown, [...values.keys()]);
    expect(shown.cell('2020-2021', 'A')).toBe(0); // a year without activity
  });

  it('shows every figure to who reads small cells, and a table without small cells untouched', () => {
    expect(suppressGrid(values, KINDS, 11, true).cell('2019-2020', 'A')).toBe(4);
    const large = suppressGrid(grid({ '2021-2022': { A: 60, B: 95 }, '2022-2023': { A: 81 } }), KINDS, 11, false);
    expect([large.cell('2021-2022', 'B'), large.year('2022-2023'), large.kind('A'), large.total]).toEqual([95, 81, 141, 236]);
  });
});

// ---------------------------------------------------------------------------------------------
// Who reads small cells, and the threshold, case by case.

const SCOPES = { own: ['18'], ownAmongOthers: ['29', '18'], other: ['29'], none: [] as string[] } as const;
type Scope = keyof typeof SCOPES;
const EVERY = Object.keys(SCOPES) as Scope[];
const who = (role: Role, scope: Scope): Viewer => ({ role, departments: [...SCOPES[scope]] });
const everyViewer = ROLES.flatMap((role) => EVERY.map((scope) => [role, scope] as const));
/** docs/DOMAIN.md: the coordinator of the department and ADMIN read small cells; no one else. */
const readsSmallCells = (role: Role, scope: Scope) =>
  role === 'ADMIN' || (role === 'PARENTALITY_COORDINATOR' && (scope === 'own' || scope === 'ownAmongOthers'));

describe('who reads small cells of department 18', () => {
  it.each(everyViewer)('%s with %s departments', (role, scope) => {
    const reads = readsSmallCells(role, scope);
    expect(mayReadSmallCells(who(role, scope), '18')).toBe(reads);
    // Threshold 11: 0 and 11 and more are shown to all; 1 to 10 only to who reads small cells.
    expect([0, 1, 2, 10, 11, 12, 500].map((value) => suppressCount(value, 11, who(role, scope), '18'))).toEqual(
      reads ? [0, 1, 2, 10, 11, 12, 500] : [0, null, null, null, 11, 12, 500],
    );
  });
});

describe('isSmallCell: 1 to threshold − 1', () => {
  it.each([
    [-1, 11, false],
    [0, 11, false],
    [1, 11, true],
    [10, 11, true],
    [11, 11, false],
    [12, 11, false],
    [4, 5, true],
    [5, 5, false],
    [6, 5, false],
    [1, 2, true],
    [2, 2, false],
    [1, 1, false], // a threshold of 1 hides nothing
    [0, 1, false],
  ])('%p persons with threshold %p: %p', (value, minCell, small) => {
    expect(isSmallCell(value, minCell)).toBe(small);
  });
});

describe('countFor, countOfCut: a count of one department as a scope shows it', () => {
  const analyst = who('ANALYST', 'none');
  const coordinator = who('PARENTALITY_COORDINATOR', 'own');

  it("applies the scope's threshold, not a fixed one", () => {
    expect([4, 5, 6].map((value) => countFor({ viewer: analyst, privacyMinCell: 5 }, '18', value))).toEqual([null, 5, 6]);
    expect([10, 11].map((value) => countFor({ viewer: analyst, privacyMinCell: 11 }, '18', value))).toEqual([null, 11]);
    expect(countFor({ viewer: coordinator, privacyMinCell: 5 }, '18', 4)).toBe(4);
    expect(countFor({ viewer: coordinator, privacyMinCell: 5 }, '29', 4)).toBeNull();
  });

  it.each(everyViewer)('%s with %s departments: an audited figure gets primary suppression, a cut is hidden entirely below the coordinator', (role, scope) => {
    const privacy = { viewer: who(role, scope), privacyMinCell: 11 };
    const values = [0, 1, 10, 11, 12, 400];
    const reads = readsSmallCells(role, scope);
    expect(values.map((value) => countOfCut(privacy, '18', true, value))).toEqual(reads ? values : [0, null, null, 11, 12, 400]);
    expect(values.map((value) => countOfCut(privacy, '18', false, value))).toEqual(reads ? values : values.map(() => null));
  });
});

describe('countOver: a count over a filtered list of departments', () => {
  it.each(everyViewer)('%s with %s departments', (role, scope) => {
    const privacy = { viewer: who(role, scope), privacyMinCell: 11 };
    const reads = readsSmallCells(role, scope);
    expect(countOver(privacy, ['18'], 3)).toBe(reads ? 3 : null);
    expect(countOver(privacy, ['18'], 300)).toBe(reads ? 300 : null);
    // Read small cells of 18 is not enough for a list that also covers 29.
    expect(countOver(privacy, ['18', '29'], 300)).toBe(role === 'ADMIN' || (role === 'PARENTALITY_COORDINATOR' && scope === 'ownAmongOthers') ? 300 : null);
    expect(countOver(privacy, ['29', '18'], 0)).toBe(role === 'ADMIN' || (role === 'PARENTALITY_COORDINATOR' && scope === 'ownAmongOthers') ? 0 : null);
  });

  it('shows the zero of a list that matched no department', () => {
    expect(countOver({ viewer: who('ANALYST', 'none'), privacyMinCell: 11 }, [], 0)).toBe(0);
  });
});

describe('isAuditedPeriod: all time, or exactly one school year', () => {
  it.each([
    [null, null, true],
    ['2023-09-01', '2024-08-31', true],
    ['1999-09-01', '2000-08-31', true],
    ['2024-09-01', '2025-08-31', true],
    [null, '2024-08-31', false], // open start
    ['2023-09-01', null, false], // open end
    ['2023-09-02', '2024-08-31', false],
    ['2023-08-31', '2024-08-31', false],
    ['2023-09-01', '2024-08-30', false],
    ['2023-09-01', '2024-09-01', false],
    ['2023-09-01', '2023-08-31', false], // the end of the previous school year
    ['2023-09-01', '2025-08-31', false], // two school years
    ['2022-09-01', '2024-08-31', false],
    ['2023-01-01', '2023-12-31', false], // a calendar year
    ['2024-08-31', '2025-08-31', false],
    ['', '', false],
  ])('from %p to %p: %p', (from, to, audited) => {
    expect(isAuditedPeriod({ from, to })).toBe(audited);
  });
});

// ---------------------------------------------------------------------------------------------
// suppressTable, case by case.

describe('suppressTable: which second cell, and when', () => {
  it.each([
    // [cells, total, expected cells, expected total]
    [[20, 3, 40], 63, [null, null, 40], 63], // the smallest shown cell is the first one
    [[40, 3, 25], 68, [40, null, null], 68], // the lone hidden cell is not the first
    [[40, 25, 3], 68, [40, null, null], 68],
    [[3, 0, 40, 20], 63, [null, 0, 40, null], 63], // zeros are never picked: they reveal no one
    [[0, 3, 11], 14, [0, null, null], 14], // the second cell may be at the threshold
    [[3, 15, 12, 12], 42, [null, 15, null, 12], 42], // the first of equals
    [[10, 11], 21, [null, null], 21], // threshold − 1 is hidden, threshold is not
    [[11, 12], 23, [11, 12], 23], // nothing small, nothing hidden
    [[0, 0], 0, [0, 0], 0],
    [[1, 40], 41, [null, null], 41],
    [[3, 4, 40], 47, [null, null, 40], 47], // two hidden already
    [[3], 12, [null], null], // one cell, whose total would give it back: the total goes
    [[3, 20], 10, [null, 20], null], // a small total hides itself, then no second cell is needed
    [[3, 20], 11, [null, null], 11], // a total at the threshold is shown
    [[12, 20], 5, [12, 20], null],
    [[30, 20], 40, [30, 20], 40], // distinct households: a total below the sum of the cells
  ] as Array<[number[], number, Array<number | null>, number | null]>)('%p with total %p → %p, %p', (cells, total, expectedCells, expectedTotal) => {
    expect(suppressTable(cells, total, 11)).toStrictEqual({ cells: expectedCells, total: expectedTotal });
  });

  it('without a total, applies primary suppression only', () => {
    expect(suppressTable([3, 40, 20], undefined, 11)).toStrictEqual({ cells: [null, 40, 20], total: null });
    expect(suppressTable([10, 11, 0], undefined, 11)).toStrictEqual({ cells: [null, 11, 0], total: null });
    expect(suppressTable([], undefined, 11)).toStrictEqual({ cells: [], total: null });
  });

  it('uses the threshold given', () => {
    expect(suppressTable([4, 5, 30], 39, 5)).toStrictEqual({ cells: [null, null, 30], total: 39 });
    expect(suppressTable([4, 5, 30], 39, 4)).toStrictEqual({ cells: [4, 5, 30], total: 39 });
  });

  it('reveals everything, as given, to who reads small cells (a copy of the cells; null for a missing total)', () => {
    const cells = [3, 0, 40];
    const shown = suppressTable(cells, 43, 11, true);
    expect(shown).toStrictEqual({ cells: [3, 0, 40], total: 43 });
    expect(shown.cells).not.toBe(cells);
    expect(suppressTable([3, 0, 4], 7, 11, true)).toStrictEqual({ cells: [3, 0, 4], total: 7 });
    expect(suppressTable([3], undefined, 11, true)).toStrictEqual({ cells: [3], total: null });
    expect(suppressTable([3], 3, 11, false)).toStrictEqual({ cells: [null], total: null });
  });
});

describe('suppressGrid: which figures, case by case', () => {
  const grid = (rows: Array<[string, Record<string, number>]>) => new Map(rows.map(([year, kinds]) => [year, new Map(Object.entries(kinds))]));
  /** The shown table: one row per year (its kinds, then its total), then the kinds' totals and the total. */
  const table = (values: ReturnType<typeof grid>, kinds: string[], minCell = 11, reveal = false) => {
    const shown = suppressGrid(values, kinds, minCell, reveal);
    const years = [...values.keys()].sort();
    return [
      ...years.map((year) => [...kinds.map((kind) => shown.cell(year, kind)), shown.year(year)]),
      [...kinds.map((kind) => shown.kind(kind)), shown.total],
    ];
  };

  it('hides the smallest figure still shown, wherever it stands in its row', () => {
    expect(table(grid([['2023-2024', { A: 3, B: 30, C: 20 }]]), ['A', 'B', 'C'])).toEqual([
      [null, 30, null, 53],
      [null, 30, null, 53],
    ]);
  });

  it('hides the first of two equal smallest figures', () => {
    expect(table(grid([['2023-2024', { A: 3, B: 20, C: 20 }]]), ['A', 'B', 'C'])).toEqual([
      [null, null, 20, 43],
      [null, null, 20, 43],
    ]);
  });

  it('never hides a zero to protect a small figure', () => {
    expect(table(grid([['2023-2024', { A: 3, B: 0, C: 20 }]]), ['A', 'B', 'C'])).toEqual([
      [null, 0, null, 23],
      [null, 0, null, 23],
    ]);
  });

  it('reads the school years in order, whatever order they come in', () => {
    const expected = [
      [null, null, 33],
      [null, null, 45],
      [15, 40, 55],
      [33, 100, 133],
    ];
    const rows: Array<[string, Record<string, number>]> = [
      ['2022-2023', { A: 3, B: 30 }],
      ['2023-2024', { A: 15, B: 30 }],
      ['2024-2025', { A: 15, B: 40 }],
    ];
    expect(table(grid(rows), ['A', 'B'])).toEqual(expected);
    expect(table(grid([...rows].reverse()), ['A', 'B'])).toEqual(expected);
  });

  it('counts a kind missing from a year as 0, and answers 0 for a year or kind not in the table', () => {
    const values = grid([
      ['2021-2022', { A: 40 }],
      ['2022-2023', { B: 25 }],
    ]);
    expect(table(values, ['A', 'B'])).toEqual([
      [40, 0, 40],
      [0, 25, 25],
      [40, 25, 65],
    ]);
    const shown = suppressGrid(values, ['A', 'B'], 11, false);
    expect([shown.cell('2019-2020', 'A'), shown.cell('2021-2022', 'Z'), shown.year('2019-2020'), shown.kind('Z'), shown.cell('2019-2020', 'Z')]).toEqual([
      0, 0, 0, 0, 0,
    ]);
  });

  it('applies the threshold given: threshold − 1 hidden, threshold shown', () => {
    const values = grid([['2023-2024', { A: 4, B: 5, C: 30 }]]);
    expect(table(values, ['A', 'B', 'C'], 5)).toEqual([
      [null, null, 30, 39],
      [null, null, 30, 39],
    ]);
    expect(table(values, ['A', 'B', 'C'], 4)).toEqual([
      [4, 5, 30, 39],
      [4, 5, 30, 39],
    ]);
  });

  it('reveals every figure, sums included, to who reads small cells', () => {
    expect(
      table(
        grid([
          ['2023-2024', { A: 3, B: 0, C: 20 }],
          ['2022-2023', { A: 1 }],
        ]),
        ['A', 'B', 'C'],
        11,
        true,
      ),
    ).toEqual([
      [1, 0, 0, 1],
      [3, 0, 20, 23],
      [4, 0, 20, 24],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Property-style: many seeded pseudo-random tables and grids.

/** The seeds' own generator (mulberry32): the same seed gives the same tables on every run. */
function random(seed: number) {
  const { next, int } = seededRandom(seed);
  /** A count about persons: often 0, often small, often at the threshold's edges, often large. */
  const count = (minCell: number) => {
    const u = next();
    if (u < 0.25) return 0;
    if (u < 0.5) return int(1, minCell - 1);
    if (u < 0.65) return minCell + int(-1, 1);
    return int(minCell, minCell + 80);
  };
  return { next, int, count };
}
const THRESHOLDS = [2, 5, 11];
const SEEDS = Array.from({ length: 400 }, (_, i) => i + 1);

/**
 * What is wrong with one shown figure, if anything: a figure is shown as it is or hidden (null),
 * never altered; a small one is always hidden; a zero is always shown.
 */
function faultOf(value: number, shown: number | null | undefined, minCell: number): string | null {
  if (shown !== null && shown !== value) return `${value} shown as ${String(shown)}`;
  if (shown !== null && isSmallCell(value, minCell)) return `small ${value} shown`;
  if (shown === null && value === 0) return '0 hidden';
  return null;
}

describe('suppressTable on generated tables', () => {
  it.each(SEEDS.filter((seed) => seed <= 200))('seed %i', (seed) => {
    const { int, next, count } = random(seed);
    const minCell = THRESHOLDS[int(0, 2)]!;
    const cells = Array.from({ length: int(1, 7) }, () => count(minCell));
    const sum = cells.reduce((a, b) => a + b, 0);
    const u = next();
    // A total that is the sum, that of distinct households (between the largest cell and the sum), or none.
    const total = u < 0.6 ? sum : u < 0.8 ? int(Math.max(0, ...cells), sum) : undefined;

    expect(suppressTable(cells, total, minCell, true)).toStrictEqual({ cells, total: total ?? null });

    const shown = suppressTable(cells, total, minCell);
    expect(shown.cells).toHaveLength(cells.length);
    expect(cells.map((value, i) => faultOf(value, shown.cells[i], minCell)).filter((fault) => fault !== null)).toEqual([]);

    const hidden = shown.cells.flatMap((value, i) => (value === null ? [i] : []));
    const primary = cells.filter((value) => isSmallCell(value, minCell)).length;
    const candidates = cells.filter((value) => value >= minCell);
    // The total is shown as it is unless missing, small, or alone with one hidden cell and nothing else to hide.
    const totalShown = total !== undefined && !isSmallCell(total, minCell) && !(primary === 1 && candidates.length === 0);
    expect(shown.total).toBe(totalShown ? total : null);
    // With the total shown, no hidden cell is alone: total minus the shown cells never isolates one.
    expect(totalShown && hidden.length === 1).toBe(false);
    // And no more is hidden than needed: one second cell at most, the smallest still shown.
    const secondNeeded = primary === 1 && totalShown;
    expect(hidden).toHaveLength(secondNeeded ? 2 : primary);
    expect(hidden.filter((i) => !isSmallCell(cells[i]!, minCell)).map((i) => cells[i])).toEqual(secondNeeded ? [Math.min(...candidates)] : []);
  });
});

describe('suppressGrid on generated grids (school years × kinds, with margins)', () => {
  /** A generated grid: years in a shuffled order, kinds, and the true figures of the whole table. */
  function generate(seed: number) {
    const { int, next, count } = random(seed);
    const minCell = THRESHOLDS[int(0, 2)]!;
    const kinds = Array.from({ length: int(1, 4) }, (_, i) => `KIND_${i}`);
    const starts = Array.from({ length: 10 }, (_, i) => 2015 + i).filter(() => next() < 0.45);
    const years = starts.map((start) => `${start}-${start + 1}`);
    const order = [...years].sort(() => next() - 0.5); // Map order as the database might give it
    const values = new Map(order.map((year) => [year, new Map(kinds.filter(() => next() < 0.85).map((kind) => [kind, count(minCell)]))]));
    const cell = (year: string, kind: string) => values.get(year)?.get(kind) ?? 0;
    const yearTotal = (year: string) => kinds.reduce((sum, kind) => sum + cell(year, kind), 0);
    const kindTotal = (kind: string) => years.reduce((sum, year) => sum + cell(year, kind), 0);
    const total = kinds.reduce((sum, kind) => sum + kindTotal(kind), 0);
    // The whole table, rows then the margin row, each row's kinds then the row's margin.
    const truth = [...years.map((year) => [...kinds.map((kind) => cell(year, kind)), yearTotal(year)]), [...kinds.map(kindTotal), total]];
    return { minCell, kinds, years, values, truth };
  }
  /** The same table as shown. */
  const shownTable = (shown: ReturnType<typeof suppressGrid>, years: string[], kinds: string[]) => [
    ...years.map((year) => [...kinds.map((kind) => shown.cell(year, kind)), shown.year(year)]),
    [...kinds.map((kind) => shown.kind(kind)), shown.total],
  ];
  const linesOf = <T>(table: T[][]) => [...table, ...table[0]!.map((_, c) => table.map((row) => row[c]!))];

  it.each(SEEDS)('seed %i', (seed) => {
    const { minCell, kinds, years, values, truth } = generate(seed);

    expect(shownTable(suppressGrid(values, kinds, minCell, true), years, kinds)).toEqual(truth);

    const table = shownTable(suppressGrid(values, kinds, minCell, false), years, kinds);
    const faults = truth.flatMap((row, r) => row.map((value, c) => faultOf(value, table[r]![c], minCell))).filter((fault) => fault !== null);
    expect(faults).toEqual([]);
    // No row or column (margins included) has exactly one hidden figure: none follows by subtraction.
    expect(linesOf(table).filter((line) => line.filter((value) => value === null).length === 1)).toEqual([]);
    // Nor by combining rows and columns: no small figure is determined by what is shown.
    const mask = table.map((row) => row.map((value) => value === null));
    const disclosed = disclosedCells(mask, years.length, kinds.length).filter(([r, c]) => isSmallCell(truth[r]![c]!, minCell));
    expect(disclosed).toEqual([]);
    // A table without small figures is shown whole.
    const anySmall = truth.some((row) => row.some((value) => isSmallCell(value, minCell)));
    expect(table.flat().some((value) => value === null)).toBe(anySmall);
  });

  it('keeps hidden a figure that a school year and a kind together would give away', () => {
    const values = new Map([
      [
        '2021-2022',
        new Map([
          ['A', 0],
          ['B', 24],
          ['C', 3],
        ]),
      ],
      ['2022-2023', new Map([['B', 6]])],
      [
        '2023-2024',
        new Map([
          ['A', 21],
          ['B', 42],
          ['C', 49],
        ]),
      ],
    ]);
    const shown = suppressGrid(values, ['A', 'B', 'C'], 11, false);
    expect(shown.cell('2021-2022', 'C')).toBeNull();
    // Before, total − year 2023-2024 − (kind B − cell (2023-2024, B)) = 145 − 112 − (72 − 42) gave the 3 back.
    const recovered = [shown.total, shown.year('2023-2024'), shown.kind('B'), shown.cell('2023-2024', 'B')];
    expect(recovered.some((value) => value === null)).toBe(true);
    const mask = [
      ...['2021-2022', '2022-2023', '2023-2024'].map((y) => [...['A', 'B', 'C'].map((k) => shown.cell(y, k) === null), shown.year(y) === null]),
      [...['A', 'B', 'C'].map((k) => shown.kind(k) === null), shown.total === null],
    ];
    expect(disclosedCells(mask, 3, 3)).not.toContainEqual([0, 2]);
    // No figure beside it is shown but zeros: the smallest shown anywhere (42) is hidden too.
    const years = ['2021-2022', '2022-2023', '2023-2024'];
    expect([
      ...years.map((y) => [...['A', 'B', 'C'].map((k) => shown.cell(y, k)), shown.year(y)]),
      [...['A', 'B', 'C'].map((k) => shown.kind(k)), shown.total],
    ]).toEqual([
      [0, null, null, null],
      [0, null, 0, null],
      [null, null, null, 112],
      [null, 72, null, 145],
    ]);
  });

  it('generates grids with and without small figures, and needing more than primary suppression', () => {
    const generated = SEEDS.map((seed) => {
      const { minCell, kinds, years, values, truth } = generate(seed);
      const table = shownTable(suppressGrid(values, kinds, minCell, false), years, kinds);
      return {
        small: truth.some((row) => row.some((value) => isSmallCell(value, minCell))),
        secondary: truth.some((row, r) => row.some((value, c) => table[r]![c] === null && !isSmallCell(value, minCell))),
      };
    });
    expect(generated.filter((grid) => grid.small).length).toBeGreaterThan(200);
    expect(generated.filter((grid) => !grid.small).length).toBeGreaterThan(20);
    expect(generated.filter((grid) => grid.secondary).length).toBeGreaterThan(100);
  });
});
