import { describe, expect, it } from '@jest/globals';
import { cellCsv, cellText } from './cells.js';
import { compareTables, comparisonCsv, difference, pairText } from './compare.js';
import { flatten, type Cell, type Json, type Table } from './flatten.js';

import { bool, EMPTY, money, num, SECRET, text } from './cells.fixtures.js';

/** One school year of the Cher and the Finistère, as the analysis answers it. */
const year = (hours: [number, number], granted: [number, number], households: [number | null, number | null]): Json => ({
  departments: [
    {
      code: '18',
      name: 'Cher',
      hours: { value: hours[0] },
      granted: { value: { cents: granted[0], currency: 'EUR' } },
      households: { value: households[0], suppressed: households[0] === null },
    },
    {
      code: '29',
      name: 'Finistère',
      hours: { value: hours[1] },
      granted: { value: { cents: granted[1], currency: 'EUR' } },
      households: { value: households[1], suppressed: households[1] === null },
    },
  ],
});

describe('compareTables', () => {
  const a: Table = {
    rowsPath: 'departments',
    columns: [
      { key: 'name', kind: 'text' },
      { key: 'pupils', kind: 'number' },
      { key: 'granted', kind: 'money' },
    ],
    rows: [
      { name: text('Cher'), pupils: num(100), granted: money(10) },
      { name: text('Finistère'), pupils: num(300), granted: money(30) },
    ],
  };
  const b: Table = {
    rowsPath: 'departments',
    columns: [
      { key: 'name', kind: 'text' },
      { key: 'open', kind: 'boolean' },
      { key: 'pupils', kind: 'number' },
      { key: 'rate', kind: 'number' },
    ],
    rows: [
      { name: text('Cher'), open: bool(true), pupils: num(110), rate: num(0.5) },
      { name: text('Finistère'), open: bool(false), pupils: num(290), rate: num(0.25) },
      { name: text('Paris'), open: bool(true), pupils: num(900), rate: num(1) },
    ],
  };

  it('takes the union of both tables’ columns, in order, figures marked', () => {
    expect(compareTables(a, b).columns).toEqual([
      { key: 'name', kind: 'text', figure: false },
      { key: 'pupils', kind: 'number', figure: true },
      { key: 'granted', kind: 'money', figure: true },
      { key: 'open', kind: 'boolean', figure: false },
      { key: 'rate', kind: 'number', figure: true },
    ]);
  });

  it('pairs the rows by position, a missing row as no cells', () => {
    expect(compareTables(a, b).rows).toEqual([
      { a: a.rows[0], b: b.rows[0] },
      { a: a.rows[1], b: b.rows[1] },
      { a: {}, b: b.rows[2] },
    ]);
  });

  it('pairs by position, not by name', () => {
    const reversed: Table = { ...a, rows: [a.rows[1]!, a.rows[0]!] };
    const rows = compareTables(a, reversed).rows;
    expect(rows.map((row) => pairText(row.a.name, row.b.name))).toEqual(['Cher / Finistère', 'Finistère / Cher']);
  });

  it('compares two empty tables as nothing', () => {
    const empty: Table = { rowsPath: '', columns: [], rows: [] };
    expect(compareTables(empty, empty)).toEqual({ columns: [], rows: [] });
  });
});

describe('difference', () => {
  it.each<[string, Cell | undefined, Cell | undefined, Cell]>([
    ['B − A of numbers', num(100), num(120.5), num(20.5)],
    ['a decrease', num(300), num(290), num(-10)],
    ['no change', num(7), num(7), num(0)],
    ['rounded to three decimals', num(0.1), num(0.3), num(0.2)],
    ['of amounts, in cents', money(123456), money(130000), money(6544)],
    ['of amounts in another currency', money(100, 'CHF'), money(50, 'CHF'), money(-50, 'CHF')],
    ['of amounts in two currencies as nothing', money(100, 'EUR'), money(100, 'CHF'), EMPTY],
    ['a secret A as a secret', SECRET, num(4), SECRET],
    ['a secret B as a secret', num(4), SECRET, SECRET],
    ['two secrets as a secret', SECRET, SECRET, SECRET],
    ['a secret beside a missing cell as a secret', undefined, SECRET, SECRET],
    ['a secret beside money as a secret', money(10), SECRET, SECRET],
    ['a missing A as nothing', undefined, num(4), EMPTY],
    ['a missing B as nothing', num(4), undefined, EMPTY],
    ['an empty A as nothing', EMPTY, num(4), EMPTY],
    ['a number beside money as nothing', num(4), money(400), EMPTY],
    ['text as nothing', text('12'), text('14'), EMPTY],
  ])('%s', (_, a, b, expected) => {
    expect(difference(a, b)).toEqual(expected);
  });
});

