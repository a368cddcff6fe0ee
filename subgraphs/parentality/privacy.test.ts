import { describe, expect, it } from '@jest/globals';
import { countOver, suppressCount, suppressGrid, suppressTable, isAuditedPeriod } from './privacy.js';

const analyst = { role: 'ANALYST' as const, departments: [] };
const coordinator18 = { role: 'PARENTALITY_COORDINATOR' as const, departments: ['18'] };

describe('small-cell suppression', () => {
  it('hides counts of 1 to 10 persons from viewers below the department\'s coordinator', () => {
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
