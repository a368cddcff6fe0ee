import { useMemo, useState } from 'react';
import type { View } from '../../shared/analysis.js';
import { tableCsv } from '../../shared/csv.js';
import { download } from '../../shared/download.js';
import { flatten, listPaths, type Json } from '../../shared/flatten.js';
import type { Execution } from '../execute.js';
import { linkOf } from '../permalink.js';
import { ChartView } from './ChartView.js';
import { CompareView } from './CompareView.js';
import { TableView } from './TableView.js';

export interface ViewState {
  view: View;
  rows?: string;
  indicator?: string;
  compare?: string;
}

const TABS: Array<[View, string]> = [
  ['table', 'Tableau'],
  ['chart', 'Graphique'],
  ['compare', 'Côte à côte'],
  ['json', 'JSON'],
];

/** The last answer, readable: a table, a chart, a side-by-side comparison or the JSON, with exports and a permalink. */
export function ResultsPanel({
  execution,
  view,
  onView,
  token,
}: {
  execution?: Execution;
  view: ViewState;
  onView: (view: ViewState) => void;
  token?: string;
}) {
  const [copied, setCopied] = useState('');
  const data = (execution?.answer.data ?? null) as Json;
  const table = useMemo(() => flatten(data, view.rows), [data, view.rows]);
  const paths = useMemo(() => listPaths(data), [data]);
  if (!execution) {
    return (
      <section className="wb-results" aria-labelledby="wb-results-title">
        <h2 id="wb-results-title">Résultats</h2>
        <p className="wb-note">
          Lancez une requête (▶) ou ouvrez une analyse enregistrée : ses résultats s’affichent ici en tableau, en graphique ou côte à côte, prêts à exporter.
        </p>
      </section>
    );
  }
  const link = linkOf(execution, view);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('Lien copié.');
    } catch {
      setCopied('Copie refusée par le navigateur : utilisez le lien ci-contre.');
    }
  };
  const errors = execution.answer.errors ?? [];
  return (
    <section className="wb-results" aria-labelledby="wb-results-title">
      <div className="wb-results-bar">
        <h2 id="wb-results-title">Résultats</h2>
        <div role="tablist" aria-label="Vue des résultats" className="wb-tabs">
          {TABS.map(([value, label]) => (
            <button key={value} type="button" role="tab" aria-selected={view.view === value} onClick={() => onView({ ...view, view: value })}>
              {label}
            </button>
          ))}
        </div>
        {paths.length > 1 && (
          <label>
            Une ligne par
            <select value={table.rowsPath} onChange={(e) => onView({ ...view, rows: e.target.value })}>
              {paths.map((p) => (
                <option key={p} value={p}>
                  {p.replaceAll('.', ' › ')}
                </option>
              ))}
            </select>
          </label>
        )}
        <span className="wb-exports">
          <button type="button" onClick={() => download('resultats-tne.csv', tableCsv(table), 'text/csv;charset=utf-8')}>
            Exporter en CSV
          </button>
          <button type="button" onClick={() => download('resultats-tne.json', JSON.stringify(execution.answer, null, 2), 'application/json')}>
            Exporter en JSON
          </button>
          <a href={link} className="wb-permalink">
            Lien permanent
          </a>
          <button type="button" onClick={() => void copy()}>
            Copier le lien
          </button>
          <span role="status">{copied}</span>
        </span>
      </div>
      {errors.length > 0 && (
        <ul className="wb-errors" role="alert" aria-label="Erreurs">
          {errors.map((error, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: errors have no identity
            <li key={i}>
              {error.extensions?.code && <code>{error.extensions.code}</code>} {error.message}
              {error.path && <span className="wb-note"> ({error.path.join('.')})</span>}
            </li>
          ))}
        </ul>
      )}
      <div role="tabpanel" aria-label={TABS.find(([v]) => v === view.view)?.[1]} className="wb-view">
        {view.view === 'table' && <TableView table={table} />}
        {view.view === 'chart' && <ChartView table={table} indicator={view.indicator} onIndicator={(indicator) => onView({ ...view, indicator })} />}
        {view.view === 'compare' && (
          <CompareView
            request={execution.request}
            rowsPath={table.rowsPath}
            compare={view.compare}
            token={token}
            onCompare={(compare) => onView({ ...view, compare })}
          />
        )}
        {view.view === 'json' && <pre className="wb-json">{JSON.stringify(execution.answer, null, 2)}</pre>}
      </div>
    </section>
  );
}
