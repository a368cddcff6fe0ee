import type { ReactNode } from 'react';
import { toCsv } from '../shared/csv.js';
import { download } from '../shared/download.js';

export interface TableData {
  /** Column headings; the first column names the row. */
  columns: string[];
  /** Cells as shown, by row; `data` attributes let tests find a figure. */
  rows: Array<{ key: string; cells: ReactNode[]; highlight?: boolean; attributes?: Record<string, string> }>;
  /** The same rows for the CSV file, in the French convention. */
  csv: string[][];
}

/** A chart's data as a table, with its CSV download (`;`, decimal comma, UTF-8 with BOM). */
export function DataTable({ caption, file, data }: { caption: string; file: string; data: TableData }) {
  return (
    <div className="db-table">
      {/* Long tables scroll in their box: focusable, so that a keyboard can scroll them too. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take the focus (WCAG 2.1.1) */}
      <section className="db-table-scroll" aria-label={caption} tabIndex={0}>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {data.columns.map((column, index) => (
                <th key={column} scope="col" className={index ? 'num' : undefined}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.rows.map((row) => (
              <tr key={row.key} className={row.highlight ? 'db-highlight' : undefined} {...row.attributes}>
                {row.cells.map((cell, index) =>
                  index === 0 ? (
                    // biome-ignore lint/suspicious/noArrayIndexKey: cells keep their column's place
                    <th key={index} scope="row">
                      {cell}
                    </th>
                  ) : (
                    // biome-ignore lint/suspicious/noArrayIndexKey: cells keep their column's place
                    <td key={index} className="num">
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <button type="button" className="db-button" onClick={() => download(`${file}.csv`, toCsv([data.columns, ...data.csv]), 'text/csv;charset=utf-8')}>
        Télécharger les données (CSV)
      </button>
    </div>
  );
}
