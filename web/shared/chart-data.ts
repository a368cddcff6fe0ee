import { cellText, columnLabel } from './cells.js';
import { cellNumber, labelColumn, numericColumns, timeColumn, type Column, type Row, type Table } from './flatten.js';
import { formatText } from './format.js';

export interface ChartSeries {
  label: string;
  /** One figure per category; null where withheld or missing (a gap, never 0). */
  data: Array<number | null>;
}

export interface ChartData {
  indicator?: Column;
  /** Lines along school years or months; bars otherwise. */
  kind: 'bar' | 'line';
  labels: string[];
  series: ChartSeries[];
  /** The rows whose figure is withheld (« secret statistique »), named. */
  withheld: string[];
}

const textOf = (row: Row, column: Column | undefined) => (column ? cellText(row[column.key]) : '');
const depth = (column: Column) => column.key.split('.').length;

/**
 * What a chart of one indicator draws from a table: one line per name along the periods when the rows
 * are per school year or month; grouped bars when each name has several rows told apart by a deeper
 * text (per volet, per audience, per CRCN domain); else one bar per row.
 */
export function chartData(table: Table, indicatorKey?: string): ChartData {
  const figures = numericColumns(table);
  const indicator = figures.find((c) => c.key === indicatorKey) ?? figures[0];
  const label = labelColumn(table);
  const time = timeColumn(table);
  const texts = table.columns.filter((c) => c.kind === 'text' && c !== label && c !== time);
  const category = label ? texts.filter((c) => depth(c) > depth(label)).sort((a, b) => depth(b) - depth(a))[0] : undefined;
  const axis = time ?? category;
  const name = (row: Row) => [textOf(row, label), axis ? textOf(row, axis) : ''].filter(Boolean).join(' · ');
  const withheld = indicator ? table.rows.filter((row) => row[indicator.key]?.kind === 'secret').map(name) : [];
  if (!indicator) return { kind: 'bar', labels: [], series: [], withheld };
  const value = (row: Row | undefined) => cellNumber(row?.[indicator.key]);
  if (!axis)
    return { indicator, kind: 'bar', labels: table.rows.map(name), series: [{ label: columnLabel(indicator), data: table.rows.map(value) }], withheld };
  const raw = (row: Row) => {
    const cell = row[axis.key];
    return cell?.kind === 'text' ? cell.value : '';
  };
  const categories = [...new Set(table.rows.map(raw))];
  if (time) categories.sort();
  const names = [...new Set(table.rows.map((row) => textOf(row, label)))];
  return {
    indicator,
    kind: time ? 'line' : 'bar',
    labels: categories.map(formatText),
    series: names.map((serie) => ({
      label: serie || columnLabel(indicator),
      data: categories.map((c) => value(table.rows.find((row) => textOf(row, label) === serie && raw(row) === c))),
    })),
    withheld,
  };
}
