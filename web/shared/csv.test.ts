import { describe, expect, it } from '@jest/globals';
import { cellCsv, cellText, columnLabel, isFigure } from './cells.js';
import { tableCsv, toCsv } from './csv.js';
import { flatten, type Cell, type Column, type Json } from './flatten.js';
import { csvNumber, csvText, formatEuros, formatNumber, formatText, SECRET } from './format.js';

const num = (value: number): Cell => ({ kind: 'number', value });
const text = (value: string): Cell => ({ kind: 'text', value });
const money = (cents: number, currency = 'EUR'): Cell => ({ kind: 'money', cents, currency });
const bool = (value: boolean): Cell => ({ kind: 'boolean', value });
const SECRET_CELL: Cell = { kind: 'secret' };
const EMPTY_CELL: Cell = { kind: 'empty' };

// The expected French display, from Intl itself (its spaces are narrow no-break ones).
const frNumber = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 3 });
const frEuros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const frDate = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeZone: 'UTC' });

describe('toCsv', () => {
  it('writes a byte-order mark, `;` between fields and CRLF after every line', () => {
    expect(
      toCsv([
        ['code', 'name'],
        ['18', 'Cher'],
        ['29', 'Finistère'],
      ]),
    ).toBe('\uFEFFcode;name\r\n18;Cher\r\n29;Finistère\r\n');
  });

  it('starts with the byte-order mark', () => {
    expect(toCsv([['a']]).charCodeAt(0)).toBe(0xfeff);
  });

  it('writes an empty file as a mark and one line end', () => {
    expect(toCsv([])).toBe('\uFEFF\r\n');
  });

  it.each<[string, string, string]>([
    ['a plain field as it is', 'Cher', 'Cher'],
    ['an empty field as it is', '', ''],
    ['a comma unquoted (not the separator)', '1234,5', '1234,5'],
    ['a semicolon quoted', 'a;b', '"a;b"'],
    ['a quote doubled and quoted', 'dit "bonjour"', '"dit ""bonjour"""'],
    ['a line feed quoted', 'ligne 1\nligne 2', '"ligne 1\nligne 2"'],
    ['a carriage return quoted', 'ligne 1\r\nligne 2', '"ligne 1\r\nligne 2"'],
    ['an apostrophe unquoted', 'l’atelier', 'l’atelier'],
  ])('writes %s', (_, field, expected) => {
    expect(toCsv([[field, 'x']])).toBe(`\uFEFF${expected};x\r\n`);
  });
});

describe('cellCsv', () => {
  it.each<[string, Cell | undefined, string]>([
    ['a decimal with a comma', num(1234.5), '1234,5'],
    ['a negative decimal', num(-0.25), '-0,25'],
    ['a large number without grouping', num(1000000), '1000000'],
    ['an integer', num(42), '42'],
    ['zero', num(0), '0'],
    ['money in euros with two decimals', money(123456), '1234,56'],
    ['a round amount with two decimals', money(100000), '1000,00'],
    ['a few cents', money(5), '0,05'],
    ['a negative amount', money(-150), '-1,50'],
    ['an ISO date as jj/mm/aaaa', text('2024-09-01'), '01/09/2024'],
    ['another date', text('2021-12-31'), '31/12/2021'],
    ['a month unchanged', text('2024-09'), '2024-09'],
    ['a school year unchanged', text('2023-2024'), '2023-2024'],
    ['a date and time unchanged', text('2024-09-01T08:30:00Z'), '2024-09-01T08:30:00Z'],
    ['other text unchanged', text('Finistère'), 'Finistère'],
    ['true', bool(true), 'oui'],
    ['false', bool(false), 'non'],
    ['a secret spelt out', SECRET_CELL, 'secret statistique'],
    ['an empty cell as nothing', EMPTY_CELL, ''],
    ['a missing cell as nothing', undefined, ''],
  ])('writes %s', (_, cell, expected) => {
    expect(cellCsv(cell)).toBe(expected);
  });
});

describe('csvNumber and csvText', () => {
  it.each<[number, string]>([
    [1234.5, '1234,5'],
    [0.125, '0,125'],
    [-7, '-7'],
    [12345678, '12345678'],
  ])('csvNumber(%p) is %p', (value, expected) => {
    expect(csvNumber(value)).toBe(expected);
  });

  it.each<[string, string]>([
    ['2024-09-01', '01/09/2024'],
    ['2024-9-1', '2024-9-1'],
    ['le 2024-09-01', 'le 2024-09-01'],
    ['Cher', 'Cher'],
  ])('csvText(%p) is %p', (value, expected) => {
    expect(csvText(value)).toBe(expected);
  });
});

describe('tableCsv', () => {
  it('writes a flattened answer as French CSV: headings, decimal comma, euros, dates, secrets, quoting', () => {
    const data: Json = {
      departments: [
        {
          code: '18',
          name: 'Cher',
          pupils: 1234.5,
          granted: { cents: 123456, currency: 'EUR' },
          joinedOn: '2024-09-01',
          households: { value: null, suppressed: true },
          academy: null,
          note: 'a;b "c"',
          open: false,
        },
        {
          code: '29',
          name: 'Finistère',
          pupils: 3000,
          granted: { cents: 50, currency: 'EUR' },
          joinedOn: '2023-01-15',
          households: { value: 12, suppressed: false },
          academy: 'Rennes',
          note: 'deux\nlignes',
          open: true,
        },
      ],
    };
    expect(tableCsv(flatten(data))).toBe(
      '\uFEFF' +
        'code;name;pupils;granted (€);joinedOn;households › value;academy;note;open\r\n' +
        '18;Cher;1234,5;1234,56;01/09/2024;secret statistique;;"a;b ""c""";non\r\n' +
        '29;Finistère;3000;0,50;15/01/2023;12;Rennes;"deux\nlignes";oui\r\n',
    );
  });

  it('writes rows along a nested list with the parent’s columns and a cell left out as nothing', () => {
    const data: Json = {
      departments: [
        { code: '18', years: [{ schoolYear: '2022-2023', hours: 10.25 }, { schoolYear: '2023-2024' }] },
        { code: '29', years: [{ schoolYear: '2023-2024', hours: 7 }] },
      ],
    };
    expect(tableCsv(flatten(data, 'departments.years'))).toBe(
      '\uFEFFcode;years › schoolYear;years › hours\r\n18;2022-2023;10,25\r\n18;2023-2024;\r\n29;2023-2024;7\r\n',
    );
  });

  it('writes a table without rows as its heading only', () => {
    expect(tableCsv({ rowsPath: 'departments', columns: [{ key: 'code', kind: 'text' }], rows: [] })).toBe('\uFEFFcode\r\n');
  });
});

