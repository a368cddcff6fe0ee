import { columnLabel } from '../../shared/cells.js';
import type { Table } from '../../shared/flatten.js';
import { CellTd } from './CellTd.js';

const LIMIT = 500;

/** The flattened answer as an accessible table; a withheld figure reads « secret statistique ». */
export function TableView({ table }: { table: Table }) {
  const shown = table.rows.slice(0, LIMIT);
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable so that keyboard users can scroll it (axe: scrollable-region-focusable)
    <section className="wb-table-wrap" aria-label="Tableau des résultats" tabIndex={0}>
      <table className="wb-table">
        <caption>
          {table.rows.length.toLocaleString('fr-FR')} ligne(s){table.rowsPath ? ` — une ligne par élément de ${table.rowsPath.replaceAll('.', ' › ')}` : ''}
          {table.rows.length > LIMIT && ` (les ${LIMIT} premières affichées ; l’export CSV contient tout)`}
        </caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column.key} scope="col">
                {columnLabel(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((row, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own
            <tr key={index}>
              {table.columns.map((column) => (
                <CellTd key={column.key} cell={row[column.key]} column={column.key} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
