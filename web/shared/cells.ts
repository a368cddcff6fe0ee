import type { Cell, Column } from './flatten.js';
import { csvNumber, csvText, formatEuros, formatNumber, formatText, SECRET } from './format.js';

/** A cell as a French reader sees it in a table. */
export function cellText(cell: Cell | undefined): string {
  if (!cell) return '—';
  switch (cell.kind) {
    case 'number':
      return formatNumber(cell.value);
    case 'money':
      return formatEuros(cell.cents, cell.currency);
    case 'text':
      return formatText(cell.value);
    case 'boolean':
      return cell.value ? 'oui' : 'non';
    case 'secret':
      return SECRET;
    case 'empty':
      return '—';
  }
}

/** A cell in a French CSV file: decimal comma, amounts in euros, dates jj/mm/aaaa, withheld figures spelt out. */
export function cellCsv(cell: Cell | undefined): string {
  if (!cell) return '';
  switch (cell.kind) {
    case 'number':
      return csvNumber(cell.value);
    case 'money':
      return (cell.cents / 100).toFixed(2).replace('.', ',');
    case 'text':
      return csvText(cell.value);
    case 'boolean':
      return cell.value ? 'oui' : 'non';
    case 'secret':
      return SECRET;
    case 'empty':
      return '';
  }
}

/** A column's heading: its path with readable separators, and the unit of an amount. */
export const columnLabel = (column: Column) => `${column.key.replaceAll('.', ' › ')}${column.kind === 'money' ? ' (€)' : ''}`;

/** True for cells right-aligned as figures. */
export const isFigure = (cell: Cell | undefined) => cell?.kind === 'number' || cell?.kind === 'money' || cell?.kind === 'secret';