describe('cellText', () => {
  it('shows a decimal number in the French format', () => {
    const shown = cellText(num(1234.5));
    expect(shown).toBe(frNumber.format(1234.5));
    // A space (of whatever width) groups the thousands, a comma before the decimals.
    expect(/^1\s234,5$/u.test(shown)).toBe(true);
  });

  it.each<[string, Cell | undefined, string]>([
    ['a large number', num(28500), frNumber.format(28500)],
    ['a number rounded to three decimals', num(0.12345), '0,123'],
    ['a negative number', num(-3.5), frNumber.format(-3.5)],
    ['an integer', num(42), '42'],
    ['money in euros', money(123456), frEuros.format(1234.56)],
    ['a few cents', money(5), frEuros.format(0.05)],
    ['money in another currency', money(250, 'CHF'), `${frNumber.format(2.5)} CHF`],
    ['a date', text('2024-09-01'), frDate.format(Date.UTC(2024, 8, 1))],
    ['a month', text('2024-09'), 'septembre 2024'],
    ['a school year as it is', text('2023-2024'), '2023-2024'],
    ['a year label as it is', text('2021'), '2021'],
    ['other text as it is', text('Finistère'), 'Finistère'],
    ['true', bool(true), 'oui'],
    ['false', bool(false), 'non'],
    ['a secret', SECRET_CELL, 'secret statistique'],
    ['an empty cell as a dash', EMPTY_CELL, '—'],
    ['a missing cell as a dash', undefined, '—'],
  ])('shows %s', (_, cell, expected) => {
    expect(cellText(cell)).toBe(expected);
  });

  it('shows money in euros with the euro sign and a decimal comma', () => {
    expect(/^1\s234,56\s€$/u.test(cellText(money(123456)))).toBe(true);
  });

  it('shows never 0 nor a blank for a secret', () => {
    expect(SECRET).toBe('secret statistique');
    expect([cellText(SECRET_CELL), cellCsv(SECRET_CELL)]).toEqual([SECRET, SECRET]);
  });
});

describe('format', () => {
  it.each<[string, string]>([
    ['2024-09-01', frDate.format(Date.UTC(2024, 8, 1))],
    ['2024-01', 'janvier 2024'],
    ['2024-12', 'décembre 2024'],
    ['2024-13', '2024-13'],
    ['TRAINING', 'TRAINING'],
  ])('formatText(%p) is %p', (value, expected) => {
    expect(formatText(value)).toBe(expected);
  });

  it('formats a date and time in the French convention', () => {
    const at = '2024-09-01T08:30:00Z';
    expect(formatText(at)).toBe(new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at)));
  });

  it.each<[number, string]>([
    [1234.5, frNumber.format(1234.5)],
    [2 / 3, '0,667'],
    [1e6, frNumber.format(1e6)],
  ])('formatNumber(%p)', (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });

  it.each<[number, string | undefined, string]>([
    [123456, undefined, frEuros.format(1234.56)],
    [123456, 'EUR', frEuros.format(1234.56)],
    [-99, 'EUR', frEuros.format(-0.99)],
    [123456, 'USD', `${frNumber.format(1234.56)} USD`],
  ])('formatEuros(%p, %p)', (cents, currency, expected) => {
    expect(formatEuros(cents, currency)).toBe(expected);
  });
});

describe('columnLabel and isFigure', () => {
  it.each<[Column, string]>([
    [{ key: 'name', kind: 'text' }, 'name'],
    [{ key: 'years.pedagogy.tneSchools.value', kind: 'number' }, 'years › pedagogy › tneSchools › value'],
    [{ key: 'finance.equipmentGranted.value', kind: 'money' }, 'finance › equipmentGranted › value (€)'],
    [{ key: 'byVolet[EQUIPMENT].committed', kind: 'money' }, 'byVolet[EQUIPMENT] › committed (€)'],
  ])('labels %p as %p', (column, expected) => {
    expect(columnLabel(column)).toBe(expected);
  });

  it.each<[string, Cell | undefined, boolean]>([
    ['a number', num(1), true],
    ['money', money(1), true],
    ['a secret', SECRET_CELL, true],
    ['text', text('1'), false],
    ['a boolean', bool(true), false],
    ['an empty cell', EMPTY_CELL, false],
    ['a missing cell', undefined, false],
  ])('aligns %s as a figure: %p', (_, cell, expected) => {
    expect(isFigure(cell)).toBe(expected);
  });
});

describe('CSV text a spreadsheet would run', () => {
  it.each([['=SOMME(A1:A2)'], ['+33 1 23'], ['-2'], ['@cmd']])('keeps %s as text with a leading apostrophe', (text) => {
    expect(cellCsv({ kind: 'text', value: text })).toBe(`'${text}`);
  });
});
