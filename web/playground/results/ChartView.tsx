import { useEffect, useRef } from 'react';
import { columnLabel } from '../../shared/cells.js';
import { Chart, PALETTE } from '../../shared/chart.js';
import { chartData } from '../../shared/chart-data.js';
import { numericColumns, type Table } from '../../shared/flatten.js';
import { formatEuros, formatNumber, SECRET } from '../../shared/format.js';

export function ChartView({ table, indicator, onIndicator }: { table: Table; indicator?: string; onIndicator: (key: string) => void }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const data = chartData(table, indicator);
  const money = data.indicator?.kind === 'money';
  // Canvas fonts often lack the narrow no-break space that fr-FR groups digits with: a plain no-break space reads the same.
  const format = (value: number) => (money ? formatEuros(Math.round(value * 100)) : formatNumber(value)).replaceAll('\u202f', '\u00a0');

  useEffect(() => {
    if (!canvas.current || !data.indicator) return;
    const chart = new Chart(canvas.current, {
      type: data.kind,
      data: {
        labels: data.labels,
        datasets: data.series.map((serie, i) => ({ ...serie, borderColor: PALETTE[i % PALETTE.length], backgroundColor: PALETTE[i % PALETTE.length] })),
      },
      options: {
        locale: 'fr-FR',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        spanGaps: false,
        scales: { y: { beginAtZero: true, ticks: { callback: (value) => format(Number(value)) } } },
        plugins: {
          legend: { display: data.series.length > 1 },
          tooltip: { callbacks: { label: (item) => `${item.dataset.label} : ${item.raw === null ? SECRET : format(Number(item.raw))}` } },
        },
      },
    });
    return () => chart.destroy();
  });

  const columns = numericColumns(table);
  if (columns.length === 0) return <p className="wb-note">Aucun chiffre à représenter dans ces résultats.</p>;
  return (
    <div className="wb-chart">
      <label>
        Indicateur
        <select value={data.indicator?.key} onChange={(e) => onIndicator(e.target.value)}>
          {columns.map((c) => (
            <option key={c.key} value={c.key}>
              {columnLabel(c)}
            </option>
          ))}
        </select>
      </label>
      <div className="wb-chart-canvas">
        <canvas
          ref={canvas}
          role="img"
          aria-label={`Graphique ${data.kind === 'line' ? 'en lignes' : 'en barres'} : ${data.indicator ? columnLabel(data.indicator) : ''} (le tableau donne les mêmes chiffres)`}
        />
      </div>
      {data.withheld.length > 0 && (
        <p className="wb-secret-note">
          <span className="secret">{SECRET}</span> — non représenté : {data.withheld.join(' ; ')}
        </p>
      )}
    </div>
  );
}
