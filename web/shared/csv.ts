import { cellCsv, columnLabel } from './cells.js';
import type { Table } from './flatten.js';

/**
 * CSV as French spreadsheets open it: UTF-8 with a byte-order mark, `;` between fields (the comma is
 * the decimal separator), CRLF line ends, fields quoted when they hold a separator, a quote or a line end.
 */
export function toCsv(lines: string[][]): string {
  const quote = (field: string) => (/[;"\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field);
  return `\uFEFF${lines.map((line) => line.map(quote).join(';')).join('\r\n')}\r\n`;
}

/** A flattened table as French CSV: a heading line, then one line per row. */
export function tableCsv(table: Table): string {
  return toCsv([table.columns.map(columnLabel), ...table.rows.map((row) => table.columns.map((c) => cellCsv(row[c.key])))]);
}
