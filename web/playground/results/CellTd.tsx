import { cellText, isFigure } from '../../shared/cells.js';
import type { Cell } from '../../shared/flatten.js';

/** One table cell: figures right-aligned, a withheld one marked « secret statistique ». */
export function CellTd({ cell, column, side }: { cell: Cell | undefined; column: string; side?: 'a' | 'b' | 'delta' }) {
  const classes = [isFigure(cell) && 'num', cell?.kind === 'secret' && 'secret', side === 'delta' && 'delta'].filter(Boolean).join(' ');
  return (
    <td className={classes || undefined} data-column={column} data-side={side}>
      {cellText(cell)}
    </td>
  );
}
