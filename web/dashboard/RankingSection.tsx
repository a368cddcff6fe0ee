import type { ChartConfiguration } from 'chart.js';
import { useMemo } from 'react';
import type { Normalisation } from '../../schema/generated/graphql.js';
import { ChartCanvas } from './ChartCanvas.js';
import type { IndicatorInfo } from './data.js';
import { DataTable, type TableData } from './DataTable.js';
import { csvFigure, formatFigure, formatValue, PER_LABEL } from './figures.js';
import type { Rank } from './ranking.js';

const CHOSEN = '#1d4e89';
const OTHER = '#b8bfcc';

/** The national ranking of the indicator: every department with a value as a bar, the chosen ones highlighted; all in the table. */
export function RankingSection({
  info,
  per,
  ranks,
  codes,
  period,
}: {
  info: IndicatorInfo;
  per: Normalisation;
  ranks: Rank[];
  codes: string[];
  period: string;
}) {
  const ranked = useMemo(() => ranks.filter((r) => r.rank !== null), [ranks]);
  const config = useMemo<ChartConfiguration>(
    () => ({
      type: 'bar',
      data: {
        labels: ranked.map((r) => `${r.rank}. ${r.department.name}`),
        datasets: [
          { label: info.label, data: ranked.map((r) => r.value), backgroundColor: ranked.map((r) => (codes.includes(r.department.code) ? CHOSEN : OTHER)) },
        ],
      },
      options: {
        indexAxis: 'y',
        plugins: { legend: { display: false }, tooltip: { callbacks: { label: (item) => formatValue(item.parsed.x ?? 0, info.unit) } } },
        scales: {
          x: { beginAtZero: true, ticks: { callback: (value) => formatValue(Number(value), info.unit) } },
          y: { ticks: { autoSkip: false, font: { size: 10 } } },
        },
      },
    }),
    [ranked, codes, info],
  );
  const data: TableData = {
    columns: ['Département', 'Rang', `${info.label} — ${PER_LABEL[per]}`],
    rows: ranks.map((r) => ({
      key: r.department.code,
      highlight: codes.includes(r.department.code),
      cells: [`${r.department.name} (${r.department.code})`, r.rank === null ? '—' : String(r.rank), formatFigure(r, info.unit)],
      attributes: { 'data-department': r.department.code },
    })),
    csv: ranks.map((r) => [`${r.department.name} (${r.department.code})`, r.rank === null ? '' : String(r.rank), csvFigure(r, info.unit)]),
  };
  const unranked = ranks.length - ranked.length;
  return (
    <section className="db-panel" aria-labelledby="ranking-title">
      <h3 id="ranking-title">Classement national</h3>
      <p className="db-note">
        {ranked.length} départements classés{unranked ? `, ${unranked} sans valeur (inconnue ou secret statistique) listés à la fin du tableau` : ''}.
        Départements choisis en bleu foncé.
      </p>
      <div className="db-panel-body">
        <ChartCanvas
          config={config}
          height={Math.max(160, ranked.length * 16 + 60)}
          label={`Diagramme en barres horizontales : classement national, ${info.label}, ${PER_LABEL[per].toLowerCase()}, ${period}. Les valeurs sont dans le tableau.`}
        />
        <DataTable caption={`Classement national — ${info.label} — ${PER_LABEL[per]} — ${period}`} file={`classement-${info.name.toLowerCase()}`} data={data} />
      </div>
    </section>
  );
}
