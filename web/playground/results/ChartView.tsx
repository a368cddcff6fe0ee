import { useEffect, useRef } from 'react';
import { cellText, columnLabel } from '../../shared/cells.js';
import { Chart, PALETTE } from '../../shared/chart.js';
import { cellNumber, labelColumn, numericColumns, timeColumn, type Table } from '../../shared/flatten.js';
import { formatEuros, formatNumber, formatText, SECRET } from '../../shared/format.js';

/** What the chart draws: bars across rows, or one line per label along school years or months. */
export function chartData(table: Table, indicatorKey: string | undefined) {
  const indicator = numericColumns(table).find((c) => c.key === indicatorKey) ?? numericColumns(table)[0];
  const label = labelColumn(table);
  const time = timeColumn(table);
  const name = (row: Table['rows'][number]) => (label ? cellText(row[label.key]) : '');
  const withheld = indicator ? table.rows.filter((row) => row[indicator.key]?.kind === 'secret').map((row) => [name(row), time ? cellText(row[time.key]) : ''].filter(Boolean).join(', ')) : [];
  if (!indicator) return { indicator, kind: 'bar' as const, labels: [], datasets: [], withheld };
  if (time) {
    const periods = [...new Set(table.rows.map((row) => (row[time.key]?.kind === 'text' ? (row[time.key] as { value: string }).value : '')))].sort();
    const series = [...new Set(table.rows.map(name))];
    return {
      indicator,
      kind: 'line' as const,
      labels: periods.map(formatText),
      datasets: series.map((serie, i) => ({
        label: serie || columnLabel(indicator),
        data: periods.map((period) => {
          const row = table.rows.find((r) => name(r) === serie && r[time.key]?.kind === 'text' && (r[time.key] as { value: string }).value === period);
          return cellNumber(row?.[indicator.key]);
        }),
        borderColor: PALETTE[i % PALETTE.length],
        backgroundColor: PALETTE[i % PALETTE.length],
      })),
      withheld,
    };
  }
  return {
    indicator,
    kind: 'bar' as const,
    labels: table.rows.map(name),
    datasets: [{ label: columnLabel(indicator), data: table.rows.map((row) => cellNumber(row[indicator.key])), backgroundColor: PALETTE[0] }],
    withheld,
  };
}

export function ChartView({ table, indicator, onIndicator }: { table: Table; indicator?: string; onIndicator: (key: string) => void }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const data = chartData(table, indicator);
  const money = data.indicator?.kind === 'money';
  const format = (value: number) => (money ? formatEuros(Math.round(value * 100)) : formatNumber(value));

  useEffect(() => {
    if (!canvas.current || !data.indicator) return;
    const chart = new Chart(canvas.current, {
      type: data.kind,
      data: { labels: data.labels, datasets: data.datasets },
      options: {
        locale: 'fr-FR',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        spanGaps: false,
        scales: { y: { beginAtZero: true, ticks: { callback: (value) => format(Number(value)) } } },
        plugins: {
          legend: { display: data.kind === 'line' },
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
        <canvas ref={canvas} role="img" aria-label={`Graphique ${data.kind === 'line' ? 'en lignes' : 'en barres'} : ${data.indicator ? columnLabel(data.indicator) : ''} (le tableau donne les mêmes chiffres)`} />
      </div>
      {data.withheld.length > 0 && (
        <p className="wb-secret-note">
          <span className="secret">{SECRET}</span> — non représenté : {data.withheld.join(' ; ')}
        </p>
      )}
    </div>
  );
}