describe('pairText', () => {
  it.each<[string, Cell | undefined, Cell | undefined, string]>([
    ['the same text once', text('Cher'), text('Cher'), 'Cher'],
    ['differing text as A / B', text('Cher'), text('Finistère'), 'Cher / Finistère'],
    ['the same secret once', SECRET, SECRET, 'secret statistique'],
    ['a missing side as a dash', undefined, text('Paris'), '— / Paris'],
    ['booleans', bool(true), bool(false), 'oui / non'],
  ])('shows %s', (_, a, b, expected) => {
    expect(pairText(a, b)).toBe(expected);
  });

  it('shows through the display given, the same when both sides agree there', () => {
    expect(pairText(text('2024-09-01'), text('2024-09-01'), cellCsv)).toBe('01/09/2024');
    expect(pairText(text('2024-09-01'), text('2025-09-01'), cellCsv)).toBe('01/09/2024 / 01/09/2025');
    expect(pairText(num(1234.5), num(1234.5), cellText)).toBe(cellText(num(1234.5)));
  });
});

describe('comparisonCsv', () => {
  const A = '\u2014 A';
  const B = '\u2014 B';
  const gap = '\u2014 écart (B \u2212 A)';

  it('writes each figure as A, B and the difference, text once, secrets spelt out', () => {
    const first = flatten(year([100.5, 40], [123456, 5000], [null, 12]), 'departments');
    const second = flatten(year([120, 38.75], [130000, 5000], [3, null]), 'departments');
    const heading = [
      'code',
      'name',
      `hours › value ${A}`,
      `hours › value ${B}`,
      `hours › value ${gap}`,
      `granted › value (€) ${A}`,
      `granted › value (€) ${B}`,
      `granted › value (€) ${gap}`,
      `households › value ${A}`,
      `households › value ${B}`,
      `households › value ${gap}`,
    ].join(';');
    expect(comparisonCsv(compareTables(first, second))).toBe(
      '\uFEFF' +
        `${heading}\r\n` +
        '18;Cher;100,5;120;19,5;1234,56;1300,00;65,44;secret statistique;3;secret statistique\r\n' +
        '29;Finistère;40;38,75;-1,25;50,00;50,00;0,00;12;secret statistique;secret statistique\r\n',
    );
  });

  it('heads a figure column X — A;X — B;X — écart (B − A) and leaves the figures of a missing row blank', () => {
    const table: Table = { rowsPath: 'departments', columns: [{ key: 'X', kind: 'number' }], rows: [{ X: num(1) }] };
    const other: Table = { ...table, rows: [{ X: num(3) }, { X: num(5) }] };
    expect(comparisonCsv(compareTables(table, other))).toBe(`\uFEFFX ${A};X ${B};X ${gap}\r\n1;3;2\r\n;5;\r\n`);
  });

  it('writes differing text as A / B and an empty figure as a blank', () => {
    const a: Table = {
      rowsPath: 'departments',
      columns: [
        { key: 'name', kind: 'text' },
        { key: 'pupils', kind: 'number' },
      ],
      rows: [{ name: text('Cher'), pupils: num(10) }],
    };
    const b: Table = { ...a, rows: [{ name: text('Finistère'), pupils: EMPTY }] };
    expect(comparisonCsv(compareTables(a, b))).toBe(`\uFEFFname;pupils ${A};pupils ${B};pupils ${gap}\r\nCher / Finistère;10;;\r\n`);
  });
});
